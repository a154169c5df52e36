// A laid-out PDF as one text for the citation and reference analysis: running text in reading
// order (footnotes, captions and tables kept out), the reference list one entry a paragraph,
// raised citation numbers as explicit superscript spans, and the page of every offset.
import { footnoteLabel } from './footnoteLabel';
import type { PdfLayout } from './model';
import { referenceEntryText } from './referenceLinks';

/** A raised citation number at its offsets in `PdfText.text`. */
export interface PdfSuperscript {
  start: number;
  end: number;
  text: string;
}

/** A footnote kept apart from the running text. */
export interface PdfNote {
  id: string;
  label: string;
  text: string;
  offset: null;
  page: number;
}

/** The text of a PDF paper with its superscripts, notes and pages. */
export interface PdfText {
  text: string;
  superscripts: PdfSuperscript[];
  notes: PdfNote[];
  /** Where each page's text starts, ascending by `start`. */
  pageStarts: { start: number; page: number }[];
  /** The reference list's heading offset, when the layout found one. */
  referencesStart: number | null;
}

const SEPARATOR = '\n\n';

/**
 * Joins a layout's running text and reference list into one text. Footnotes become notes;
 * captions and tables are left out so they read as no one's claim.
 */
export function pdfText(layout: PdfLayout): PdfText {
  let text = '';
  const superscripts: PdfSuperscript[] = [];
  const pageStarts: { start: number; page: number }[] = [];
  const add = (part: string, page: number): number => {
    if (text !== '') text += SEPARATOR;
    const start = text.length;
    if (pageStarts.at(-1)?.page !== page) pageStarts.push({ start, page });
    text += part;
    return start;
  };
  if (layout.titleBlock.title) add(layout.titleBlock.title, 1);
  const notes: PdfNote[] = [];
  for (const passage of layout.passages) {
    if (passage.kind === 'footnote') {
      const label = footnoteLabel(passage) || String(notes.length + 1);
      notes.push({
        id: `n${notes.length + 1}`,
        label,
        text: passage.text.slice(label.length).trim(),
        offset: null,
        page: passage.page,
      });
      continue;
    }
    if (passage.kind === 'caption' || passage.kind === 'table') continue;
    const start = add(passage.text, passage.page);
    for (const mark of passage.marks) {
      if (mark.kind === 'citation') {
        superscripts.push({ start: start + mark.start, end: start + mark.end, text: mark.label });
      }
    }
  }
  let referencesStart: number | null = null;
  if (layout.references.length > 0) {
    referencesStart = add('References', layout.references[0]!.page);
    for (const entry of layout.references) {
      add(referenceEntryText(entry), entry.page);
    }
  }
  return { text, superscripts, notes, pageStarts, referencesStart };
}

/** The page an offset of `PdfText.text` stands on. */
export function pageAtOffset(pdf: PdfText, offset: number): number {
  let page = pdf.pageStarts[0]?.page ?? 1;
  for (const p of pdf.pageStarts) {
    if (p.start > offset) break;
    page = p.page;
  }
  return page;
}
