/**
 * The numeric citation scanner: "[12]", "[12, p. 4]", "[9]–[11]", "[2], [5]", "(3)", "(2–5)",
 * superscripts ("<sup>1,3-5</sup>", "^1,3-5^", "¹⁻³", or spans marked by the caller, e.g. from
 * PDF glyph positions). One citation per referenced number. Brackets and parentheses that hold
 * code, maths, editorial remarks, figure references, equation or list numbers or years are skipped.
 */
import type { Span } from './grammar';
import { readNumberList, type NumberItem } from './numericList';

/** How a numeric citation was written. */
export type NumericForm = 'bracket' | 'parenthesis' | 'superscript';

/**
 * A superscript the caller knows of. `text` is what it holds; when the superscript is not in the
 * scanned text itself (a marker the document model took out) `start === end` is where it stood.
 */
export interface SuperscriptMark extends Span {
  text: string;
}

/** One cited number. */
export interface NumericCitationDraft extends Span {
  number: number;
  locator: string | null;
  /** The written citation this number belongs to, e.g. "[2–4]" or "5". */
  raw: string;
  form: NumericForm;
}

export interface NumericScanOptions {
  /** Which forms to read; brackets and superscripts by default, parentheses only when asked. */
  forms?: Partial<Record<NumericForm, boolean>>;
  /** Superscripts marked by the caller (offsets into the scanned text). */
  superscripts?: ReadonlyArray<SuperscriptMark>;
}

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
  '˒': ',',
  '⸴': ',',
};

/** Words after which "(1)" numbers an equation, a step or an item, not a reference. */
const NUMBERING_WORDS =
  /(?:^|[^\p{L}])(?:eqs?|equations?|formulae?|steps?|items?|cases?|conditions?|rules?|points?|stages?|phases?|models?|hypothes[ie]s|h)\.?\s*$/iu;

function drafts(
  items: NumberItem[],
  base: number,
  span: Span,
  raw: string,
  form: NumericForm,
): NumericCitationDraft[] {
  return items.map((item) => ({
    number: item.number,
    locator: item.locator,
    raw,
    form,
    // A listed number owns its own text; a bracket holding one number owns the whole bracket.
    start: items.length === 1 ? span.start : base + item.start,
    end: items.length === 1 ? span.end : base + item.end,
  }));
}

/** True when the bracket at `open` hangs on a word like an index does: "a[i]", "x2[3]", "f(x)[1]". */
function isIndexing(text: string, open: number): boolean {
  const before = text[open - 1] ?? ' ';
  if (/[)\]_]/u.test(before)) return true;
  if (!/[\p{L}\p{N}]/u.test(before)) return false;
  const word = /[\p{L}\p{N}_]+$/u.exec(text.slice(Math.max(0, open - 40), open))?.[0] ?? '';
  return word.length < 3 || /[\d_]/u.test(word) || /\p{Ll}\p{Lu}/u.test(word);
}

function bracketCitations(text: string): NumericCitationDraft[] {
  const found: NumericCitationDraft[] = [];
  const groups: Array<{ span: Span; items: NumberItem[] }> = [];
  for (const m of text.matchAll(/\[([^[\]\n]{1,80})\]/gu)) {
    const open = m.index;
    const close = open + m[0].length;
    const next = text[close] ?? '';
    // A Markdown link "[3](url)" or link definition "[3]: url" is no citation.
    if (next === '(' || (next === ':' && (open === 0 || text[open - 1] === '\n'))) continue;
    if (isIndexing(text, open)) continue;
    const items = readNumberList(m[1] ?? '');
    if (items) groups.push({ span: { start: open, end: close }, items });
  }
  for (let k = 0; k < groups.length; k++) {
    const group = groups[k]!;
    const following = groups[k + 1];
    const between = following ? text.slice(group.span.end, following.span.start) : '';
    // "[9]–[11]": two one-number brackets joined by a dash cite the whole range.
    if (following && /^\s*[-–—]\s*$/u.test(between) && group.items.length === 1) {
      const from = group.items[0]!.number;
      const to = following.items[0]!.number;
      if (following.items.length === 1 && to > from && to - from <= 60) {
        const span = { start: group.span.start, end: following.span.end };
        const raw = text.slice(span.start, span.end);
        for (let n = from; n <= to; n++) {
          const own = n === from ? group.span : n === to ? following.span : span;
          found.push({ number: n, locator: null, raw, form: 'bracket', ...own });
        }
        k++;
        continue;
      }
    }
    const raw = text.slice(group.span.start, group.span.end);
    found.push(...drafts(group.items, group.span.start + 1, group.span, raw, 'bracket'));
  }
  return found;
}

/** "(1)" (ending before `close`) that numbers an equation, a list item or a step, or opens a line. */
function isNumbering(text: string, open: number, close: number): boolean {
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  const before = text.slice(lineStart, open);
  // At a line start it numbers a list item, unless the line before runs on into it.
  if (before.trim() === '') {
    if (lineStart === 0) return true;
    const previous = text.slice(0, lineStart - 1).trimEnd();
    return (
      previous === '' ||
      text.slice(previous.length, lineStart).includes('\n\n') ||
      /[.:;!?]$/u.test(previous)
    );
  }
  if (/[:;,=+<>≤≥×·/*-]\s*$/u.test(before)) return true;
  if (NUMBERING_WORDS.test(before)) return true;
  // An equation line ends with its number: "E = mc^2 (1)".
  const lineEnd = text.indexOf('\n', close);
  const after = text.slice(close, lineEnd < 0 ? text.length : lineEnd);
  return after.trim() === '' && /[=<>≤≥]/u.test(before);
}

function parenthesisCitations(text: string): NumericCitationDraft[] {
  const found: NumericCitationDraft[] = [];
  let enumerating = 0;
  let lastEnd = 0;
  for (const m of text.matchAll(/\(([\d\s,;–—‑−-]{1,60})\)/gu)) {
    const open = m.index;
    const close = open + m[0].length;
    const items = readNumberList(m[1] ?? '', false);
    if (!items) continue;
    const first = items[0]!.number;
    // A list's numbering ends with its paragraph.
    if (text.slice(lastEnd, open).includes('\n\n')) enumerating = 0;
    lastEnd = close;
    // "(1) to assess ..., (2) to measure": once "(1)" numbers a list item, "(2)", "(3)" follow it.
    if (items.length === 1 && first === enumerating + 1 && enumerating > 0) {
      enumerating = first;
      continue;
    }
    if (isNumbering(text, open, close) || /[\p{L}\p{N}]/u.test(text[open - 1] ?? '')) {
      enumerating = items.length === 1 && first === 1 ? 1 : 0;
      continue;
    }
    enumerating = 0;
    const raw = text.slice(open, close);
    found.push(...drafts(items, open + 1, { start: open, end: close }, raw, 'parenthesis'));
  }
  return found;
}

/** An exponent, not a citation: "10^3^", "m<sup>2</sup>", "x²", "(a+b)²", "<sup>-1</sup>". */
function isExponent(text: string, at: number, content: string): boolean {
  if (/^\s*[-−⁻]/u.test(content)) return true;
  const before = text.slice(Math.max(0, at - 12), at);
  if (/[\d)]$/u.test(before)) return true;
  if (/\d\s*[\p{L}µ]{1,3}$/u.test(before)) return true;
  return /(?:^|[^\p{L}])\p{L}$/u.test(before);
}

function superscriptCitations(
  text: string,
  marks: ReadonlyArray<SuperscriptMark>,
): NumericCitationDraft[] {
  const found: NumericCitationDraft[] = [];
  const read = (span: Span, content: string, contentStart: number | null): void => {
    if (isExponent(text, span.start, content)) return;
    const items = readNumberList(content, false);
    if (!items) return;
    const raw = content.trim();
    if (contentStart === null) {
      found.push(
        ...items.map((i) => ({
          number: i.number,
          locator: null,
          raw,
          form: 'superscript' as const,
          ...span,
        })),
      );
    } else {
      found.push(...drafts(items, contentStart, span, raw, 'superscript'));
    }
  };
  for (const mark of marks) read(mark, mark.text, null);
  for (const m of text.matchAll(/<sup>([^<]{1,60})<\/sup>/giu)) {
    read({ start: m.index, end: m.index + m[0].length }, m[1] ?? '', m.index + 5);
  }
  for (const m of text.matchAll(/\^([\d\s,–—‑−-]{1,60})\^/gu)) {
    read({ start: m.index, end: m.index + m[0].length }, m[1] ?? '', m.index + 1);
  }
  for (const m of text.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹⁻˒⸴,]*/gu)) {
    const content = [...m[0]].map((c) => SUPERSCRIPT_DIGITS[c] ?? c).join('');
    read({ start: m.index, end: m.index + m[0].length }, content, m.index);
  }
  return found;
}

/**
 * Finds the numeric citations of `text` in document order, one per referenced number (a range
 * "2–4" gives 2, 3 and 4, each spanning the range as written). Parentheses are read only when
 * `options.forms.parenthesis` is set, since "(1)" is as often an equation or list number.
 * Never throws.
 */
export function parseNumericCitations(
  text: string,
  options: NumericScanOptions = {},
): NumericCitationDraft[] {
  const forms = { bracket: true, parenthesis: false, superscript: true, ...options.forms };
  const found = [
    ...(forms.bracket ? bracketCitations(text) : []),
    ...(forms.parenthesis ? parenthesisCitations(text) : []),
    ...(forms.superscript ? superscriptCitations(text, options.superscripts ?? []) : []),
  ];
  return found.sort((a, b) => a.start - b.start || a.number - b.number);
}
