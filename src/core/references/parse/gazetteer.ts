// Names the training data knows as containers (journals, proceedings, series), publishers and
// places: the tagger's features say where an entry holds one ("J. Am. Chem. Soc.", "Springer",
// "New York"), which tells a journal from the end of a title better than the words alone.
// Names are kept as 32-bit hashes of their lower-cased words (punctuation ignored), so the model
// file holds no names.
import { mixText } from './featureHash';
import type { Token } from './tokens';

/** The kinds of name a gazetteer holds, in bit order. */
export const GAZETTEER_KINDS = ['container', 'publisher', 'place'] as const;
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

/** The longest name looked up, in words. */
export const MAX_NAME_WORDS = 10;
const WORD = /^[\p{L}\p{N}]/u;
const FNV_OFFSET = 0x811c9dc5;
const SEPARATOR = 0x1f;

/** The hash of a name given as its words (lower case, punctuation already left out). */
export function nameHash(words: readonly string[]): number {
  let h = FNV_OFFSET;
  for (const w of words) h = mixText(Math.imul(h ^ SEPARATOR, 0x01000193), w);
  return h | 0;
}

/** The words of a token list as a name's words: lower case, punctuation left out. */
export function nameWords(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => WORD.test(t.text)).map((t) => t.text.toLowerCase());
}

/**
 * Where a gazetteer's names occur in a token list: per token, one bit for each
 * (kind, place in the name: 0 first, 1 inside, 2 last, 3 the whole name in one word,
 * whether the name fills a part of the entry between punctuation marks) — see matchBit.
 */
export function matchBit(kind: number, place: number, wholePart: boolean): number {
  return ((kind * 4 + place) * 2 + (wholePart ? 1 : 0)) >>> 0;
}

/**
 * name hash -> its kind bits, in an open-addressing table: `matches` looks up every run of up to
 * ten words of an entry, and a Map boxes 32-bit keys (the lookups were a fifth of the features' time).
 */
class KindTable {
  private readonly keys: Int32Array;
  /** Bit k set for GAZETTEER_KINDS[k]; 0 marks an empty slot. */
  private readonly bits: Uint8Array;
  private readonly mask: number;

  constructor(kinds: ReadonlyMap<number, number>) {
    let size = 1;
    while (size < kinds.size * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.bits = new Uint8Array(size);
    for (const [h, bits] of kinds) {
      let at = this.slot(h);
      while (this.bits[at] !== 0) at = (at + 1) & this.mask;
      this.keys[at] = h;
      this.bits[at] = bits;
    }
  }

  /** The kind bits of name hash `h` (0 when unknown). */
  get(h: number): number {
    for (let at = this.slot(h); ; at = (at + 1) & this.mask) {
      const bits = this.bits[at]!;
      if (bits === 0 || this.keys[at] === h) return bits;
    }
  }

  private slot(h: number): number {
    return (Math.imul(h, 0x9e3779b1) >>> 7) & this.mask;
  }
}

/** A set of known names of each kind, looked up by nameHash. */
export class Gazetteer {
  /** name hash -> bit k set for GAZETTEER_KINDS[k]. */
  private readonly kinds: ReadonlyMap<number, number>;
  private readonly table: KindTable;

  constructor(names: Readonly<Partial<Record<GazetteerKind, ArrayLike<number>>>>) {
    const kinds = new Map<number, number>();
    GAZETTEER_KINDS.forEach((kind, k) => {
      for (const h of Array.from(names[kind] ?? [])) kinds.set(h, (kinds.get(h) ?? 0) | (1 << k));
    });
    this.kinds = kinds;
    this.table = new KindTable(kinds);
  }

  /** The names of each kind, sorted (for the model file). */
  names(): Record<GazetteerKind, Int32Array> {
    const out = {} as Record<GazetteerKind, Int32Array>;
    GAZETTEER_KINDS.forEach((kind, k) => {
      const list = [...this.kinds].filter(([, bits]) => bits & (1 << k)).map(([h]) => h);
      out[kind] = Int32Array.from(list).sort();
    });
    return out;
  }

  /** Per token, the match bits (matchBit) of every known name that covers it. */
  matches(tokens: readonly Token[]): Uint32Array {
    const out = new Uint32Array(tokens.length);
    const words: number[] = [];
    tokens.forEach((t, i) => {
      if (WORD.test(t.text)) words.push(i);
    });
    const lower = words.map((i) => tokens[i]!.text.toLowerCase());
    for (let a = 0; a < words.length; a++) {
      let h = FNV_OFFSET;
      for (let b = a; b < words.length && b < a + MAX_NAME_WORDS; b++) {
        h = mixText(Math.imul(h ^ SEPARATOR, 0x01000193), lower[b]!);
        const bits = this.table.get(h | 0);
        if (bits === 0) continue;
        const from = words[a]!;
        const to = words[b]!;
        const wholePart =
          !WORD.test(tokens[from - 1]?.text ?? '.') && !WORD.test(tokens[to + 1]?.text ?? '.');
        for (let k = 0; k < GAZETTEER_KINDS.length; k++) {
          if (!(bits & (1 << k))) continue;
          if (from === to) {
            out[from]! |= 1 << matchBit(k, 3, wholePart);
            continue;
          }
          out[from]! |= 1 << matchBit(k, 0, wholePart);
          for (let i = from + 1; i < to; i++) out[i]! |= 1 << matchBit(k, 1, wholePart);
          out[to]! |= 1 << matchBit(k, 2, wholePart);
        }
      }
    }
    return out;
  }
}
