/** A small seeded PRNG (mulberry32) and sampling helpers, so generated libraries are reproducible. */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A uniformly chosen element. */
  pick<T>(items: readonly T[]): T;
  /** An element chosen with a Zipf-like skew towards the front of the list (exponent s). */
  zipf<T>(items: readonly T[], s?: number): T;
}

/** Creates a deterministic generator from a 32-bit seed. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const cumulative = new Map<string, Float64Array>();
  const zipfTable = (n: number, s: number): Float64Array => {
    const key = `${n}:${s}`;
    let table = cumulative.get(key);
    if (!table) {
      table = new Float64Array(n);
      let sum = 0;
      for (let i = 0; i < n; i++) table[i] = sum += 1 / Math.pow(i + 1, s);
      for (let i = 0; i < n; i++) table[i] = (table[i] ?? 0) / sum;
      cumulative.set(key, table);
    }
    return table;
  };
  const at = <T>(items: readonly T[], i: number): T => {
    const item = items[i];
    if (item === undefined) throw new Error(`sampling from an empty list (index ${i})`);
    return item;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => at(items, Math.floor(next() * items.length)),
    zipf: (items, s = 1) => {
      const table = zipfTable(items.length, s);
      const r = next();
      let lo = 0;
      let hi = table.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((table[mid] ?? 1) < r) lo = mid + 1;
        else hi = mid;
      }
      return at(items, lo);
    },
  };
}
