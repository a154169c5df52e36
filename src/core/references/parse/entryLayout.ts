// The layout of a reference entry that the tagger's features look at beyond a token's neighbours:
// its "sentences" (full stops that end a part, not an initial's dot), its comma-separated chunks
// and what each chunk looks like (long or short, Title Case, abbreviated, with numbers).
import type { Token } from './tokens';

/** The index of the first limit `k` is at most (limits.length when above all): a bucketed count. */
export const bucket = (k: number, limits: readonly number[]): number => {
  for (let at = 0; at < limits.length; at++) if (k <= limits[at]!) return at;
  return limits.length;
};

const INITIAL_LETTER = /^\p{L}$/u;
const CLOSING = new Set(['”', '»', '’']);
const OPENING_QUOTES = new Set(['“', '«', '„', '‘']);

/**
 * "Sentence" stops of an entry: a full stop, "?" or "!" followed by a space or the end, that does
 * not close an initial ("J."), counted after the quotation mark it closes ('Title." Journal'); the
 * count before each token tells title from container.
 */
export function stopsBefore(raw: string, tokens: readonly Token[]): Int32Array {
  const out = new Int32Array(tokens.length + 1);
  let stops = 0;
  const closing = closingQuotes(tokens);
  tokens.forEach((t, i) => {
    out[i] = stops;
    const after = t.end < raw.length ? raw[t.end]! : ' ';
    const stop = t.text === '.' || t.text === '?' || t.text === '!';
    // Not the dot of an initial ("J."); after a word, a number or a bracket ("(2009). Title") it is.
    if (stop && /\s/.test(after) && !INITIAL_LETTER.test(tokens[i - 1]?.text ?? '')) stops++;
    // 'Title." Journal': the stop ends the part after the quote that closes it.
    if (closing[i] && /\s/.test(after)) {
      const prev = tokens[i - 1];
      const stopBefore = prev && prev.end === t.start && /^[.?!]$/.test(prev.text);
      if (stopBefore && !INITIAL_LETTER.test(tokens[i - 2]?.text ?? '')) stops++;
    }
  });
  out[tokens.length] = stops;
  return out;
}

/**
 * Whether each token is a closing quotation mark: ” » ’ always, " and ' when they close one of
 * their own opened before.
 */
export function closingQuotes(tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let doubles = 0;
  let singles = 0;
  tokens.forEach((t, i) => {
    if (CLOSING.has(t.text)) out[i] = 1;
    else if (OPENING_QUOTES.has(t.text)) out[i] = 0;
    else if (t.text === '"') out[i] = doubles++ % 2;
    else if (t.text === "'") out[i] = singles++ % 2;
  });
  return out;
}

/** For each token, how many tokens ahead the next one matching `test` is (Infinity if none). */
export function distanceAhead(tokens: readonly Token[], test: (t: Token) => boolean): number[] {
  const out = new Array<number>(tokens.length);
  let next = Infinity;
  for (let i = tokens.length - 1; i >= 0; i--) {
    out[i] = next - i;
    if (test(tokens[i]!)) next = i;
  }
  return out;
}

/** For each token, how many tokens back the last one matching `test` was (Infinity if none). */
export function distanceBehind(tokens: readonly Token[], test: (t: Token) => boolean): number[] {
  const out = new Array<number>(tokens.length);
  let last = -Infinity;
  tokens.forEach((t, i) => {
    out[i] = i - last;
    if (test(t)) last = i;
  });
  return out;
}

const CHUNK_END = new Set([',', ';', ':', '(', ')', '[', ']']);
const WORD = /^\p{L}/u;
const CAPITALISED = /^\p{Lu}/u;

/** Per token: what its chunk (text between commas, semicolons, colons, brackets and stops) is like. */
export interface ChunkLayout {
  /** The chunk's index from the entry's start, and how many chunks follow it. */
  index: Int32Array;
  left: Int32Array;
  /** Words in the chunk. */
  words: Int32Array;
  /** Share of the chunk's words (of 4+ letters) that are capitalised, in quarters (0..4; 5 = none). */
  caps: Int32Array;
  /** Words of the chunk followed by a dot ("Phys.", "J."). */
  dotted: Int32Array;
  /** Whether the chunk holds a number. */
  digits: Uint8Array;
}

/** Cuts the entry into chunks and describes each (see ChunkLayout). */
export function chunkLayout(
  raw: string,
  tokens: readonly Token[],
  stopsAt: Int32Array,
): ChunkLayout {
  const n = tokens.length;
  const out: ChunkLayout = {
    index: new Int32Array(n),
    left: new Int32Array(n),
    words: new Int32Array(n),
    caps: new Int32Array(n),
    dotted: new Int32Array(n),
    digits: new Uint8Array(n),
  };
  const bounds: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < n; i++) {
    const ends = CHUNK_END.has(tokens[i]!.text) || stopsAt[i + 1] !== stopsAt[i];
    if (ends || i === n - 1) {
      bounds.push([from, i + 1]);
      from = i + 1;
    }
  }
  bounds.forEach(([a, b], k) => {
    let words = 0;
    let long = 0;
    let caps = 0;
    let dotted = 0;
    let digits = 0;
    for (let i = a; i < b; i++) {
      const t = tokens[i]!.text;
      if (WORD.test(t)) {
        words++;
        if (t.length >= 4) {
          long++;
          if (CAPITALISED.test(t)) caps++;
        }
        if (raw[tokens[i]!.end] === '.') dotted++;
      } else if (t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57) digits = 1;
    }
    const share = long === 0 ? 5 : Math.round((4 * caps) / long);
    for (let i = a; i < b; i++) {
      out.index[i] = k;
      out.left[i] = bounds.length - 1 - k;
      out.words[i] = words;
      out.caps[i] = share;
      out.dotted[i] = dotted;
      out.digits[i] = digits;
    }
  });
  return out;
}
