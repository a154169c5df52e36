// Text clean-up for PDF lines: ligatures and odd code points, hyphenation at line ends, and a
// test for text whose font encoding is broken (what is extracted is not words).

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
  '\u00AD': '',
  '\u200B': '',
  '\u00A0': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
};

/** Spacing accents that TeX and some publishers' fonts draw as a glyph of their own. */
const COMBINING: Record<string, string> = {
  '\u00A8': '\u0308',
  '\u00B4': '\u0301',
  '`': '\u0300',
  '\u02C6': '\u0302',
  '\u02DC': '\u0303',
  '\u00B8': '\u0327',
  '\u02C7': '\u030C',
  '\u02DA': '\u030A',
};
export const SPACING_ACCENT_AT_END = /[\u00A8\u00B4`\u02C6\u02DC\u00B8\u02C7\u02DA]$/;
export const SPACING_ACCENT_AT_START = /^[\u00A8\u00B4`\u02C6\u02DC\u00B8\u02C7\u02DA]/;

/** A letter with a spacing accent put on it: ("a", "¨") -> "ä"; a dotless ı takes it as i. */
export function accentLetter(letter: string, accent: string): string {
  const base = letter === '\u0131' ? 'i' : letter;
  return (base + (COMBINING[accent] ?? '')).normalize('NFC');
}

/** Replaces ligature characters, soft hyphens, odd spaces and control characters. */
export function normaliseGlyphs(text: string): string {
  return (
    text
      .replace(
        /[\uFB00-\uFB06\u00AD\u200B\u00A0\u2002\u2003\u2009\u202F]/g,
        (c) => LIGATURES[c] ?? c,
      )
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/[\u0000-\u0008\u000B-\u001F]/g, '')
  );
}

/** A line-end hyphen between two letters. */
const LINE_END_HYPHEN = /(\p{L})[-\u2010]$/u;

/** Prefixes written with a hyphen before a whole word ("post-treatment", "non-native"). */
const HYPHENATED_PREFIX = /^(?:non|self|post|pre|semi|quasi|cross|well)$/u;

/**
 * Joins two lines of one paragraph. A hyphen at the end of the first line between letters is a
 * break inside a word when the next line goes on in lower case ("gover-" + "nance"), unless the
 * hyphenated spelling is the one the document uses elsewhere ("tag-recapture"), or a prefix
 * stands before a word the document uses on its own ("post-" + "treatment"). A capital after
 * the hyphen keeps it ("Pahl-" + "Wostl").
 */
export function joinLines(first: string, second: string, knownWords: ReadonlySet<string>): string {
  if (first === '') return second;
  if (second === '') return first;
  const hyphen = LINE_END_HYPHEN.exec(first);
  if (hyphen && /^\p{Ll}/u.test(second)) {
    const head = /(\p{L}+)[-\u2010]$/u.exec(first)?.[1] ?? '';
    const tail = /^\p{L}+/u.exec(second)?.[0] ?? '';
    const joined = (head + tail).toLowerCase();
    const hyphenated = `${head}-${tail}`.toLowerCase();
    if (knownWords.has(hyphenated) && !knownWords.has(joined)) return first + second;
    const prefixed =
      HYPHENATED_PREFIX.test(head.toLowerCase()) && knownWords.has(tail.toLowerCase());
    if (prefixed && !knownWords.has(joined)) return first + second;
    return first.slice(0, -1) + second;
  }
  if (/[-\u2010/]$/.test(first) && /^\p{Lu}/u.test(second)) return first + second;
  // A page or number range cut after its dash ("209–" + "223").
  if (/\d[–—-]$/.test(first) && /^\d/.test(second)) return first + second;
  // A number and a word joined by a hyphen ("1820-" + "ból", "3-" + "dimensional").
  if (/\d[-\u2010]$/.test(first) && /^\p{Ll}/u.test(second)) return first + second;
  return `${first} ${second}`;
}

/** Lower-cased words (hyphenated ones whole) of a text, to decide line-end hyphens. */
export function wordsOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      const word = match[0];
      // A word at a line end is not a word of the document yet.
      if (match.index + word.length < text.length) words.add(word.toLowerCase());
    }
  }
  return words;
}

/**
 * Share of a text's visible characters that are not readable text: private-use and replacement
 * characters, control characters, and letters in "words" with no vowel or of absurd length.
 * Text drawn with a font whose encoding is broken comes out this way.
 */
export function unreadableShare(text: string): number {
  const visible = text.replace(/\s+/g, '');
  if (visible.length === 0) return 0;
  // eslint-disable-next-line no-control-regex -- control characters count as unreadable
  let bad = (visible.match(/[\uE000-\uF8FF\uFFFD\u0000-\u001F]/g) ?? []).length;
  for (const token of text.split(/\s+/)) {
    if (token.length < 4) continue;
    // Most tokens are plain words: the Unicode clean-up only for the others.
    const letters = /^[A-Za-z]+$/.test(token) ? token : token.replace(/[^\p{L}]/gu, '');
    if (letters.length < 4) continue;
    // Latin-script words have vowels; strings of consonants or 40-letter words are code noise.
    const latin = /^[A-Za-z]+$/.test(letters);
    if ((latin && !/[aeiouyAEIOUY]/.test(letters)) || letters.length > 30) bad += letters.length;
  }
  return bad / visible.length;
}
