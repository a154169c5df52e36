/**
 * Decodes one .bib field value from LaTeX to text (names to name objects) with citation-js's
 * value grammar, plus a fast path for plain values, a cache for repeated ones (journals, authors),
 * and a lenient fallback so a LaTeX macro citation-js does not know never loses the entry.
 */
import { bibFieldTypes, isKnownLatexCommand, parseLatexValue } from '../citationJs';
import { dropUnknownCommands, texSingleQuotes } from './latexCommands';
import { plainNames } from './plainNames';

const LIGATURES: Readonly<Record<string, string>> = {
  '--': '\u2013',
  '---': '\u2014',
  '``': '\u201C',
  "''": '\u201D',
};
const LIGATURE = /---?|''|``/g;
const FAST_TYPES = new Set([
  'field:literal',
  'field:title',
  'field:key',
  'field:date',
  'field:range',
  'field:integer',
  'field:code',
  'field:string',
  'field:gender',
  'field:identifier',
  'field:entrykey',
]);

/**
 * Decoded values by field and source text. Values are frozen and shared (citation-js's mapping
 * builds new objects from them), which saves both the parse and a copy for repeated names.
 */
const cache = new Map<string, unknown>();
const CACHE_LIMIT = 50_000;
const MAX_CACHED_LENGTH = 300;

const kinds = new Map<string, string>();
function kindOf(name: string): string {
  let kind = kinds.get(name);
  if (kind === undefined) {
    const fieldType = bibFieldTypes[name];
    kind = fieldType ? `${fieldType[0]}:${fieldType[1]}` : 'field:literal';
    kinds.set(name, kind);
  }
  return kind;
}

/** Combining marks of the accent commands (as citation-js reads them). */
const ACCENT_MARKS: Readonly<Record<string, string>> = {
  '`': '\u0300',
  "'": '\u0301',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  u: '\u0306',
  '.': '\u0307',
  '"': '\u0308',
  r: '\u030A',
  H: '\u030B',
  v: '\u030C',
  d: '\u0323',
  c: '\u0327',
  k: '\u0328',
};
/** Letters that are commands of their own, braced: {\ss} {\o} {\AA} ... */
const LETTER_COMMANDS: Readonly<Record<string, string>> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
};
// {\"u}  {\"{u}}  {\c c}  {\c{c}}  {\'\i}
const BRACED_ACCENT =
  /\{\\(["'`^~=.]|[uvHrdck](?= |\{))\s*(?:\{([A-Za-z]|\\[ij])\}|([A-Za-z]|\\[ij]))\}/g;
// \"u  \"{u}  (symbol accents only: a letter accent needs a separator to be unambiguous)
const BARE_ACCENT = /\\(["'`^~=.])(?:\{([A-Za-z])\}|([A-Za-z]))/g;
const BRACED_LETTER = /\{\\(ss|o|O|ae|AE|oe|OE|aa|AA|l|L|i)\}/g;

/**
 * Rewrites the accent spellings found in most .bib files (`M{\"u}ller`, `\'{e}`, `{\ss}`) as
 * Unicode, as citation-js's grammar would, so that such values can take the fast paths.
 */
function decodeAccents(value: string): string {
  if (!value.includes('\\')) return value;
  return value
    .replace(BRACED_ACCENT, accent)
    .replace(BARE_ACCENT, accent)
    .replace(BRACED_LETTER, (_, cmd: string) => LETTER_COMMANDS[cmd] ?? _);
}

function accent(_: string, cmd: string, a?: string, b?: string): string {
  let letter = a ?? b ?? '';
  if (letter === '\\i') letter = 'i';
  if (letter === '\\j') letter = 'j';
  return (letter + (ACCENT_MARKS[cmd] ?? '')).normalize('NFC');
}

/**
 * Decodes `value` (LaTeX source) of field `name`; never throws. A value that could only be read
 * as plain text adds a warning to `warnings`.
 */
export function decodeField(
  name: string,
  value: string,
  languages: string[],
  warnings: string[],
): unknown {
  const decoded = decodeValue(name, value, languages, warnings);
  // TeX's `single quotes' (the grammar reads only the double ones) in text, never in URLs.
  return typeof decoded === 'string' && decoded.indexOf('`') !== -1 && !isVerbatim(name)
    ? texSingleQuotes(decoded)
    : decoded;
}

function isVerbatim(name: string): boolean {
  const kind = kindOf(name);
  return kind === 'field:verbatim' || kind === 'field:uri';
}

function decodeValue(
  name: string,
  value: string,
  languages: string[],
  warnings: string[],
): unknown {
  const kind = kindOf(name);
  // BibTeX ignores spaces around a name list; the grammar read " Jurij {\v S}ilc " (a @string
  // padded for use with # and #) as a name whose last word is empty: given "Jurij Šilc".
  if (kind === 'list:name') value = value.trim();
  // Most values (titles, abstracts, journals) are plain text that needs no work at all.
  if (FAST_TYPES.has(kind) && !NOT_PLAIN.test(value)) return value;
  const accented = decodeAccents(value);
  const specials = specialsOf(accented);
  if (specials !== OTHER) {
    const fast = fastValue(kind, accented, specials === BRACES);
    if (fast !== undefined) return fast;
    if (specials === NONE) value = accented;
  }
  const cacheable = value.length <= MAX_CACHED_LENGTH;
  const cacheKey = cacheable ? `${name}\u0000${languages.join(',')}\u0000${value}` : '';
  const hit = cacheable ? cache.get(cacheKey) : undefined;
  if (hit !== undefined) return hit;
  let decoded: unknown;
  try {
    decoded = readLatex(value, name, languages);
  } catch {
    return lenient(name, value, languages, warnings);
  }
  if (cacheable) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cacheKey, deepFreeze(decoded));
  }
  return decoded;
}

const NONE = 0;
/** Only balanced braces (as citation-js's lexer reads them: never a `}` before its `{`). */
const BRACES = 1;
/** Commands, math, or unbalanced braces: only the grammar reads those. */
const OTHER = 2;

const COMMAND_OR_MATH = /[\\$]/;

function specialsOf(value: string): number {
  if (COMMAND_OR_MATH.test(value)) return OTHER;
  if (value.indexOf('{') === -1 && value.indexOf('}') === -1) return NONE;
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 123) depth += 1;
    else if (c === 125 && --depth < 0) return OTHER;
  }
  return depth === 0 ? BRACES : OTHER;
}

/**
 * What citation-js's grammar makes of a value with no commands or math (braces, if any, are
 * balanced), for the field kinds whose rule is simple enough to be exact here; else undefined.
 * Braces group only: with sentence-casing off they add nothing but split the text into runs
 * whose ligatures and spaces are read one run at a time.
 */
function fastValue(kind: string, value: string, braced: boolean): unknown {
  if (FAST_TYPES.has(kind)) return braced ? perRun(value) : plainText(value);
  switch (kind) {
    case 'field:verbatim':
      return value;
    case 'field:uri':
      return uri(value);
    case 'list:literal':
    case 'list:key':
      if (AND_LIST.test(value)) return undefined;
      return braced ? perRun(value) : plainText(value);
    case 'list:name':
      return braced ? undefined : (plainNames(value) ?? undefined);
    case 'separated:literal':
    case 'separated:entrykey':
    case 'separated:options':
      return braced || value.includes('~') ? undefined : separated(value);
    default:
      return undefined;
  }
}

const AND_LIST = /\s+and\s+/;

function perRun(value: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 123 || c === 125) {
      out += plainText(value.slice(start, i));
      start = i + 1;
    }
  }
  return out + plainText(value.slice(start));
}

/** citation-js's StringUri: the text as written, URI-encoded unless already encoded. */
function uri(value: string): string {
  try {
    return decodeURI(value) === value ? encodeURI(value) : value;
  } catch {
    return encodeURI(value);
  }
}

/** citation-js's StringSeparated for text without braces, commands or `~`: split at commas. */
function separated(value: string): string[] {
  const parts = value.split(',');
  if (parts.length > 1 && parts[parts.length - 1]!.trim() === '') parts.pop();
  return parts.map((p) => plainText(p).trim());
}

/** What citation-js's grammar makes of a value without commands, braces or math. */
function plainText(value: string): string {
  return needsPlainWork(value)
    ? value
        .replace(/\s+/g, ' ')
        .replace(LIGATURE, (l) => LIGATURES[l] ?? l)
        .replace(/~/g, '\u00a0')
    : value;
}

/**
 * Anything that makes a value more than plain text: commands, braces, math, and what plainText
 * changes (whitespace other than single spaces, ligatures, `~`). One scan instead of four.
 */
const NOT_PLAIN =
  /[\\${}~\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|--|``|''/;

/** What plainText changes: whitespace other than single spaces, ligatures (-- `` ''), `~`. */
const PLAIN_WORK = /[^\S ]| {2}|~|--|``|''/;
const needsPlainWork = (value: string): boolean => PLAIN_WORK.test(value);

/**
 * citation-js's grammar over `value`, with commands it does not know reduced to their argument
 * (verbatim fields are read as written).
 */
function readLatex(value: string, name: string, languages: string[]): unknown {
  const source = isVerbatim(name) ? value : dropUnknownCommands(value, isKnownLatexCommand);
  return parseLatexValue(source, name, languages);
}

/**
 * Retries with starred commands unstarred (`\enquote*{x}`, which citation-js cannot read), and
 * failing that reads the value as plain text: commands dropped, braces removed.
 */
function lenient(name: string, value: string, languages: string[], warnings: string[]): unknown {
  const unstarred = value.replace(/(\\[A-Za-z]+)\*/g, '$1');
  if (unstarred !== value) {
    try {
      return parseLatexValue(unstarred, name, languages);
    } catch {
      // fall through to plain text
    }
  }
  const text = plainText(
    value
      .replace(/\\[A-Za-z]+\*?\s*/g, '')
      .replace(/\\(.)/g, '$1')
      .replace(/[{}$]/g, ''),
  ).trim();
  const fieldType = bibFieldTypes[name];
  const decoded =
    fieldType?.[1] === 'name'
      ? text.split(/\s+and\s+/).map((literal) => ({ family: literal }))
      : text;
  warnings.push(
    `field \`${name}\`: its LaTeX could not be fully read, so it is shown as plain text (the .bib export keeps it as written)`,
  );
  return decoded;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
