// Sentence-boundary tests shared by the page-break, block-quote and excerpt rules.

/** Closing quotes and brackets that may follow the punctuation ending a sentence. */
const CLOSERS = /[’”"'»›)\]]+$/u;
const TERMINAL = /[.?!:;…]$/u;
const OPENING_QUOTE = /^[‘“"'«‹„‚]/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * True when `text` ends like a finished sentence or clause: with `. ? ! : ; …`, optionally
 * followed by closing quotes or brackets ("…partnerships.’", "(see above.)").
 */
export function endsComplete(text: string): boolean {
  return TERMINAL.test(text.trimEnd().replace(CLOSERS, ''));
}

/** True when `text` begins like the continuation of a sentence: lower case or an opening quote. */
export function startsAsContinuation(text: string): boolean {
  const start = text.trimStart();
  return LOWER_START.test(start) || OPENING_QUOTE.test(start);
}

/** The words after the last sentence end in `text`, at most `max` of them. */
export function lastWords(text: string, max = 12): string {
  const sentences = text.trim().split(/(?<=[.?!…][’”"')\]]*)\s+/u);
  const words = (sentences[sentences.length - 1] ?? '').split(/\s+/).filter(Boolean);
  return words.slice(-max).join(' ');
}
