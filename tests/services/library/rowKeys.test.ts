// RowKeys: row numbers by key, keeping no key, answer as a Map by key would.
import { describe, expect, it } from 'vitest';
import { RowKeys } from '../../../src/services/library/rowKeys';

/** A small deterministic PRNG, so a failure repeats. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

describe('RowKeys', () => {
  it('answers every key as a Map would, through sets that replace rows and absent keys', () => {
    const random = rng(42);
    const rows: string[] = [];
    const index = new RowKeys((row) => rows[row]!, 3000);
    const map = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      // Few distinct keys of few letters: many land in the same slots and many repeat.
      const key = `k${Math.floor(random() * 2500).toString(36)}`;
      const at = index.get(key);
      expect(at).toBe(map.get(key));
      if (at !== undefined && random() < 0.5) continue;
      const row = rows.push(key) - 1;
      index.set(key, row);
      map.set(key, row);
    }
    for (const [key, row] of map) expect(index.get(key)).toBe(row);
    for (const absent of ['', 'k', 'zz-none', 'K1', 'k1 '])
      expect(index.get(absent)).toBe(map.get(absent));
  });

  it('holds as many keys as its room (a key set again takes none) and refuses more', () => {
    const keys = Array.from({ length: 8 }, (_, i) => `key${i}`);
    const index = new RowKeys((row) => keys[row]!, 8);
    keys.forEach((key, row) => index.set(key, row));
    keys.forEach((key, row) => expect(index.get(key)).toBe(row));
    index.set('key3', 3); // a key already there takes no more room
    expect(() => index.set('key8', 8)).toThrow(RangeError);
  });

  it('tells keys of other characters apart (wide, empty, equal but for one character)', () => {
    const keys = ['', 'a', 'ä', 'a\u0308', '移民', '🧭', 'ab', 'ba'];
    const index = new RowKeys((row) => keys[row]!, keys.length);
    keys.forEach((key, row) => index.set(key, row));
    keys.forEach((key, row) => expect(index.get(key)).toBe(row));
  });
});
