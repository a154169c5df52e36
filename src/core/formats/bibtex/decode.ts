/**
 * Decodes one .bib field value from LaTeX to text (names to name objects) with citation-js's
 * value grammar, plus a fast path for plain values, a cache for repeated ones (journals, authors),
 * and a lenient fallback so a LaTeX macro citation-js does not know never loses the entry.
 */
import { bibFieldTypes, parseLatexValue } from '../citationJs';

export interface DecodedField {
  value: unknown;
  /** Set when the value could only be read as plain text. */
  warning?: string;
}

const LIGATURES: Readonly<Record<string, string>> = {
  '--': '\u2013',
  '---': '\u2014',
  '``': '\u201C',
  "''": '\u201D',
};
const LIGATURE = /---?|''|``/g;
const NEEDS_GRAMMAR = /[\\{}$]/;
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
  'field:entry key',
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
  const accent = (cmd: string, a?: string, b?: string): string => {
    let letter = a ?? b ?? '';
    if (letter === '\\i') letter = 'i';
    if (letter === '\\j') letter = 'j';
    return (letter + (ACCENT_MARKS[cmd] ?? '')).normalize('NFC');
  };
  return value
    .replace(BRACED_ACCENT, (_, cmd: string, a?: string, b?: string) => accent(cmd, a, b))
    .replace(BARE_ACCENT, (_, cmd: string, a?: string, b?: string) => accent(cmd, a, b))
    .replace(BRACED_LETTER, (_, cmd: string) => LETTER_COMMANDS[cmd] ?? _);
}

/** Decodes `value` (LaTeX source) of field `name`; never throws. */
export function decodeField(name: string, value: string, languages: string[]): DecodedField {
  const kind = kindOf(name);
  const accented = decodeAccents(value);
  const plain = !NEEDS_GRAMMAR.test(accented);
  if (plain) {
    value = accented;
    if (FAST_TYPES.has(kind)) return { value: plainText(value) };
    if (kind === 'list:literal' && !/\sand\s/.test(value)) return { value: plainText(value) };
    if (kind === 'list:name') {
      const names = plainNames(value);
      if (names) return { value: names };
    }
  }
  const cacheable = value.length <= MAX_CACHED_LENGTH;
  const cacheKey = cacheable ? `${name}\u0000${languages.join(',')}\u0000${value}` : '';
  const hit = cacheable ? cache.get(cacheKey) : undefined;
  if (hit !== undefined) return { value: hit };
  let decoded: unknown;
  try {
    decoded = parseLatexValue(value, name, languages);
  } catch {
    return lenient(name, value, languages);
  }
  if (cacheable) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cacheKey, deepFreeze(decoded));
  }
  return { value: decoded };
}

/** What citation-js's grammar makes of a value without commands, braces or math. */
function plainText(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .replace(LIGATURE, (l) => LIGATURES[l] ?? l)
    .replace(/~/g, '\u00a0');
}

const SIMPLE_NAMES = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF.,' \t\n-]+$/;
const AND = /\s+[aA][nN][dD]\s+/;

/**
 * Names with no LaTeX, particles or odd parts ("Smith, John and Jane Doe") read directly, the
 * way citation-js's grammar reads them; anything else returns null and goes to the grammar.
 */
function plainNames(value: string): { family: string; given?: string; suffix?: string }[] | null {
  if (!SIMPLE_NAMES.test(value)) return null;
  const out: { family: string; given?: string; suffix?: string }[] = [];
  for (const raw of value.trim().split(AND)) {
    const parts = raw.split(',').map((p) => p.trim().replace(/\s+/g, ' '));
    if (
      parts.some(
        (p) => p === '' || !/^[A-Z\u00C0-\u00DE]/.test(p) || / [^A-Z\u00C0-\u00DE]/.test(p),
      )
    ) {
      return null;
    }
    if (parts.length === 1) {
      const words = parts[0]!.split(' ');
      const family = words.pop()!;
      out.push(words.length ? { family, given: words.join(' ') } : { family });
    } else if (parts.length === 2) out.push({ family: parts[0]!, given: parts[1]! });
    else if (parts.length === 3)
      out.push({ family: parts[0]!, given: parts[2]!, suffix: parts[1]! });
    else return null;
  }
  return out;
}

/**
 * Retries with starred commands unstarred (`\enquote*{x}`, which citation-js cannot read), and
 * failing that reads the value as plain text: commands dropped, braces removed.
 */
function lenient(name: string, value: string, languages: string[]): DecodedField {
  const unstarred = value.replace(/(\\[A-Za-z]+)\*/g, '$1');
  if (unstarred !== value) {
    try {
      return { value: parseLatexValue(unstarred, name, languages) };
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
  return {
    value: decoded,
    warning: `field \`${name}\`: its LaTeX could not be fully read, so it is shown as plain text (the .bib export keeps it as written)`,
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
