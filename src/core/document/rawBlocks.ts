// Splits Markdown-ish source into line-based raw blocks (headings, paragraphs, rules, quotes).

export type RawBlockKind = 'heading' | 'paragraph' | 'rule' | 'quote';

/** One block of the source as written, before any inline markup is interpreted. */
export interface RawBlock {
  kind: RawBlockKind;
  /** Heading level (number of `#`); 0 for other kinds. */
  level: number;
  /** Source lines, without a heading's `#`s or a quote's `>` marks; line ends (incl. hard-break spaces) kept. */
  lines: string[];
  /** 1-based source line where the block starts (for messages). */
  line: number;
  /** True for a paragraph whose every line is indented by 4+ spaces or a tab. */
  indented: boolean;
}

const BLANK = /^\s*$/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE_LINE = /^ {0,3}> ?(.*)$/;
const INDENTED = /^(?: {4}|\t)/;

/**
 * Splits `source` into raw blocks. Blank lines separate paragraphs; headings, thematic breaks
 * (`---`) and `>` quotes are blocks of their own even without blank lines around them.
 * A `===` underline turns the paragraph above into a level-1 heading (setext); a `---` line is
 * always a break, because in scraped papers it separates the footnotes of a page.
 */
export function splitRawBlocks(source: string): RawBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: RawBlock[] = [];
  let current: RawBlock | null = null;

  const flush = (): void => {
    if (current) {
      if (current.kind === 'paragraph') {
        current.indented = current.lines.every((l) => INDENTED.test(l));
      }
      blocks.push(current);
    }
    current = null;
  };
  const single = (kind: RawBlockKind, level: number, text: string, line: number): void => {
    flush();
    blocks.push({ kind, level, lines: [text], line, indented: false });
  };

  lines.forEach((text, index) => {
    const line = index + 1;
    if (BLANK.test(text)) return flush();
    const heading = ATX_HEADING.exec(text);
    if (heading) return single('heading', heading[1]!.length, heading[2] ?? '', line);
    if (THEMATIC_BREAK.test(text)) return single('rule', 0, '', line);
    const open = current as RawBlock | null;
    if (SETEXT_H1.test(text) && open?.kind === 'paragraph') {
      open.kind = 'heading';
      open.level = 1;
      open.lines = [open.lines.join(' ')];
      return flush();
    }
    const quote = QUOTE_LINE.exec(text);
    if (quote) {
      const content = quote[1]!;
      if (open?.kind !== 'quote') {
        flush();
        current = { kind: 'quote', level: 0, lines: [], line, indented: false };
      }
      // An empty `>` line separates paragraphs inside a quote.
      if (BLANK.test(content)) return flush();
      current!.lines.push(content);
      return;
    }
    if (open?.kind !== 'paragraph') {
      flush();
      current = { kind: 'paragraph', level: 0, lines: [], line, indented: false };
    }
    current!.lines.push(text);
  });
  flush();
  return blocks;
}

/** Joins a raw block's lines into one string with `\n` between them (markup still in place). */
export function rawText(block: RawBlock): string {
  return block.lines.join('\n');
}
