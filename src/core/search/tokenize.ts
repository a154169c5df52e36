/**
 * Splits text into word tokens with their offsets, the same way for indexing, queries and
 * highlights. A word is a run of letters, marks and digits, with inner apostrophes kept (O'Brien,
 * d'Alembert); it also breaks where letters turn into digits, so the key "betts2011c" is
 * "betts" + "2011c" and typing "betts2011" finds it without a vocabulary entry per key.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const MARK = 3;
const APOSTROPHE = 4;

/** Character classes of the Basic Multilingual Plane, filled in lazily (255 = not yet known). */
const BMP = new Uint8Array(65536).fill(255);
for (let c = 0; c < 128; c++) {
  BMP[c] =
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
      ? LETTER
      : c >= 48 && c <= 57
        ? DIGIT
        : c === 39
          ? APOSTROPHE
          : OTHER;
}

function classifySlow(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (/\p{L}/u.test(ch)) return LETTER;
  if (/\p{N}/u.test(ch)) return DIGIT;
  if (/\p{M}/u.test(ch)) return MARK;
  return cp === 0x2019 || cp === 0x2bc ? APOSTROPHE : OTHER;
}

/** The class of the character at `i` (a surrogate pair is classified as one code point). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return classifySlow(text.codePointAt(i) ?? 0);
  let k = BMP[c] as number;
  if (k === 255) k = BMP[c] = classifySlow(c);
  return k;
}

/** Calls `fn(start, end)` for every word of `text`. */
function scan(text: string, fn: (start: number, end: number) => void): void {
  let start = -1;
  let prev = OTHER;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = classAt(text, i);
    if (start < 0) {
      if (c === LETTER || c === DIGIT) {
        start = i;
        prev = c;
      }
    } else if (c === LETTER || c === MARK) {
      // "2011c" stays one word; letters after letters or marks continue it.
      if (prev !== DIGIT) prev = LETTER;
    } else if (c === DIGIT) {
      if (prev === LETTER) {
        fn(start, i);
        start = i;
      }
      prev = DIGIT;
    } else if (c === APOSTROPHE) {
      const next = i + 1 < n ? classAt(text, i + 1) : OTHER;
      if (next !== LETTER && next !== DIGIT) {
        fn(start, i);
        start = -1;
      }
    } else {
      fn(start, i);
      start = -1;
    }
    // The low half of a surrogate pair belongs to the letter just read.
    if (c !== OTHER && text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff) i++;
  }
  if (start >= 0) fn(start, n);
}

/** The word tokens of `text` with their offsets in it. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  scan(text, (start, end) => out.push({ text: text.slice(start, end), start, end }));
  return out;
}

/** Calls `fn` for every word of `text` (no offsets; the indexing path). */
export function forEachWord(text: string, fn: (word: string) => void): void {
  scan(text, (start, end) => fn(text.slice(start, end)));
}

/**
 * Words that do not narrow a multi-word query: they add to a hit's score when present but are
 * not required, so "politics of migr" still finds titles without "of".
 */
export const OPTIONAL_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by de del der des die du el en et for from in into is la le les of on or the to und van von with'.split(
    ' ',
  ),
);
