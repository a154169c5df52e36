// Posting lists as slices of one shared pool: growing, moving, filtering and packing keep contents.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { asHalf, HALF_VALUES, toHalf } from '../../../src/core/search/halfWeights';
import { PostingPool, Postings, poolArrays } from '../../../src/core/search/pool';

type Op =
  | { kind: 'push'; list: number; doc: number }
  | { kind: 'filter'; list: number; mod: number }
  | { kind: 'release'; list: number }
  | { kind: 'pack' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('push' as const),
      list: fc.nat(5),
      doc: fc.nat(1000),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('filter' as const),
      list: fc.nat(5),
      mod: fc.integer({ min: 2, max: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('release' as const), list: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'pack' as const }) },
);

const contents = (pool: PostingPool, p: Postings): [number, number][] =>
  Array.from({ length: p.length }, (_, i) => [
    pool.docs[p.offset + i]!,
    HALF_VALUES[pool.weights[p.offset + i]!]!,
  ]);

describe('PostingPool', () => {
  it('keeps every list equal to a plain array model through any operations', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const lists = new Map<number, Postings>();
        const model = new Map<number, [number, number][]>();
        const pool = new PostingPool(() => lists.values(), 8);
        for (const o of ops) {
          if (o.kind === 'push') {
            if (!lists.has(o.list)) lists.set(o.list, new Postings());
            pool.push(lists.get(o.list)!, o.doc, o.doc / 4);
            model.set(o.list, [...(model.get(o.list) ?? []), [o.doc, o.doc / 4]]);
          } else if (o.kind === 'filter' && lists.has(o.list)) {
            pool.filter(lists.get(o.list)!, (d) => (d % o.mod === 0 ? d + 1 : -1));
            model.set(
              o.list,
              model
                .get(o.list)!
                .filter(([d]) => d % o.mod === 0)
                .map(([d, w]) => [d + 1, w]),
            );
          } else if (o.kind === 'release' && lists.has(o.list)) {
            pool.release(lists.get(o.list)!);
            lists.delete(o.list);
            model.delete(o.list);
          } else if (o.kind === 'pack') {
            pool.pack();
          }
          for (const [id, p] of lists) {
            expect(contents(pool, p)).toEqual(model.get(id) ?? []);
            expect(p.offset + p.capacity).toBeLessThanOrEqual(pool.docs.length);
          }
        }
        // No two lists share room.
        const slices = [...lists.values()]
          .filter((p) => p.capacity > 0)
          .sort((a, b) => a.offset - b.offset);
        slices.forEach((p, i) => {
          const next = slices[i + 1];
          if (next) expect(p.offset + p.capacity).toBeLessThanOrEqual(next.offset);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('packs away the room of moved and released lists', () => {
    const lists: Postings[] = [new Postings(), new Postings()];
    const pool = new PostingPool(() => lists, 8);
    for (let i = 0; i < 1000; i++) pool.push(lists[i % 2]!, i, 1);
    pool.release(lists.pop()!);
    pool.pack(0);
    expect(pool.docs.length).toBeLessThan(600);
    expect(contents(pool, lists[0]!).map(([d]) => d)).toEqual(
      Array.from({ length: 500 }, (_, i) => 2 * i),
    );
  });

  it('lets go of the arrays it outgrows at once (detached, not left for a full GC)', () => {
    const list = new Postings();
    const pool = new PostingPool(() => [list], 8);
    const first = pool.docs;
    for (let i = 0; i < 100; i++) pool.push(list, i, 1);
    expect(pool.docs === first).toBe(false);
    expect(first.buffer.byteLength).toBe(0);
    expect(contents(pool, list).map(([d]) => d)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('packs in place (no second pair of arrays) unless the lists would fill under half', () => {
    const lists: Postings[] = [new Postings(), new Postings(), new Postings()];
    const pool = new PostingPool(() => lists, 8);
    for (let i = 0; i < 3000; i++) pool.push(lists[i % 3]!, i, i / 2);
    const [docs, weights, size] = [pool.docs, pool.weights, pool.docs.length];
    const lastBefore = Math.max(...lists.map((p) => p.offset));
    pool.pack();
    expect(pool.docs === docs && pool.weights === weights).toBe(true);
    expect(Math.max(...lists.map((p) => p.offset))).toBeLessThan(lastBefore);
    expect(contents(pool, lists[2]!)[999]).toEqual([2999, asHalf(1499.5)]);
    // A third of the room left in use: smaller arrays, and the old ones let go at once.
    pool.release(lists.pop()!);
    pool.release(lists.pop()!);
    pool.pack();
    expect(pool.docs.length).toBeLessThan(size / 2);
    expect(docs.buffer.byteLength).toBe(0);
    expect(weights.buffer.byteLength).toBe(0);
    expect(contents(pool, lists[0]!).map(([d]) => d)).toEqual(
      Array.from({ length: 1000 }, (_, i) => 3 * i),
    );
  });
});

/** WebAssembly as these tests reach it (the node typings leave it out). */
interface WasmMemoryLike {
  grow(pages: number): number;
}
const wasm = (
  globalThis as unknown as {
    WebAssembly: {
      Memory: { new (descriptor: { initial: number }): WasmMemoryLike; prototype: WasmMemoryLike };
    };
  }
).WebAssembly;

describe('PostingPool growing in place', () => {
  /** A pool whose arrays grow in place from 64 postings on. */
  const growingPool = (lists: Postings[]) => new PostingPool(() => lists, 8, 64);

  it('grows its large arrays without copying: the arrays it outgrows keep the same memory', () => {
    const list = new Postings();
    const pool = growingPool([list]);
    for (let i = 0; i < 100; i++) pool.push(list, i, i / 2);
    expect(pool.growsInPlace).toBe(true);
    const before = pool.docs.buffer;
    // Past a WebAssembly page (16,384 postings) of room: new pages are added.
    for (let i = 100; i < 50_000; i++) pool.push(list, i, i / 2);
    // Grown by adding pages to the same WebAssembly memory: the old buffer is detached by the
    // growth itself, and nothing was allocated beside it.
    expect(before.byteLength).toBe(0);
    expect(pool.growsInPlace).toBe(true);
    expect(contents(pool, list)).toEqual(
      Array.from({ length: 50_000 }, (_, i) => [i, asHalf(i / 2)]),
    );
  });

  it('keeps small pools in plain arrays', () => {
    const list = new Postings();
    const pool = new PostingPool(() => [list], 8);
    for (let i = 0; i < 5000; i++) pool.push(list, i, 1);
    expect(pool.growsInPlace).toBe(false);
  });

  it('leaves the arrays being written out untouched while frozen, and grows in place after', () => {
    const list = new Postings();
    const pool = growingPool([list]);
    for (let i = 0; i < 200; i++) pool.push(list, i, 1);
    pool.frozen = true;
    const written = pool.docs.subarray(list.offset, list.offset + list.length);
    for (let i = 200; i < 50_000; i++) pool.push(list, i, 1);
    expect(pool.growsInPlace).toBe(false); // copied into plain arrays: the written ones stay
    expect(Array.from(written)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    pool.frozen = false;
    for (let i = 50_000; i < 150_000; i++) pool.push(list, i, 1);
    expect(pool.growsInPlace).toBe(true);
    expect(contents(pool, list).map(([d]) => d)).toEqual(
      Array.from({ length: 150_000 }, (_, i) => i),
    );
  });

  it('grows by copying, keeping every posting, when WebAssembly memory cannot grow', () => {
    const list = new Postings();
    const pool = growingPool([list]);
    for (let i = 0; i < 100; i++) pool.push(list, i, i / 2);
    expect(pool.growsInPlace).toBe(true);
    const refuse = vi.spyOn(wasm.Memory.prototype, 'grow').mockImplementation(() => {
      throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded');
    });
    try {
      for (let i = 100; i < 50_000; i++) pool.push(list, i, i / 2);
      expect(refuse).toHaveBeenCalled();
      expect(pool.growsInPlace).toBe(false);
      expect(contents(pool, list)).toEqual(
        Array.from({ length: 50_000 }, (_, i) => [i, asHalf(i / 2)]),
      );
    } finally {
      refuse.mockRestore();
    }
    // Refused once, not tried again: later growth copies too.
    for (let i = 50_000; i < 120_000; i++) pool.push(list, i, i / 2);
    expect(pool.growsInPlace).toBe(false);
    expect(contents(pool, list)).toHaveLength(120_000);
  });

  it('uses plain arrays when no WebAssembly memory can be made', () => {
    const refuse = vi.spyOn(wasm, 'Memory').mockImplementation(function refused() {
      throw new RangeError('WebAssembly.Memory(): could not allocate memory');
    });
    try {
      const list = new Postings();
      const pool = growingPool([list]);
      for (let i = 0; i < 50_000; i++) pool.push(list, i, 1);
      expect(refuse).toHaveBeenCalled();
      expect(pool.growsInPlace).toBe(false);
      expect(contents(pool, list).map(([d]) => d)).toEqual(
        Array.from({ length: 50_000 }, (_, i) => i),
      );
    } finally {
      refuse.mockRestore();
    }
  });

  it('keeps every list equal to a plain array model through any operations', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(5), fc.nat(1000), fc.nat(20)), { maxLength: 400 }),
        (ops) => {
          const lists = new Map<number, Postings>();
          const model = new Map<number, number[]>();
          const pool = new PostingPool(() => lists.values(), 8, 32);
          for (const [list, doc, what] of ops) {
            if (what === 0) pool.pack();
            else if (what === 1 && lists.has(list)) {
              pool.release(lists.get(list)!);
              lists.delete(list);
              model.delete(list);
            } else {
              if (!lists.has(list)) lists.set(list, new Postings());
              pool.push(lists.get(list)!, doc, doc / 4);
              model.set(list, [...(model.get(list) ?? []), doc]);
            }
          }
          for (const [id, p] of lists) {
            expect(contents(pool, p)).toEqual((model.get(id) ?? []).map((d) => [d, asHalf(d / 4)]));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('grows a kept pool read into poolArrays in place when edits outgrow its room', () => {
    // A kept list of 60 postings, read back with room for 40 more (as a start reads the index).
    const kept = poolArrays(100, 64);
    expect(kept.growing).not.toBeNull();
    for (let i = 0; i < 60; i++) [kept.docs[i], kept.weights[i]] = [i, toHalf(i / 2)];
    const list = new Postings();
    [list.offset, list.length, list.capacity] = [0, 60, 60];
    const pool = new PostingPool(() => [list], 8, 64);
    pool.adopt(kept.docs, kept.weights, 60, 60, kept.growing);
    expect(pool.growsInPlace).toBe(true);
    const before = pool.docs.buffer;
    // Past the room and a WebAssembly page: pages are added to the same memory, no copy made.
    for (let i = 60; i < 40_000; i++) pool.push(list, i, i / 2);
    expect(before.byteLength).toBe(0);
    expect(pool.growsInPlace).toBe(true);
    expect(contents(pool, list)).toEqual(
      Array.from({ length: 40_000 }, (_, i) => [i, asHalf(i / 2)]),
    );
  });

  it('reads a small kept pool into plain arrays, and refuses arrays not of the memory given', () => {
    expect(poolArrays(100).growing).toBeNull();
    const { growing } = poolArrays(100, 64);
    const pool = new PostingPool(() => [], 8, 64);
    expect(() => pool.adopt(new Int32Array(100), new Uint16Array(100), 0, 0, growing)).toThrow(
      /not views of the memory/,
    );
  });

  it('reads a kept pool into plain arrays when no WebAssembly memory can be made', () => {
    const refuse = vi.spyOn(wasm, 'Memory').mockImplementation(function refused() {
      throw new RangeError('WebAssembly.Memory(): could not allocate memory');
    });
    try {
      const kept = poolArrays(100, 64);
      expect(kept.growing).toBeNull();
      expect(kept.docs).toHaveLength(100);
      expect(kept.weights).toHaveLength(100);
    } finally {
      refuse.mockRestore();
    }
  });
});
