// Entry point: a PDF's text items -> a structured document in reading order.
import { blocksOf, type LineBlock } from './blocks';
import { bodySizeOf, classifyBlocks } from './classify';
import { findGutter, readingOrder, type OrderedLine } from './columns';
import { dropPageFurniture } from './furniture';
import { linesOfPage, type PdfLine } from './lines';
import type { PdfExtract, PdfLayout, PdfMark, PdfPassage, PdfPassageKind } from './model';
import { footnoteLabel } from './footnoteLabel';
import { AFTER_REFERENCES, REFERENCE_HEADING, splitReferences } from './references';
import { wordsOf } from './text';
import { readTitleBlock } from './titleBlock';

const CITATION_LABEL = /^\d{1,3}(?:\s*[,–-]\s*\d{1,3})*$/;

/**
 * Lays out a PDF's text layer: reading order over one or two columns, page furniture dropped,
 * blocks classified, the title block read, the reference list split into entries and raised
 * numbers marked. Pure: the same extract gives the same layout.
 */
export function layoutPdf(extract: PdfExtract): PdfLayout {
  const pageLines = extract.pages.map((p) => ({
    lines: linesOfPage(p, extract.fonts),
    height: p.height,
  }));
  const firstPageText = doiText(pageLines[0]?.lines ?? []);
  const cleaned = dropPageFurniture(pageLines);
  const twoColumnPages: number[] = [];
  const ordered: OrderedLine[] = [];
  extract.pages.forEach((page, i) => {
    const lines = cleaned[i]!.lines;
    const gutter = findGutter(lines, page.width);
    if (gutter !== null) twoColumnPages.push(page.number);
    ordered.push(...readingOrder(lines, gutter));
  });
  const words = wordsOf(ordered.map((l) => l.text));
  const body = bodySizeOf([{ lines: ordered }]);
  const blocks = blocksOf(ordered, words, body);
  const heights = new Map(extract.pages.map((p) => [p.number, p.height]));
  const kinds = classifyBlocks(blocks, body, heights);

  const firstPageBlocks = blocks.filter((b) => b.lines[0]!.page === extract.pages[0]?.number);
  const { titleBlock, used } = readTitleBlock(firstPageBlocks, body, firstPageText);

  const region = referenceRegion(blocks, kinds);
  const references = region
    ? splitReferences(
        region.blocks.filter((b) => !used.has(b)).flatMap((b) => b.lines),
        words,
        new Map(extract.pages.map((p) => [p.number, p.links ?? []])),
      )
    : [];
  const inRegion = new Set(region?.blocks ?? []);

  const passages: PdfPassage[] = [];
  blocks.forEach((block, i) => {
    if (used.has(block) || inRegion.has(block)) return;
    const { kind, level } = kinds[i]!;
    passages.push({
      kind,
      text: block.text,
      page: block.lines[0]!.page,
      ...(level ? { level } : {}),
      marks: [],
    });
  });
  const kept = blocks.filter((b) => !used.has(b) && !inRegion.has(b));
  // A footnote's own marker first, so the markers in the text can be matched with the notes.
  kept.forEach((block, i) => {
    if (passages[i]!.kind === 'footnote')
      passages[i]!.marks = marksOf(block, 'footnote', new Set());
  });
  const footnoteLabels = new Set(
    passages.filter((p) => p.kind === 'footnote').map((p) => footnoteLabel(p)),
  );
  kept.forEach((block, i) => {
    if (passages[i]!.kind !== 'footnote')
      passages[i]!.marks = marksOf(block, passages[i]!.kind, footnoteLabels);
  });
  const citationMarks = passages.flatMap((p) => p.marks).filter((m) => m.kind === 'citation');
  return {
    titleBlock,
    abstract: abstractOf(passages),
    passages,
    references,
    superscriptCitations: citationMarks.length >= 3 && references.length > 0,
    pageCount: extract.pages.length,
    twoColumnPages,
  };
}

function marksOf(block: LineBlock, kind: PdfPassageKind, footnotes: Set<string>): PdfMark[] {
  const marks: PdfMark[] = [];
  for (const r of block.raised) {
    const label = r.text.replace(/\s+/g, '');
    if (kind === 'footnote' && r.start === 0) {
      marks.push({ kind: 'footnote', start: r.start, end: r.end, label });
    } else if (
      /^(?:[*†‡§¶]+|[a-z])$/.test(label) ||
      (footnotes.has(label) && !/[,–-]/.test(label))
    ) {
      marks.push({ kind: 'footnote', start: r.start, end: r.end, label });
    } else if (CITATION_LABEL.test(label) && r.start > 0 && kind !== 'heading') {
      // A number raised at the very start of a passage (an affiliation, a note) or in a
      // heading (an author line's affiliation numbers) cites nothing.
      marks.push({ kind: 'citation', start: r.start, end: r.end, label });
    }
  }
  return marks;
}

/**
 * The first page's text for finding the DOI, furniture included (publishers print it there), with
 * a DOI cut at a line end joined to the line right below it ("journal.pone." / "0115884").
 */
function doiText(lines: PdfLine[]): string {
  return lines
    .map((line) => {
      if (!/10\.\d{4,9}\/\S*[./-]$/.test(line.text)) return line.text;
      const below = lines.find(
        (l) => l.y > line.y && l.y < line.y + 2 * line.size && Math.abs(l.x0 - line.x0) < 2,
      );
      return below ? line.text + below.text.split(/\s/)[0] : line.text;
    })
    .join('\n');
}

/** The blocks of the reference list: after its heading, up to the next section that is not. */
function referenceRegion(
  blocks: LineBlock[],
  kinds: { kind: PdfPassageKind }[],
): { blocks: LineBlock[] } | null {
  let start = -1;
  blocks.forEach((b, i) => {
    if (kinds[i]!.kind === 'heading' && REFERENCE_HEADING.test(b.text.trim())) start = i;
  });
  if (start < 0) return null;
  const out: LineBlock[] = [];
  const headingSize = blocks[start]!.lines[0]!.size;
  for (let i = start + 1; i < blocks.length; i++) {
    const kind = kinds[i]!.kind;
    const size = blocks[i]!.lines[0]!.size;
    if (kind === 'heading' && (AFTER_REFERENCES.test(blocks[i]!.text) || size >= headingSize))
      break;
    if (kind === 'caption') continue;
    out.push(blocks[i]!);
  }
  return { blocks: out };
}

/** The abstract: a paragraph that opens with "Abstract", or the one after that heading. */
function abstractOf(passages: PdfPassage[]): string | null {
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i]!;
    if (p.kind === 'paragraph' && /^abstract\b[\s.:—–-]*/i.test(p.text)) {
      return p.text.replace(/^abstract\b[\s.:—–-]*/i, '');
    }
    if (p.kind === 'heading' && /^abstract$/i.test(p.text.trim())) {
      return passages[i + 1]?.kind === 'paragraph' ? passages[i + 1]!.text : null;
    }
  }
  return null;
}
