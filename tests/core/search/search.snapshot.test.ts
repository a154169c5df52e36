// A search index kept as data between runs: the restored index answers as the one snapshotted,
// and keeps taking updates; a snapshot of another format or a damaged one is refused.
import { describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  searchTextOf,
  SNAPSHOT_FORMAT,
  type IndexSnapshot,
  type SearchIndex,
} from '../../../src/core/search';
import { paper } from './bundledPaper';
import { fixtureIndex, work } from './fixtures';

const QUERIES = ['m', 'mi', 'migra', 'governance', 'lavenex 2011', 'zzz', 'é', 'partnershp'];

/** A snapshot as it comes back from disk: typed arrays and documents copied, nothing shared. */
function roundTrip(index: SearchIndex): SearchIndex {
  const s = index.snapshot();
  const copy: IndexSnapshot = {
    ...(JSON.parse(JSON.stringify({ ...s, lists: [], docs: [], weights: [] })) as IndexSnapshot),
    lists: Int32Array.from(s.lists),
    docs: Int32Array.from(s.docs),
    weights: Float32Array.from(s.weights),
  };
  return restored(copy);
}

/** A new index holding what `snapshot` kept (what the service does at open, in place). */
function restored(snapshot: IndexSnapshot): SearchIndex {
  const index = createSearchIndex();
  index.restore(snapshot);
  return index;
}

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

  it('refuses a snapshot of another format, or one whose lists point outside its postings', () => {
    const s = fixtureIndex().snapshot();
    expect(() => restored({ ...s, format: SNAPSHOT_FORMAT + 1 })).toThrow(/format/);
    const lists = s.lists.slice();
    lists[1] = s.docs.length + 5; // the first term's first list, far too long
    lists[0] = 0;
    expect(() => restored({ ...s, lists })).toThrow(/damaged|Damaged/);
  });

  it('restores in place: the added papers’ index and the object stay, and answer with it', () => {
    const text = { ...searchTextOf({ ...paper, documentId: 'd-1' }), version: 'v1' };
    const index = fixtureIndex();
    const kept = index.snapshot();
    index.upsertWork(work('gone2020', { title: 'Not in the snapshot', year: 2020 }));
    index.setPaperText(text);
    const papers = index.papers;
    index.restore(kept);
    expect(index.papers).toBe(papers);
    expect(index.has('work', 'gone2020')).toBe(false);
    expect(index.has('work', 'kohler2011')).toBe(true);
    const passages = index.rank('migration', { limitPerKind: 50 }).top.passage;
    expect(
      passages.some(({ item }) => (item as { documentId?: string }).documentId === 'd-1'),
    ).toBe(true);
  });
});
