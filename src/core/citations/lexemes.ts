// The lexemes of the citation grammar: sticky regular expressions for its terminal symbols.
import type { NameTokenKind } from './grammar';

/** Runs a sticky regex at `i`. */
export function match(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

const L = '\\p{L}\\p{M}';
const rx = (source: string, flags = ''): RegExp => new RegExp(source, `uy${flags}`);

const WORD_PART = `[${L}]+(?:['’][${L}]+)*`;
// An apostrophe joins name parts (O’Riordan) but a possessive "’s" is not part of the name.
// Inside a corporate name a possessive joins words: "United Nations Children's Fund".
const APOSTROPHE_PART = `['’](?:(?!s(?![${L}]))[${L}]+|s(?=\\s+\\p{Lu}))`;
export const NAME_WORD = rx(`\\p{Lu}[${L}]*(?:${APOSTROPHE_PART})*(?:-${WORD_PART})*(?![${L}\\d])`);
export const PARTICLE = rx(`(\\p{L}+)(?=\\s)|[dlDL]['’](?=\\p{Lu})`);
export const INITIAL = rx(`\\p{Lu}\\.(?:-?\\p{Lu}\\.)*(?=\\s)`);
export const WS = rx(`\\s+`);
export const JOINERS: ReadonlyArray<[RegExp, NameTokenKind[]]> = [
  [rx(`\\s*(,)\\s*(and|&)\\s*`), ['comma', 'and']],
  [rx(`\\s*(,)\\s*`), ['comma']],
  [rx(`\\s+(and)\\s+|\\s*(&)\\s*`), ['and']],
];
export const CONNECTOR = rx(`(\\p{Ll}+)\\s+`);
// "et al." may be set in Markdown italics: "Smith *et al.* (2019)".
export const ET_AL = rx(`\\s*,?\\s+[*_]{0,2}et\\.?\\s*al(?:\\.|(?![${L}]))[*_]{0,2}`);
export const AUTHOR_YEAR_SEP = rx(`\\s*,\\s*|\\s+`);
export const YEAR = rx(`(1[5-9]\\d\\d|20\\d\\d)(?:([a-rt-z])(?![${L}\\d]))?(?![${L}\\d])`);
// APA letters same-author undated works "n.d.-a", "n.d.-b".
export const NO_DATE = rx(
  `(?:n\\.\\s?d\\.?|forthcoming|in press|undated)(?:-([a-z])(?![${L}]))?(?![${L}])`,
  'i',
);
export const YEAR_SEP = rx(`\\s*[,;]\\s*(?:(?:and|&)\\s+)?|\\s+(?:and|&)\\s+|\\s*&\\s*`);
export const SUFFIX_ONLY = rx(`([a-rt-z])(?![${L}\\d.])`);
export const COLON = rx(`\\s*:\\s*`);
export const COMMA = rx(`\\s*,\\s*`);
export const LABEL = rx(
  `(?:(pp?|pgs?)\\.?|(?:chs?|chaps?|secs?|paras?|nn?|fns?|notes?|figs?|tabs?|vols?|cols?|arts?)(?:\\.|(?=\\s))|[Cc]hapter|[Ss]ection|[Pp]aragraph|[Tt]able|[Ff]igure|[Nn]ote|§§?|¶)\\s*(?=[\\dIVXLCivxlc])`,
);
export const PAGE_LABELS = new Set(['p', 'pp', 'pg', 'pgs']);
const ROMAN = '[ivxlcdm]+|[IVXLCDM]+';
export const PAGE_ARABIC = rx(`\\d+(?:\\s*[-–—]\\s*\\d+)?(?:\\s?ff?\\.?)?(?![${L}\\d])`);
export const PAGE_ANY = rx(
  `(?:\\d+|${ROMAN})(?:\\s*[-–—]\\s*(?:\\d+|${ROMAN}))?(?:\\s?ff?\\.?)?(?![${L}\\d])|passim`,
);
export const PAGE_SEP = rx(`\\s*,\\s*|\\s+and\\s+|\\s*&\\s*`);
/** "II", "XIV": an ordinal ("World War II"), not an acronym. */
export const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;
export const YEAR_LIKE = /^(1[5-9]\d\d|20\d\d)$/;
export const IBID = rx(`(?:ibidem|ibid)(?![${L}])\\.?`, 'i');
export const TRAILING_REMARK = rx(`\\s*(?:,\\s*\\p{Ll}[\\p{L}\\s'’-]*)?\\s*$`);
