/** What pdfjs gives us (input to the layout) and the structured document the layout makes. */

/** One run of text as the PDF draws it, in page units with y measured down from the top. */
export interface PdfTextItem {
  text: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  /** The font's id within the document (a key of `PdfExtract.fonts`). */
  font: string;
  /** Drawn at an angle (margin notes, watermarks): not running text. */
  rotated?: boolean;
}

/** A link annotation to a web address, its box in page units with y measured down from the top. */
export interface PdfLink {
  url: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One page's text items, in the order the PDF draws them. */
export interface PdfPageText {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  /** The page's links to web addresses (publishers link a reference's DOI this way). */
  links?: PdfLink[];
}

/** A font's name (subset prefix removed) and the weight and slant read from it. */
export interface PdfFontInfo {
  name: string;
  bold: boolean;
  italic: boolean;
}

/** A whole PDF's text layer. */
export interface PdfExtract {
  pages: PdfPageText[];
  fonts: Record<string, PdfFontInfo>;
}

/** A span of a passage's text drawn raised and small: a citation number or footnote marker. */
export interface PdfMark {
  kind: 'citation' | 'footnote';
  /** Offsets into the passage's `text`. */
  start: number;
  end: number;
  /** The digits or symbol as printed ("3", "1,2", "4–6", "*"). */
  label: string;
}

/** Where a passage belongs: running text or something kept out of it. */
export type PdfPassageKind = 'heading' | 'paragraph' | 'footnote' | 'caption' | 'table';

/** One block of text in reading order, with the page it starts on. */
export interface PdfPassage {
  kind: PdfPassageKind;
  text: string;
  page: number;
  /** Heading level (1 = largest) for headings. */
  level?: number;
  /** Raised citation numbers and footnote markers inside `text`. */
  marks: PdfMark[];
}

/** One entry of the reference list as printed, joined across lines, columns and pages. */
export interface PdfReferenceEntry {
  /** The entry's number or label as printed ("12", "[12]"), when the list is numbered. */
  label: string | null;
  raw: string;
  page: number;
  /** The DOI the entry's own link points to, when the PDF links it and does not print it. */
  doi?: string;
}

/** The title block of the first page. */
export interface PdfTitleBlock {
  title: string;
  authors: string[];
  affiliations: string[];
  doi: string | null;
  /** The year of publication the first page prints (absent from layouts kept before it was read). */
  year?: string | null;
}

/** A PDF read into reading order with its structure. */
export interface PdfLayout {
  titleBlock: PdfTitleBlock;
  abstract: string | null;
  /** Running text, headings, footnotes, captions and tables in reading order (no references). */
  passages: PdfPassage[];
  /** The reference list, entry by entry. */
  references: PdfReferenceEntry[];
  /** Whether the running text cites by raised numbers (superscripts) rather than in brackets. */
  superscriptCitations: boolean;
  pageCount: number;
  /** Pages laid out in two columns. */
  twoColumnPages: number[];
}
