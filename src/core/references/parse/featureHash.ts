// Feature hashing for the reference tagger: each feature (a template such as "previous word" and
// its values) becomes one 32-bit FNV-1a hash, computed from the parts without building the
// feature's string — building ~50 strings per token was most of the parser's time.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Mixed in between the parts of a feature, so "ab"+"c" and "a"+"bc" hash apart. */
const SEPARATOR = 0x1f;

/** FNV-1a of `text`'s UTF-16 code units, continuing from `h`. */
export function mixText(h: number, text: string): number {
  return mixRange(h, text, 0, text.length);
}

/** FNV-1a of the code units `text[from .. to - 1]`, continuing from `h` (a slice without making one). */
function mixRange(h: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Mixes a small non-negative integer (a bucket, a count, a code unit) into `h`. */
function mixInt(h: number, k: number): number {
  return Math.imul(Math.imul(h ^ SEPARATOR, FNV_PRIME) ^ (k & 0xffff), FNV_PRIME);
}

/** The seed of a feature template: its name hashed (a template without values is one feature). */
export function template(name: string): number {
  return mixText(FNV_OFFSET, name);
}

/**
 * Collects the feature hashes of one entry, token after token, in one growing Int32Array:
 * `hashes[offsets[i] .. offsets[i + 1]]` are the features of token i.
 */
export class FeatureSink {
  private buffer = new Int32Array(2048);
  private length = 0;
  private readonly starts: number[] = [0];

  /** A feature of `tpl` with text values. */
  text(tpl: number, a: string, b?: string, c?: string, d?: string): void {
    let h = mixText(Math.imul(tpl ^ SEPARATOR, FNV_PRIME), a);
    if (b !== undefined) h = mixText(Math.imul(h ^ SEPARATOR, FNV_PRIME), b);
    if (c !== undefined) h = mixText(Math.imul(h ^ SEPARATOR, FNV_PRIME), c);
    if (d !== undefined) h = mixText(Math.imul(h ^ SEPARATOR, FNV_PRIME), d);
    this.push(h);
  }

  /** A feature of `tpl` with one text value, `text.slice(from, to)`: the same hash as `text(tpl, slice)`. */
  textRange(tpl: number, text: string, from: number, to: number): void {
    this.push(mixRange(Math.imul(tpl ^ SEPARATOR, FNV_PRIME), text, from, to));
  }

  /** A feature of `tpl` with integer values (buckets, counts) and optionally one text value. */
  ints(tpl: number, a: number, b?: number, text?: string): void {
    let h = mixInt(tpl, a);
    if (b !== undefined) h = mixInt(h, b);
    if (text !== undefined) h = mixText(Math.imul(h ^ SEPARATOR, FNV_PRIME), text);
    this.push(h);
  }

  /** A feature that is the template alone ("first token", "a year"). */
  flag(tpl: number): void {
    this.push(tpl);
  }

  /** Closes the current token's feature list. */
  endToken(): void {
    this.starts.push(this.length);
  }

  /**
   * The hashes and per-token offsets collected, with the edge class before each token
   * (edges.ts; all 0, "no information", unless given).
   */
  finish(edges: Uint8Array = new Uint8Array(this.starts.length - 1)): TokenFeatures {
    return {
      hashes: this.buffer.subarray(0, this.length),
      offsets: Int32Array.from(this.starts),
      edges,
    };
  }

  private push(h: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Int32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = h | 0;
  }
}

/** The features of an entry's tokens: token i has `hashes[offsets[i]] .. hashes[offsets[i + 1] - 1]`. */
export interface TokenFeatures {
  hashes: Int32Array;
  offsets: Int32Array;
  /** The class of the boundary before each token (edges.ts): the transitions depend on it. */
  edges: Uint8Array;
}
