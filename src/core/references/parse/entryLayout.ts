// The layout of a reference entry that the tagger's features look at beyond a token's neighbours:
// its "sentences" (full stops that end a part, not an initial's dot), its comma-separated chunks
// and what each chunk looks like (long or short, Title Case, abbreviated, with numbers).
import type { Token } from './tokens';

/** The index of the first limit `k` is at most (limits.length when above all): a bucketed count. */
export const bucket = (k: number, limits: readonly number[]): number => {
  for (let at = 0; at < limits.length; at++) if (k <= limits[at]!) return at;
  return limits.length;
};

/**
 * "Sentence" stops of an entry: a full stop, "?" or "!" followed by a space or the end, that does
 * not close an initial ("J.") — the count before each token tells title from container.
 */
export function stopsBefore(raw: string, tokens: readonly Token[]): Int32Array {
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
