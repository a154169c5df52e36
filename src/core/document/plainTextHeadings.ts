// A plain-text paper marks its structure without Markdown: a title on the first line, headings
// on lines of their own ("1. Introduction", "REFERENCES", "Works cited", a line underlined with
// === or ---). This reads those lines as the headings Markdown would have written with `#`.
import { BACK_MATTER, headingWordsOf, LIST_HEADINGS, SECTION_HEADINGS } from './headingWords';
import type { RawBlock } from './rawBlocks';

const NUMBERED = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.|[A-H]\.)\s+(?=\p{Lu})/u;
const MAX_HEADING = 90;
const MAX_TITLE = 220;

/** Section depth of a numbered heading: "2" and "II." -> 2 (under the title), "2.1" -> 3. */
function levelOf(line: string): number {
  const number = /^(\d{1,2}(?:\.\d{1,2})*)/u.exec(line.trim())?.[1];
  return number ? Math.min(6, 1 + number.split('.').filter(Boolean).length) : 2;
}

const isKnownHeading = (line: string): boolean => {
  const words = headingWordsOf(line)?.words;
  return (
    words !== undefined &&
    (LIST_HEADINGS.has(words) || BACK_MATTER.has(words) || SECTION_HEADINGS.has(words))
  );
};

/** ALL CAPS words (at least one letter, no lower case), as a heading is often typed in text. */
const isUpperCase = (line: string): boolean =>
  /\p{Lu}.*\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line) && line.split(/\s+/u).length <= 10;

/** A one-line block short enough to be a heading and not ending as a sentence does. */
function headingLine(block: RawBlock): string | null {
  if (block.kind !== 'paragraph' || block.lines.length !== 1 || block.indented) return null;
  const line = block.lines[0]!.trim();
  if (line.length === 0 || line.length > MAX_HEADING) return null;
  if (/[,;]$/u.test(line)) return null;
  return line;
}

/** The first block as a title: one to three short lines that do not end as a sentence. */
function isTitle(block: RawBlock | undefined): boolean {
  if (block?.kind !== 'paragraph' || block.indented || block.lines.length > 3) return false;
  const text = block.lines.join(' ').trim();
  return text.length <= MAX_TITLE && !/[.,;:]$/u.test(text) && !isKnownHeading(text);
}

/**
 * "Hometown associations" alone between two paragraphs of prose: a short line that starts with
 * a capital and ends without punctuation reads as the heading of what follows.
 */
function isLoneTitle(line: string, before: RawBlock | undefined, after: RawBlock | undefined) {
  return (
    line.length <= 60 &&
    line.split(/\s+/u).length <= 8 &&
    /^\p{Lu}/u.test(line) &&
    !/[\p{P}]$/u.test(line) &&
    before !== undefined &&
    isProse(before) &&
    after !== undefined &&
    isProse(after)
  );
}

/** Prose: a paragraph that ends a sentence and is longer than a heading could be. */
const isProse = (block: RawBlock): boolean =>
  block.kind === 'paragraph' && /[.!?”")]$/u.test(block.lines.join(' ').trim());

/**
 * Reads the headings of a plain-text paper's raw blocks (see the file's comment): the title as a
 * level-1 heading, other headings at level 2 (numbered "2.1" at 3), a line followed directly by
 * a `---` or `===` rule as a heading. ALL CAPS lines count only once the title page is over (an
 * author line may be in capitals); in a reference list a numbered line is an entry, not a heading.
 */
export function readPlainTextHeadings(raw: readonly RawBlock[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let pastTitlePage = false;
  let inReferenceList = false;
  raw.forEach((block, index) => {
    if (index === 0 && isTitle(block)) {
      blocks.push({ ...block, kind: 'heading', level: 1, lines: [block.lines.join(' ').trim()] });
      return;
    }
    const previous = blocks.at(-1);
    // "Introduction" over a rule of dashes: the rule underlines the line above it.
    if (
      block.kind === 'rule' &&
      previous?.kind === 'paragraph' &&
      previous.lines.length === 1 &&
      previous.line + 1 === block.line
    ) {
      const line = previous.lines[0]!.trim();
      blocks[blocks.length - 1] = { ...previous, kind: 'heading', level: 2, lines: [line] };
      inReferenceList = LIST_HEADINGS.has(headingWordsOf(line)?.words ?? '');
      pastTitlePage = true;
      return;
    }
    if (block.kind === 'heading') {
      // Already a heading (a line underlined with ===); a title if there is none yet.
      const level = blocks.some((b) => b.kind === 'heading') ? 2 : 1;
      blocks.push({ ...block, level });
      inReferenceList = LIST_HEADINGS.has(headingWordsOf(block.lines[0] ?? '')?.words ?? '');
      if (level === 2) pastTitlePage = true;
      return;
    }
    const line = headingLine(block);
    const known = line !== null && isKnownHeading(line);
    const numbered = line !== null && !inReferenceList && NUMBERED.test(line) && !/\.$/u.test(line);
    const capitals = line !== null && pastTitlePage && isUpperCase(line);
    const between = line !== null && pastTitlePage && isLoneTitle(line, previous, raw[index + 1]);
    if (line !== null && (known || numbered || capitals || between)) {
      blocks.push({
        ...block,
        kind: 'heading',
        level: numbered ? levelOf(line) : 2,
        lines: [line],
      });
      inReferenceList = LIST_HEADINGS.has(headingWordsOf(line)?.words ?? '');
      pastTitlePage = true;
      return;
    }
    if (isProse(block)) pastTitlePage = true;
    blocks.push(block);
  });
  return blocks;
}
