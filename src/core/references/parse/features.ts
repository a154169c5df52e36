// The features the reference tagger sees for each token: the word, its shape, its neighbours, word
// lists (months, journal and publisher words, ...) and where it stands in the entry.
import type { Token } from './tokens';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Word lists, lower case. Each gives a feature `lex=<name>` to the words it holds. */
const LEXICONS: readonly [string, ReadonlySet<string>][] = [
  [
    'month',
    set(`january february march april may june july august september october november december
      jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter`),
  ],
  [
    'journal',
    set(`journal j jour proc proceedings review rev trans transactions letters lett annals ann
      bulletin bull acta quarterly magazine mag archives arch research res science sci
      zeitschrift zeitschr revue rivista cahiers studies stud phys chem biol med am int nat`),
  ],
  [
    'publisher',
    set(`press publishers publisher publishing publ books verlag editions éditions edizioni
      editorial editora springer wiley elsevier routledge sage palgrave macmillan blackwell
      pergamon academic kluwer pearson mcgraw hill cambridge oxford harvard mit penguin norton
      ltd inc co company gmbh addison wesley prentice taylor francis brill`),
  ],
  [
    'place',
    set(`london new york oxford cambridge berlin paris chicago boston amsterdam princeton
      washington heidelberg leiden dordrecht basel tokyo philadelphia toronto stanford
      frankfurt münchen munich wien vienna madrid barcelona rome roma milano beijing
      singapore sydney melbourne geneva genève zürich hamburg leipzig stuttgart berkeley
      baltimore thousand oaks hoboken malden ny ma ca uk usa nj il ct`),
  ],
  ['editor', set(`ed eds edt edited editor editors hrsg hg herausgegeben dir coord comp`)],
  ['pages', set(`p pp pages page pgs s seiten`)],
  ['volume', set(`vol vols volume volumes bd band tome t`)],
  ['issue', set(`no nos nr num number issue iss heft n`)],
  ['in', set(`in dans im en`)],
  ['etal', set(`et al others u a`)],
  [
    'thesis',
    set(`thesis theses dissertation phd ph doctoral master masters msc diss thèse
      habilitation doktorarbeit`),
  ],
  [
    'report',
    set(`report reports technical tech working paper papers memo memorandum rep series
      discussion brief document documents preprint`),
  ],
  [
    'org',
    set(`university univ universität université universidad universita institute institut
      department dept school college laboratory lab centre center`),
  ],
  ['edition', set(`edition edn ed rev revised nd rd th st ausgabe aufl auflage`)],
  ['conf', set(`conference conf workshop symposium congress meeting colloquium proceedings proc`)],
  ['web', set(`retrieved accessed available online url http https www accessed viewed`)],
  ['doi', set(`doi`)],
  ['press', set(`press forthcoming print`)],
];

/** Each word's lexicon names ("may" -> ["month"]), built once. */
const LEXICON_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [name, words] of LEXICONS) {
    for (const w of words) map.set(w, [...(map.get(w) ?? []), name]);
  }
  return map;
})();
const NO_LEXICON: readonly string[] = [];

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

const QUOTES = new Set(['"', '“', '”', '«', '»', '„']);
const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '<none>');

const bucket = (k: number, limits: readonly number[]): string => {
  const at = limits.findIndex((l) => k <= l);
  return at < 0 ? `>${limits[limits.length - 1]}` : String(limits[at]);
};

/**
 * "Sentence" stops of an entry: a full stop, "?" or "!" followed by a space or the end, that does
 * not close an initial ("J.") — the count before each token tells title from container.
 */
function stopsBefore(raw: string, tokens: readonly Token[]): Int32Array {
  const out = new Int32Array(tokens.length + 1);
  let stops = 0;
  tokens.forEach((t, i) => {
    out[i] = stops;
    const after = t.end < raw.length ? raw[t.end]! : ' ';
    if ((t.text === '.' || t.text === '?' || t.text === '!') && /\s/.test(after)) {
      const prev = tokens[i - 1];
      if (!prev || prev.text.length > 1) stops++;
    }
  });
  out[tokens.length] = stops;
  return out;
}

/** For each token, how many tokens ahead the next one matching `test` is (Infinity if none). */
function distanceAhead(tokens: readonly Token[], test: (t: Token) => boolean): number[] {
  const out = new Array<number>(tokens.length);
  let next = Infinity;
  for (let i = tokens.length - 1; i >= 0; i--) {
    out[i] = next - i;
    if (test(tokens[i]!)) next = i;
  }
  return out;
}

/** For each token, how many tokens back the last one matching `test` was (Infinity if none). */
function distanceBehind(tokens: readonly Token[], test: (t: Token) => boolean): number[] {
  const out = new Array<number>(tokens.length);
  let last = -Infinity;
  tokens.forEach((t, i) => {
    out[i] = i - last;
    if (test(t)) last = i;
  });
  return out;
}

const EDITOR = LEXICONS.find(([name]) => name === 'editor')![1];
const isDigits = (t: Token): boolean => /^\p{N}+$/u.test(t.text);
const isEditorWord = (t: Token): boolean => EDITOR.has(t.text.toLowerCase());
const DIST = [1, 2, 3, 5, 8] as const;

/** One feature list per token (strings; the model maps them to weights). */
export function tokenFeatures(raw: string, tokens: readonly Token[]): string[][] {
  const n = tokens.length;
  const out: string[][] = [];
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
  let sentenceStart = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const w = lowers[i]!;
    const s = shapes[i]!;
    const stops = stopsAt[i]!;
    if (i > 0 && stops !== stopsAt[i - 1]) sentenceStart = i;
    const stopsLeft = Math.min(totalStops - stops, 4);
    const before = t.start > 0 ? raw[t.start - 1]! : '^';
    const after = t.end < raw.length ? raw[t.end]! : '$';
    const isYear = /^(?:1[5-9]\d\d|20[0-3]\d)$/.test(t.text);
    const f: string[] = [
      'bias',
      `w=${w}`,
      `s=${s}`,
      `p3=${w.slice(0, 3)}`,
      `x3=${w.slice(-3)}`,
      `sb=${/\s/.test(before) ? '_' : before}`,
      `sa=${/\s/.test(after) ? '_' : after}`,
      `w-1=${i > 0 ? lowers[i - 1] : '<s>'}`,
      `w+1=${i + 1 < n ? lowers[i + 1] : '</s>'}`,
      `w-2=${i > 1 ? lowers[i - 2] : '<s>'}`,
      `w+2=${i + 2 < n ? lowers[i + 2] : '</s>'}`,
      `s-1=${i > 0 ? shapes[i - 1] : '<s>'}`,
      `s+1=${i + 1 < n ? shapes[i + 1] : '</s>'}`,
      `s-1s=${i > 0 ? shapes[i - 1] : '<s>'}|${s}`,
      `ss+1=${s}|${i + 1 < n ? shapes[i + 1] : '</s>'}`,
      `pos=${Math.floor((10 * i) / n)}`,
      `stops=${Math.min(stops, 6)}`,
      `left=${stopsLeft}`,
      `stops|left=${Math.min(stops, 4)}|${stopsLeft}`,
      `insent=${bucket(i - sentenceStart, [0, 1, 2, 4, 8])}`,
      `dnum=${bucket(digitAhead[i]!, DIST)}`,
      `ed+=${bucket(editorAhead[i]!, DIST)}`,
      `ed-=${bucket(editorBehind[i]!, DIST)}`,
      `yr=${Math.min(yearSeen, 2)}`,
      `q=${quoteCount % 2}|${Math.min(quoteCount, 2)}`,
      `par=${Math.min(parenDepth, 1)}`,
      `col=${Math.min(colonSeen, 2)}`,
      `in=${Math.min(inSeen, 1)}`,
      `stops|s=${Math.min(stops, 6)}|${s}`,
      `yr|s=${Math.min(yearSeen, 1)}|${s}`,
      `left|s=${stopsLeft}|${s}`,
      `yr|stops=${Math.min(yearSeen, 1)}|${Math.min(stops, 4)}`,
      `s|sa=${s}|${after}`,
      `sb|s=${before}|${s}`,
      `w|sa=${w}|${after}`,
      `w|yr=${w}|${Math.min(yearSeen, 1)}`,
      `w|left=${w}|${stopsLeft}`,
      `x4=${w.length > 4 ? w.slice(-4) : w}`,
      `s|insent=${s}|${bucket(i - sentenceStart, [0, 1, 2, 4])}`,
      `sh4=${i > 1 ? shapes[i - 2] : '<s>'}|${i > 0 ? shapes[i - 1] : '<s>'}|${s}|${i + 1 < n ? shapes[i + 1] : '</s>'}`,
    ];
    if (i === 0) f.push('first');
    if (i === n - 1) f.push('last');
    if (isYear) f.push('year');
    if (/^\p{Lu}$/u.test(t.text) && after === '.') f.push('initial');
    if (/^\p{N}+$/u.test(t.text)) f.push(`digits=${Math.min(t.text.length, 5)}`);
    if (/^[ivxlc]+$/i.test(t.text) && t.text.length <= 5) f.push('roman');
    if (/^\p{Lu}{2,}$/u.test(t.text)) f.push('allcaps');
    for (const name of lexicons[i]!) f.push(`lex=${name}`);
    if (i > 0) for (const name of lexicons[i - 1]!) f.push(`lex-1=${name}`);
    if (i + 1 < n) for (const name of lexicons[i + 1]!) f.push(`lex+1=${name}`);
    if (i > 0) f.push(`w-1|w=${lower(tokens[i - 1])}|${w}`);
    if (i + 1 < n) f.push(`w|w+1=${w}|${lowers[i + 1]}`);
    out.push(f);
    // State carried to the next tokens.
    if (isYear) yearSeen++;
    if (QUOTES.has(t.text)) quoteCount++;
    if (t.text === '(' || t.text === '[') parenDepth++;
    if ((t.text === ')' || t.text === ']') && parenDepth > 0) parenDepth--;
    if (t.text === ':') colonSeen++;
    if ((w === 'in' || w === 'dans' || w === 'im') && i === sentenceStart) inSeen++;
  }
  return out;
}
