// A search index kept as bytes between runs: the restored index answers as the one written, and
// keeps taking updates; bytes of another format, cut short or damaged are refused.
import { describe, expect, it } from 'vitest';
import {
  byteSourceOf,
  createSearchIndex,
  searchTextOf,
  type SearchIndex,
} from '../../../src/core/search';
import { paper } from './bundledPaper';
import { fixtureIndex, work } from './fixtures';
import { joined } from './joinedChunks';

const QUERIES = ['m', 'mi', 'migra', 'governance', 'lavenex 2011', 'zzz', 'é', 'partnershp'];

/** The index's bytes as they come back from disk: one buffer, nothing shared. */
const bytesOf = (index: SearchIndex): Uint8Array => joined(index.toBytes());

/** Works enough that removing most of them compacts the index (over 1,000 removed). */
const many = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) =>
    work(`bulk${from + i}`, {
      title: `Bulk record ${from + i} on migration`,
      year: 2000 + (i % 20),
    }),
  );

/** A new index holding what `bytes` kept (what the service does at open, in place). */
function restored(bytes: Uint8Array): SearchIndex {
  const index = createSearchIndex();
  index.restoreBytes(bytes);
  return index;
}

const roundTrip = (index: SearchIndex): SearchIndex => restored(bytesOf(index));

const everything = (index: SearchIndex, q: string) => index.search(q, { limitPerKind: 100 });

describe('search index snapshot', () => {
  it('restores an index that answers every query exactly as the original', () => {
    const index = fixtureIndex();
    index.remove('note', 'n2'); // a removed slot travels too
    const restored = roundTrip(index);
    for (const q of QUERIES) expect(everything(restored, q)).toEqual(everything(index, q));
    for (const kind of ['work', 'note', 'claim', 'passage'] as const)
      expect(restored.count(kind)).toBe(index.count(kind));
  });

  it('keeps taking additions, edits and removals after it was restored', () => {
    const index = fixtureIndex();
    const restored = roundTrip(index);
    for (const i of [index, restored]) {
      i.upsertWork(work('okafor2020', { title: 'Readmission in Moldova', year: 2020 }));
      i.upsertNote({ id: 'n1', title: 'Rewritten', body: 'nothing about that', tags: [] });
      i.remove('work', 'lavenex2011');
    }
    for (const q of ['moldova', 'readm', 'rewritten', 'lavenex', ...QUERIES])
      expect(everything(restored, q)).toEqual(everything(index, q));
  });

  it('refuses bytes of another format, cut short, or whose postings point outside', () => {
    const bytes = bytesOf(fixtureIndex());
    expect(() => restored(bytes.subarray(0, bytes.length - 8))).toThrow(/[Dd]amaged/);
    expect(() => restored(bytes.subarray(0, 100))).toThrow();
    const other = bytes.slice();
    other[0] = (other[0] ?? 0) ^ 0xff; // another tag
    expect(() => restored(other)).toThrow(/another kind/);
    // The first posting names a document far past the last.
    const damaged = bytes.slice();
    new DataView(damaged.buffer).setInt32(poolStart(bytes), 1_000_000, true);
    expect(() => restored(damaged)).toThrow(/[Dd]amaged/);
  });

  it('drops removed items when written: the index read back weighs words as a fresh one', () => {
    const index = fixtureIndex();
    const fresh = fixtureIndex();
    for (const i of [index, fresh]) i.remove('work', 'lavenex2011');
    index.upsertNote({ id: 'n1', title: 'Rewritten', body: 'nothing about that', tags: [] });
    index.upsertNote({ id: 'n1', title: 'Rewritten again', body: 'nothing', tags: [] });
    fresh.upsertNote({ id: 'n1', title: 'Rewritten again', body: 'nothing', tags: [] });
    const back = roundTrip(index);
    for (const q of ['rewritten', 'nothing', 'migration', ...QUERIES])
      expect(everything(back, q)).toEqual(everything(fresh, q));
  });

  it('writes the index as it was when the write began, while it takes changes meanwhile', async () => {
    const index = fixtureIndex();
    index.addWorks(many(0, 3000));
    const before = restored(bytesOf(index)); // what the write must keep
    let written: Uint8Array | null = null;
    await index.writeBytes(async (chunks) => {
      // While the bytes are being written: removals enough to compact, additions enough to
      // outgrow the pool, an edit; each searchable at once.
      for (let i = 0; i < 2500; i++) index.remove('work', `bulk${i}`);
      index.addWorks(many(5000, 3000));
      index.upsertNote({ id: 'n1', title: 'Rewritten meanwhile', body: 'quokka', tags: [] });
      expect(everything(index, 'quokka').notes.map((h) => h.id)).toEqual(['n1']);
      expect(index.has('work', 'bulk10')).toBe(false);
      written = joined(chunks);
    });
    const back = restored(written!);
    for (const q of ['bulk', 'record', 'rewritten', 'quokka', ...QUERIES])
      expect(everything(back, q)).toEqual(everything(before, q));
    // Once written, the index compacts and packs again, and answers as a fresh one.
    const fresh = fixtureIndex();
    fresh.addWorks(many(2500, 500));
    fresh.addWorks(many(5000, 3000));
    fresh.upsertNote({ id: 'n1', title: 'Rewritten meanwhile', body: 'quokka', tags: [] });
    const again = roundTrip(index);
    for (const q of ['bulk', 'record', 'quokka', ...QUERIES])
      expect(everything(again, q)).toEqual(everything(fresh, q));
  });

  it('reads kept bytes back in steps, giving the caller turns, to the same index', async () => {
    const index = fixtureIndex();
    index.addWorks(many(0, 3000));
    const bytes = bytesOf(index);
    const whole = restored(bytes);
    const stepped = createSearchIndex();
    let turns = 0;
    let searchedMeanwhile = 0;
    await stepped.restoreFrom(byteSourceOf(bytes), undefined, async () => {
      turns++;
      // Between steps the index being restored into still answers as it was (not yet replaced).
      searchedMeanwhile += stepped.search('bulk').works.length;
    });
    expect(turns).toBeGreaterThanOrEqual(3); // after the documents, the terms and the postings
    expect(searchedMeanwhile).toBe(0);
    for (const q of ['bulk', 'record', ...QUERIES]) {
      expect(everything(stepped, q)).toEqual(everything(whole, q));
    }
  });

  it('reads kept bytes back a section at a time as it reads them whole, and refuses damage', async () => {
    const index = fixtureIndex();
    index.remove('note', 'n2');
    const bytes = bytesOf(index);
    const whole = restored(bytes);
    const parts = createSearchIndex();
    await parts.restoreFrom(byteSourceOf(bytes));
    for (const q of QUERIES) expect(everything(parts, q)).toEqual(everything(whole, q));
    // It keeps taking changes (the pool read back has room to grow into) as the original does.
    for (const i of [parts, index]) {
      i.addWorks(many(0, 1200));
      i.upsertNote({ id: 'n1', title: 'Rewritten', body: 'nothing about that', tags: [] });
    }
    for (const q of ['bulk', 'rewritten', ...QUERIES])
      expect(everything(parts, q)).toEqual(everything(index, q));
    const cut = bytes.subarray(0, bytes.length - 8);
    await expect(createSearchIndex().restoreFrom(byteSourceOf(cut))).rejects.toThrow(/[Dd]amaged/);
    const other = bytes.slice();
    other[0] = (other[0] ?? 0) ^ 0xff;
    await expect(createSearchIndex().restoreFrom(byteSourceOf(other))).rejects.toThrow(
      /another kind/,
    );
  });

  it('restores in place: the added papers’ index and the object stay, and answer with it', () => {
    const text = { ...searchTextOf({ ...paper, documentId: 'd-1' }), version: 'v1' };
    const index = fixtureIndex();
    const kept = bytesOf(index);
    index.upsertWork(work('gone2020', { title: 'Not in the snapshot', year: 2020 }));
    index.setPaperText(text);
    const papers = index.papers;
    index.restoreBytes(kept);
    expect(index.papers).toBe(papers);
    expect(index.has('work', 'gone2020')).toBe(false);
    expect(index.has('work', 'kohler2011')).toBe(true);
    const passages = index.rank('migration', { limitPerKind: 50 }).top.passage;
    expect(
      passages.some(({ item }) => (item as { documentId?: string }).documentId === 'd-1'),
    ).toBe(true);
  });
});

/** Where the posting pool's documents start: the second last section (see byteSections.ts). */
function poolStart(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const json = view.getUint32(4, true);
  const count = view.getUint32(8, true);
  const table = 12 + json + ((8 - ((12 + json) % 8)) % 8);
  let at = table + count * 8;
  for (let i = 0; i < count - 2; i++) {
    const size = view.getFloat64(table + i * 8, true);
    at += size + ((8 - (size % 8)) % 8);
  }
  return at;
}
