/**
 * Diacritic folding for search. Every character folds on its own (so offsets map back to the
 * original text), in two modes: `base` drops marks (ö -> o), `expanded` spells German/Nordic
 * letters out (ö -> oe, å -> aa). A token is indexed under both spellings, so "Kohler" and
 * "Koehler" both find "Köhler", and a query typed with "ö" looks for both.
 */

export type FoldMode = 'base' | 'expanded';

/** Letters whose spelled-out form differs from dropping the mark, plus letters NFD cannot split. */
const SPECIAL: Record<string, [base: string, expanded: string]> = {
  ä: ['a', 'ae'],
  ö: ['o', 'oe'],
  ü: ['u', 'ue'],
  ø: ['o', 'oe'],
  å: ['a', 'aa'],
  æ: ['ae', 'ae'],
  œ: ['oe', 'oe'],
  ß: ['ss', 'ss'],
  ẞ: ['ss', 'ss'],
  þ: ['th', 'th'],
  ð: ['d', 'd'],
  đ: ['d', 'd'],
  ł: ['l', 'l'],
  ı: ['i', 'i'],
  ŀ: ['l', 'l'],
  ĳ: ['ij', 'ij'],
  // Apostrophes inside names (O'Brien, d'Alembert) fold away: "obrien" finds O'Brien.
  "'": ['', ''],
  '’': ['', ''],
  ʼ: ['', ''],
};

const MARKS = /\p{M}/gu;
/** Anything but printable ASCII and whitespace (which fold to themselves). */
const NOT_ASCII = /[^\t\n\r -~]/;
/** What folding changes: the characters beyond ASCII, and apostrophes. */
const TO_FOLD = /[^\t\n\r -~]|'/gu;
const cache = new Map<string, [string, string]>();

/** The folded forms of one (lower-cased) UTF-16 code unit. */
function foldChar(ch: string): [string, string] {
  let folded = cache.get(ch);
  if (folded === undefined) {
    const special = SPECIAL[ch];
    if (special) folded = special;
    else {
      const plain = ch.normalize('NFD').replace(MARKS, '');
      folded = [plain, plain];
    }
    cache.set(ch, folded);
  }
  return folded;
}

/** True when `s` is lower-case ASCII letters and digits only (the fast path). */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * The searchable spellings of one token: `[base]`, or `[base, expanded]` when the token holds
 * a letter like ö whose spelled-out form differs. Empty when nothing searchable is left.
 */
export function foldVariants(token: string): string[] {
  const lower = token.toLowerCase();
  if (isPlainAscii(lower)) return [lower];
  let base = '';
  let expanded = '';
  for (const ch of lower.normalize('NFC')) {
    const [b, e] = foldChar(ch);
    base += b;
    expanded += e;
  }
  if (!base) return [];
  return expanded === base ? [base] : [base, expanded];
}

/**
 * Folds a whole text, in `base` mode (ö -> o) unless told otherwise, e.g. to derive an ASCII key
 * or the text a filter looks in.
 */
export function foldText(text: string, mode: FoldMode = 'base'): string {
  const lower = text.toLowerCase();
  // ASCII folds to itself but for apostrophes: fold only the other characters (100k works' texts).
  if (!NOT_ASCII.test(lower)) return lower.replace(/'/g, '');
  const which = mode === 'base' ? 0 : 1;
  return lower.normalize('NFC').replace(TO_FOLD, (ch) => foldChar(ch)[which]);
}

/**
 * How many UTF-16 units of the original `token` produce the first `foldedLength` characters of
 * its folded form in `mode`: maps a matched prefix back onto the text the user sees.
 */
export function originalPrefixLength(token: string, foldedLength: number, mode: FoldMode): number {
  const lower = token.toLowerCase();
  if (lower.length !== token.length) return Math.min(token.length, foldedLength);
  let acc = 0;
  for (let i = 0; i < lower.length; i++) {
    if (acc >= foldedLength) {
      // Swallow combining marks that belong to the last matched letter.
      if (/\p{M}/u.test(lower[i] ?? '')) continue;
      return i;
    }
    const [b, e] = foldChar(lower[i] ?? '');
    acc += (mode === 'base' ? b : e).length;
  }
  return token.length;
}
