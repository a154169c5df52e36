// A laid-out PDF as the source text the paper reader (core/paper, core/document) parses, so a
// PDF-born paper is read into the same model as a Markdown one: title, headings, paragraphs,
// footnotes with their markers, the reference list as its own section. Each block remembers the
// page it was printed on, and `pageStartsIn` finds those pages again in the parsed text.
import { footnoteLabel } from './footnoteLabel';
import type { PdfLayout, PdfMark, PdfPassage } from './model';
import { referenceEntryText } from './referenceLinks';
import { REFERENCE_HEADING } from './references';

/** A block of the source and the page it starts on: `quote` is how its text begins. */
export interface PdfPageAnchor {
  page: number;
  quote: string;
}

/** Where a page starts in a parsed document's text (ascending by `start`). */
export interface PageStart {
  start: number;
  page: number;
}

/** The source text of a PDF paper and the page of each of its blocks, in order. */
export interface PdfPaperSource {
  text: string;
  anchors: PdfPageAnchor[];
}

/** Characters of a block's opening that find it again in the parsed text. */
const QUOTE_LENGTH = 40;

/**
 * Text with the characters the Markdown reader would take for markup escaped. Brackets stay as
 * printed: the reference analysis reads the source, and "[12]" is a citation there.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_<>#|~]/g, (c) => `\\${c}`);
}

/**
 * A passage's text as Markdown and as it will read once parsed: footnote markers become `[^n]`
 * (kept out of the read text, as the reader links them), raised citation numbers `<sup>n</sup>`.
 */
function passageText(passage: PdfPassage): { markdown: string; plain: string } {
  let markdown = '';
  let plain = '';
  let at = 0;
  const marks = [...passage.marks].sort((a, b) => a.start - b.start);
  const put = (mark: PdfMark | null, end: number): void => {
    const piece = passage.text.slice(at, end);
    markdown += escapeMarkdown(piece);
    plain += piece;
    if (!mark) return;
    if (mark.kind === 'footnote') markdown += `[^${mark.label}]`;
    else {
      // A raised citation number, as Markdown papers write one (the analysis reads it so).
      const label = mark.label.replace(/\s+/g, '');
      markdown += `<sup>${label}</sup>`;
      plain += label;
    }
    at = mark.end;
  };
  for (const mark of marks) {
    if (mark.start < at) continue;
    put(mark, mark.start);
  }
  put(null, passage.text.length);
  return { markdown: markdown.trim(), plain: plain.replace(/\s+/g, ' ').trim() };
}

/**
 * Renders a layout as the paper reader's source: `# title`, the authors' line, headings by
 * level, paragraphs, footnotes as `[^n]:` definitions, and "References" with one entry a
 * paragraph. Captions and tables are left out, so they read as no one's claim.
 */
export function pdfPaperSource(layout: PdfLayout): PdfPaperSource {
  const blocks: string[] = [];
  const anchors: PdfPageAnchor[] = [];
  const add = (markdown: string, plain: string, page: number): void => {
    blocks.push(markdown);
    anchors.push({ page, quote: plain.slice(0, QUOTE_LENGTH) });
  };
  const { title, authors, affiliations } = layout.titleBlock;
  if (title) add(`# ${escapeMarkdown(title)}`, title, 1);
  // One wholly emphasised line per author ("*Name, Affiliation*"), as the title page reads them.
  if (authors.length > 0) {
    const paired = affiliations.length === authors.length;
    blocks.push(
      authors
        .map((a, i) => `*${escapeMarkdown(paired ? `${a}, ${affiliations[i]}` : a)}*`)
        .join('\n'),
    );
  }
  // The largest heading becomes a section (##): the title is the only level-1 heading.
  const levels = layout.passages.flatMap((p) => (p.kind === 'heading' ? [p.level ?? 1] : []));
  const top = levels.length ? Math.min(...levels) : 1;
  const hashes = (level: number | undefined) => '#'.repeat(Math.min(6, (level ?? top) - top + 2));
  let referencesHeading = '## References';
  const notes: string[] = [];
  const labels = new Set<string>();
  for (const passage of layout.passages) {
    if (passage.kind === 'caption' || passage.kind === 'table') continue;
    if (passage.kind === 'footnote') {
      const label = footnoteLabel(passage);
      if (!label || labels.has(label)) continue;
      labels.add(label);
      const body = passage.text.slice(label.length).trim();
      notes.push(`[^${label}]: ${escapeMarkdown(body)}`);
      continue;
    }
    const { markdown, plain } = passageText(passage);
    if (!plain) continue;
    const abstract = /^abstract\b[\s.:—–-]*/i.exec(plain);
    if (passage.kind === 'heading' && REFERENCE_HEADING.test(plain) && layout.references.length) {
      // The list's own heading is written with its entries, below.
      referencesHeading = `${hashes(passage.level)} ${markdown}`;
    } else if (passage.kind === 'heading') {
      add(`${hashes(passage.level)} ${markdown}`, plain, passage.page);
    } else if (abstract) {
      // "Abstract" run into its paragraph (or on a line of its own) heads a section.
      add('## Abstract', 'Abstract', passage.page);
      const rest = plain.slice(abstract[0].length);
      if (rest) add(escapeMarkdown(rest), rest, passage.page);
    } else add(markdown, plain, passage.page);
  }
  if (layout.references.length > 0) {
    add(referencesHeading, referencesHeading.replace(/^#+ /, ''), layout.references[0]!.page);
    for (const entry of layout.references) {
      const plain = referenceEntryText(entry);
      add(escapeMarkdown(plain), plain, entry.page);
    }
  }
  // Footnote definitions last, one paragraph of them: the reader lifts them out of the text.
  if (notes.length > 0) blocks.push(notes.join('\n'));
  return { text: `${blocks.join('\n\n')}\n`, anchors };
}

/**
 * Where each page starts in `text` (a parsed document's), from the source's anchors in order:
 * each block's opening is looked for after the one before, so a page is never found twice.
 */
export function pageStartsIn(text: string, anchors: readonly PdfPageAnchor[]): PageStart[] {
  const starts: PageStart[] = [];
  let from = 0;
  for (const { page, quote } of anchors) {
    if (!quote) continue;
    const at = text.indexOf(quote, from);
    if (at < 0) continue;
    from = at + 1;
    if (starts.at(-1)?.page !== page) starts.push({ start: at, page });
  }
  return starts;
}

/** The page an offset of a document's text is on, or null when its pages are not known. */
export function pageAt(starts: readonly PageStart[], offset: number): number | null {
  let page: number | null = null;
  for (const s of starts) {
    if (s.start > offset) break;
    page = s.page;
  }
  return page ?? starts[0]?.page ?? null;
}
