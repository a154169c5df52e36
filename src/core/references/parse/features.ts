// The features the reference tagger sees for each token: the word, its shape, its neighbours, word
// lists (months, journal and publisher words, ...) and where it stands in the entry.
import { FeatureSink, template, type TokenFeatures } from './featureHash';
import { edgeClasses } from './edges';
import { bucket, chunkLayout, distanceAhead, distanceBehind, stopsBefore } from './entryLayout';
import type { Gazetteer } from './gazetteer';
import { EDITOR, LEXICON_OF, NO_LEXICON } from './lexicons';
import type { Token } from './tokens';

/** X for an upper-case letter, x for lower case, d for a digit, else the character itself. */
function charClass(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57) return 'd';
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code < 128) return ch;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? 'X' : 'x';
  return /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'x' : ch;
}

/** The token's shape: letters -> X/x, digits -> d, letter runs collapsed ("McGraw" -> "XxXx", "1997" -> "dddd"). */
function shape(text: string): string {
  if (text.length > 24)
    return /^(?:https?|ftp|www)/i.test(text) ? 'URL' : /^10\./.test(text) ? 'DOI' : 'LONG';
  let out = '';
  let prev = '';
  for (const ch of text) {
    const c = charClass(ch);
    if (c !== prev || c === 'd') out += c;
    prev = c;
    if (out.length > 6) break;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

const QUOTES = new Set(['"', '“', '”', '«', '»', '„', '‘', '’', "'"]);

const isDigits = (t: Token): boolean => /^\p{N}+$/u.test(t.text);
const isEditorWord = (t: Token): boolean => EDITOR.has(t.text.toLowerCase());
const DIST = [1, 2, 3, 5, 8] as const;
const INSENT = [0, 1, 2, 4, 8] as const;
const INSENT_SHORT = [0, 1, 2, 4] as const;
const START = '<s>';
const END = '</s>';

/** The feature templates, hashed once. */
const T = {
  bias: template('bias'),
  w: template('w'),
  s: template('s'),
  p3: template('p3'),
  x3: template('x3'),
  x4: template('x4'),
  sb: template('sb'),
  sa: template('sa'),
  wPrev: template('w-1'),
  wNext: template('w+1'),
  wPrev2: template('w-2'),
  wNext2: template('w+2'),
  sPrev: template('s-1'),
  sNext: template('s+1'),
  sPrevS: template('s-1s'),
  sSNext: template('ss+1'),
  pos: template('pos'),
  stops: template('stops'),
  left: template('left'),
  stopsLeft: template('stops|left'),
  insent: template('insent'),
  dnum: template('dnum'),
  edAhead: template('ed+'),
  edBehind: template('ed-'),
  yr: template('yr'),
  q: template('q'),
  par: template('par'),
  col: template('col'),
  in: template('in'),
  stopsS: template('stops|s'),
  yrS: template('yr|s'),
  leftS: template('left|s'),
  yrStops: template('yr|stops'),
  sSa: template('s|sa'),
  sbS: template('sb|s'),
  wSa: template('w|sa'),
  wYr: template('w|yr'),
  wLeft: template('w|left'),
  sInsent: template('s|insent'),
  sh4: template('sh4'),
  first: template('first'),
  last: template('last'),
  year: template('year'),
  initial: template('initial'),
  digits: template('digits'),
  roman: template('roman'),
  allcaps: template('allcaps'),
  lex: template('lex'),
  lexPrev: template('lex-1'),
  lexNext: template('lex+1'),
  wPrevW: template('w-1|w'),
  wWNext: template('w|w+1'),
  chunkIndex: template('ch|idx'),
  chunkLeft: template('ch|left'),
  chunkEdges: template('ch|idx|left'),
  chunkWords: template('ch|words'),
  chunkCaps: template('ch|caps'),
  chunkCapsWords: template('ch|caps|words'),
  chunkDotted: template('ch|dotted'),
  chunkDottedShape: template('ch|dotted|s'),
  chunkDigits: template('ch|digits'),
  abbreviation: template('abbr'),
  initials: template('initials-near'),
  yearAhead: template('year+'),
  yearBehind: template('year-'),
  yearStops: template('year|stops'),
  after2: template('sa2'),
  gazetteer: template('gaz'),
};
const CHUNK_WORDS = [1, 2, 3, 5, 8, 13] as const;
const TOKENS_TO_YEAR = [1, 2, 3, 5, 8, 13, 21] as const;
const YEAR = /^(?:1[5-9]\d\d|20[0-3]\d)$/;
const ABBREVIATION = /^\p{Lu}\p{Ll}{1,6}$/u;
const INITIAL = /^\p{Lu}$/u;

const SPACE = /\s/;
const SPACES = /\s/g;
/** The character beside a token as a feature value: "_" for any space. */
const side = (ch: string): string => (SPACE.test(ch) ? '_' : ch);

/**
 * The hashed features of every token of an entry (see featureHash.ts); with a gazetteer, also
 * where the entry holds a name it knows.
 */
export function tokenFeatures(
  raw: string,
  tokens: readonly Token[],
  gazetteer: Gazetteer | null = null,
): TokenFeatures {
  const n = tokens.length;
  const f = new FeatureSink();
  let yearSeen = 0;
  let quoteCount = 0;
  let parenDepth = 0;
  let colonSeen = 0;
  let inSeen = 0;
  const lowers = tokens.map((t) => t.text.toLowerCase());
  const shapes = tokens.map((t) => shape(t.text));
  const lexicons = lowers.map((w) => LEXICON_OF.get(w) ?? NO_LEXICON);
  const stopsAt = stopsBefore(raw, tokens);
  const totalStops = stopsAt[n]!;
  const digitAhead = distanceAhead(tokens, isDigits);
  const editorAhead = distanceAhead(tokens, isEditorWord);
  const editorBehind = distanceBehind(tokens, isEditorWord);
  const chunks = chunkLayout(raw, tokens, stopsAt);
  const initials = tokens.map((t) => (raw[t.end] === '.' && INITIAL.test(t.text) ? 1 : 0));
  const firstYear = tokens.findIndex((t) => YEAR.test(t.text));
  const names = gazetteer?.matches(tokens);
  let sentenceStart = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const w = lowers[i]!;
    const s = shapes[i]!;
    const wPrev = i > 0 ? lowers[i - 1]! : START;
    const wNext = i + 1 < n ? lowers[i + 1]! : END;
    const sPrev = i > 0 ? shapes[i - 1]! : START;
    const sNext = i + 1 < n ? shapes[i + 1]! : END;
    const stops = stopsAt[i]!;
    if (i > 0 && stops !== stopsAt[i - 1]) sentenceStart = i;
    const stopsLeft = Math.min(totalStops - stops, 4);
    const before = t.start > 0 ? raw[t.start - 1]! : '^';
    const after = t.end < raw.length ? raw[t.end]! : '$';
    const isYear = YEAR.test(t.text);
    const yr1 = Math.min(yearSeen, 1);
    f.flag(T.bias);
    f.text(T.w, w);
    f.text(T.s, s);
    // Prefix and suffixes hashed in place: slicing them was a string per feature and token.
    f.textRange(T.p3, w, 0, Math.min(3, w.length));
    f.textRange(T.x3, w, Math.max(0, w.length - 3), w.length);
    f.textRange(T.x4, w, Math.max(0, w.length - 4), w.length);
    f.text(T.sb, side(before));
    f.text(T.sa, side(after));
    f.text(T.wPrev, wPrev);
    f.text(T.wNext, wNext);
    f.text(T.wPrev2, i > 1 ? lowers[i - 2]! : START);
    f.text(T.wNext2, i + 2 < n ? lowers[i + 2]! : END);
    f.text(T.sPrev, sPrev);
    f.text(T.sNext, sNext);
    f.text(T.sPrevS, sPrev, s);
    f.text(T.sSNext, s, sNext);
    f.text(T.sh4, i > 1 ? shapes[i - 2]! : START, sPrev, s, sNext);
    f.ints(T.pos, Math.floor((10 * i) / n));
    f.ints(T.stops, Math.min(stops, 6));
    f.ints(T.left, stopsLeft);
    f.ints(T.stopsLeft, Math.min(stops, 4), stopsLeft);
    f.ints(T.insent, bucket(i - sentenceStart, INSENT));
    f.ints(T.dnum, bucket(digitAhead[i]!, DIST));
    f.ints(T.edAhead, bucket(editorAhead[i]!, DIST));
    f.ints(T.edBehind, bucket(editorBehind[i]!, DIST));
    f.ints(T.yr, Math.min(yearSeen, 2));
    f.ints(T.q, quoteCount % 2, Math.min(quoteCount, 2));
    f.ints(T.par, Math.min(parenDepth, 1));
    f.ints(T.col, Math.min(colonSeen, 2));
    f.ints(T.in, Math.min(inSeen, 1));
    f.ints(T.stopsS, Math.min(stops, 6), undefined, s);
    f.ints(T.yrS, yr1, undefined, s);
    f.ints(T.leftS, stopsLeft, undefined, s);
    f.ints(T.yrStops, yr1, Math.min(stops, 4));
    f.text(T.sSa, s, after);
    f.text(T.sbS, before, s);
    f.text(T.wSa, w, after);
    f.ints(T.wYr, yr1, undefined, w);
    f.ints(T.wLeft, stopsLeft, undefined, w);
    f.ints(T.sInsent, bucket(i - sentenceStart, INSENT_SHORT), undefined, s);
    if (i === 0) f.flag(T.first);
    if (i === n - 1) f.flag(T.last);
    if (isYear) f.flag(T.year);
    if (after === '.' && /^\p{Lu}$/u.test(t.text)) f.flag(T.initial);
    if (/^\p{N}+$/u.test(t.text)) f.ints(T.digits, Math.min(t.text.length, 5));
    if (t.text.length <= 5 && /^[ivxlc]+$/i.test(t.text)) f.flag(T.roman);
    if (/^\p{Lu}{2,}$/u.test(t.text)) f.flag(T.allcaps);
    for (const name of lexicons[i]!) f.text(T.lex, name);
    if (i > 0) for (const name of lexicons[i - 1]!) f.text(T.lexPrev, name);
    if (i + 1 < n) for (const name of lexicons[i + 1]!) f.text(T.lexNext, name);
    if (i > 0) f.text(T.wPrevW, wPrev, w);
    if (i + 1 < n) f.text(T.wWNext, w, wNext);
    const chunkWords = bucket(chunks.words[i]!, CHUNK_WORDS);
    f.ints(T.chunkIndex, Math.min(chunks.index[i]!, 5));
    f.ints(T.chunkLeft, Math.min(chunks.left[i]!, 5));
    f.ints(T.chunkEdges, Math.min(chunks.index[i]!, 3), Math.min(chunks.left[i]!, 3));
    f.ints(T.chunkWords, chunkWords);
    f.ints(T.chunkCaps, chunks.caps[i]!);
    f.ints(T.chunkCapsWords, chunks.caps[i]!, chunkWords);
    f.ints(T.chunkDotted, Math.min(chunks.dotted[i]!, 3));
    f.ints(T.chunkDottedShape, Math.min(chunks.dotted[i]!, 3), undefined, s);
    f.ints(T.chunkDigits, chunks.digits[i]!);
    if (after === '.' && ABBREVIATION.test(t.text)) f.flag(T.abbreviation);
    let near = 0;
    for (let k = Math.max(0, i - 4); k <= Math.min(n - 1, i + 4); k++) near += initials[k]!;
    f.ints(T.initials, Math.min(near, 4));
    if (firstYear < 0) f.ints(T.yearStops, 9);
    else {
      if (i < firstYear) f.ints(T.yearAhead, bucket(firstYear - i, TOKENS_TO_YEAR));
      if (i > firstYear) f.ints(T.yearBehind, bucket(i - firstYear, TOKENS_TO_YEAR));
      f.ints(T.yearStops, Math.max(-2, Math.min(2, stops - stopsAt[firstYear]!)) + 2);
    }
    f.text(T.after2, raw.slice(t.end, t.end + 2).replace(SPACES, '_'));
    for (let bits = names?.[i] ?? 0, b = 0; bits !== 0; bits >>>= 1, b++) {
      if (bits & 1) f.ints(T.gazetteer, b);
    }
    f.endToken();
    // State carried to the next tokens.
    if (isYear) yearSeen++;
    if (QUOTES.has(t.text)) quoteCount++;
    if (t.text === '(' || t.text === '[') parenDepth++;
    if ((t.text === ')' || t.text === ']') && parenDepth > 0) parenDepth--;
    if (t.text === ':') colonSeen++;
    if ((w === 'in' || w === 'dans' || w === 'im') && i === sentenceStart) inSeen++;
  }
  return f.finish(edgeClasses(tokens, stopsAt));
}
