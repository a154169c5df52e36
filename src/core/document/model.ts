/**
 * The document model: a parsed paper as one normalised text plus blocks that point into it.
 * Every offset (block, footnote marker, citation, claim, passage anchor) is a character offset
 * into `ParsedDocument.text`, so anchors survive re-rendering.
 */

/** A person named on the title page. */
export interface DocumentAuthor {
  name: string;
  affiliation: string | null;
}

/** The event a conference paper was prepared for. */
export interface ConferenceInfo {
  name: string;
  /** e.g. "Geneva, Switzerland" */
  place: string | null;
  /** as written, e.g. "14-15 January 2013" */
  dates: string | null;
  /** ISO dates (first and last day) when they can be read from `dates`. */
  startDate: string | null;
  endDate: string | null;
}

export interface DocumentMeta {
  title: string;
  authors: DocumentAuthor[];
  /** e.g. "draft conference paper", "article" */
  kind: string;
  conference: ConferenceInfo | null;
  /** Publisher boilerplate (logos, address, phone, copyright notice): kept, never body text. */
  frontMatter: string[];
  /** Set when the source stops mid-text (an excerpt); null for a complete document. */
  excerpt: ExcerptInfo | null;
  /**
   * Description of trailing scraping residue (text in another script, bare links) that was dropped
   * from the source; absent when nothing was dropped. Also given in `excerpt.droppedResidue`.
   */
  droppedResidue?: string;
}

export interface ExcerptInfo {
  /** Offset in `text` where the excerpt stops. */
  endsAt: number;
  /** The last words before the cut, for an honest end-of-excerpt marker. */
  lastWords: string;
  /** What was dropped after the cut (scraping residue), described for the user, never shown as content. */
  droppedResidue: string;
}

/** Inline emphasis (italic/bold) within a block, as offsets into the document text. */
export interface InlineSpan {
  start: number;
  end: number;
  style: 'italic' | 'bold' | 'superscript';
}

/** A footnote marker in the body text, pointing at its footnote. */
export interface FootnoteRef {
  /** Footnote number as written (e.g. "1"). */
  label: string;
  /** Offset in `text` right after the word the marker follows (the marker itself is not in `text`). */
  offset: number;
  footnoteId: string;
}

interface BlockBase {
  /** Stable id, e.g. "b12". */
  id: string;
  /** Offsets of this block in `ParsedDocument.text`; `text.slice(start, end) === block.text`. */
  start: number;
  end: number;
  text: string;
  emphasis: InlineSpan[];
  footnoteRefs: FootnoteRef[];
  /** Id of the section this block belongs to (null before the first heading). */
  sectionId: string | null;
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  /** 1 = title, 2 = section, 3 = subsection ... (Markdown # count). */
  level: number;
}

export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
  /** How many source paragraphs this one was joined from (split by page breaks); 1 when not joined. */
  joinedFromParts: number;
}

export interface BlockQuoteBlock extends BlockBase {
  kind: 'blockquote';
}

export type Block = HeadingBlock | ParagraphBlock | BlockQuoteBlock;

export interface Footnote {
  id: string;
  label: string;
  /** Footnote text (plain; links kept as their text). */
  text: string;
  /** Id of the block holding the marker (null if no marker was found). */
  refBlockId: string | null;
  /**
   * True when the body has a marker for this footnote but the source has no footnote text
   * (e.g. the page holding it was cut from an excerpt); `text` is then ''.
   */
  missing?: boolean;
}

export interface Section {
  id: string;
  title: string;
  level: number;
  headingBlockId: string;
  /** Offsets of the whole section (heading through last block before the next heading of same or higher level). */
  start: number;
  end: number;
}

export interface ParsedDocument {
  meta: DocumentMeta;
  /** Abstract text, if the document has one (its blocks are also in `blocks`, under the Abstract section). */
  abstract: string | null;
  /** The normalised body text: blocks joined by "\n\n". */
  text: string;
  blocks: Block[];
  sections: Section[];
  footnotes: Footnote[];
}
