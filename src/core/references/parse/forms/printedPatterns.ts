// Patterns the printed-form rules share: where a part ("sentence") of an entry ends, a printed
// number or range (a volume, pages), an editor's mark.

/**
 * What must precede a full stop that ends a part of an entry, not an initial's or an
 * abbreviation's dot in a place name: a word of two or more letters, or a closing bracket or quote.
 */
export const STOP_AFTER = '(?<=[\\p{L}\\p{N}]{2}|[)\\]"”’])(?<!\\b(?:St|Ste|Mt|Ft|Dr|vs))';

/**
 * A full stop, question or exclamation mark that ends a part of an entry (a "sentence"), with the
 * space after it: ". " after `STOP_AFTER`.
 */
export const SENTENCE_STOP = new RegExp(`${STOP_AFTER}[.?!]\\s`, 'u');

/** Every sentence stop (for `matchAll`, which copies it, so one instance serves every call). */
export const SENTENCE_STOPS = new RegExp(SENTENCE_STOP.source, 'gu');

/** Where the sentence opening at `from` ends: just after its stop, or the text's end. */
export function sentenceEnd(text: string, from: number): number {
  const stop = SENTENCE_STOP.exec(text.slice(from));
  return stop ? from + stop.index + 1 : text.length;
}

/**
 * The sentences of `text` between `from` and `to`: [start, end) pairs, each end just after its
 * stop (or at `to`), each start after the spaces that follow the stop before it.
 */
export function sentences(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (const m of text.slice(from, to).matchAll(SENTENCE_STOPS)) {
    out.push([start, from + m.index + 1]);
    start = from + m.index + m[0].length;
    while (start < to && /\s/u.test(text[start]!)) start++;
  }
  if (start < to) out.push([start, to]);
  return out;
}

/** A printed number of a volume, issue or page: "12", "e1003", "12a", "S4". */
export const NUMBER = '[A-Za-z]?\\d+[A-Za-z]?';
/** A number or a range of two: "103–122", "S4-S9". */
export const RANGE = `${NUMBER}(?:\\s*[-–‐]\\s*${NUMBER})?`;

/** "eds", "Ed.", "editors", "edited", "Hrsg.", "Hg.": the editors' mark of a book. */
export const EDITOR_MARK = /\b(?:eds?|editors?|edited|hrsg|hg)\b/iu;
