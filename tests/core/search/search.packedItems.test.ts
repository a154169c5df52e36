// Items indexed in bulk kept packed as their JSON's bytes (SearchIndex.packItems): the index
// answers exactly as one keeping the items as objects, and is written out from those bytes as
// they are, not encoded again.
import { describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchIndex } from '../../../src/core/search';
import { CLAIMS, fixtureIndex, NOTES, WORKS, work } from './fixtures';
import { joined } from './joinedChunks';

const QUERIES = ['m', 'mi', 'migra', 'governance', 'lavenex 2011', 'zzz', 'é', 'partnershp'];

const everything = (index: SearchIndex, q: string) => index.search(q, { limitPerKind: 100 });

/** The fixture index, its items indexed while packing. */
function packedFixtureIndex(): SearchIndex {
  const index = createSearchIndex();
  index.packItems(true);
  index.addWorks(WORKS);
  index.addNotes(NOTES);
  index.addClaims(CLAIMS);
  index.packItems(false);
  return index;
}

/** Many works with long titles: their packed bytes fill several chunks. */
const many = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    work(`bulk${i}`, { title: `Bulk record ${i} on migration ${'é and more '.repeat(40)}` }),
  );

describe('search index items kept packed', () => {
  it('answers every query exactly as an index keeping the items as objects', () => {
    const packed = packedFixtureIndex();
    const plain = fixtureIndex();
    for (const q of QUERIES) expect(everything(packed, q)).toEqual(everything(plain, q));
  });

  it('takes edits and removals after packing as the plain index does', () => {
    const packed = packedFixtureIndex();
    const plain = fixtureIndex();
    for (const index of [packed, plain]) {
      index.upsertWork(work('lavenex2011', { title: 'Renamed migration record' }));
      index.remove('note', NOTES[0]!.id);
      index.upsertNote({ ...NOTES[1]!, body: 'An edited body on partnership' });
    }
    for (const q of [...QUERIES, 'renamed'])
      expect(everything(packed, q)).toEqual(everything(plain, q));
  });

  it('is written as the same bytes as the plain index, its items not encoded again', () => {
    const works = many(2500);
    const plain = createSearchIndex();
    plain.addWorks(works);
    const packed = createSearchIndex();
    packed.packItems(true);
    packed.addWorks(works);
    packed.packItems(false);
    expect(Buffer.from(joined(packed.toBytes())).equals(joined(plain.toBytes()))).toBe(true);
    // The works' JSON is ~1.5 MB: the plain index encodes it into new buffers; the packed one
    // writes views of the chunks it packed them into (a run of items, one view).
    const ownBytes = (chunks: Uint8Array[]) =>
      chunks
        .filter((c) => c.byteOffset === 0 && c.buffer.byteLength === c.byteLength)
        .reduce((n, c) => n + c.byteLength, 0);
    const docs = works.reduce((n, w) => n + (w.csl.title as string).length, 0);
    expect(docs).toBeGreaterThan(1_000_000);
    expect(ownBytes(plain.toBytes()) - ownBytes(packed.toBytes())).toBeGreaterThan(docs);
  });

  it('indexes items added after a bulk load (its word cache let go) as before', () => {
    const bulk = createSearchIndex();
    bulk.packItems(true);
    bulk.addWorks(WORKS.slice(0, 3));
    bulk.packItems(false);
    bulk.addWorks(WORKS.slice(3));
    bulk.addNotes(NOTES);
    bulk.addClaims(CLAIMS);
    const plain = fixtureIndex();
    for (const q of QUERIES) expect(everything(bulk, q)).toEqual(everything(plain, q));
  });
});

describe('what the index keeps of a note', () => {
  it('is what its hit shows (id, title, body, tags), not the rest of a stored note', () => {
    const stored = {
      ...NOTES[0]!,
      createdAt: '2026-01-01T00:00:00.000Z',
      links: [{ kind: 'passage', quote: 'a quoted passage kept with the note only' }],
    };
    for (const packing of [true, false]) {
      const index = createSearchIndex();
      index.packItems(packing);
      index.addNotes([stored]);
      index.packItems(false);
      const bytes = Buffer.from(joined(index.toBytes())).toString('utf8');
      expect(bytes).toContain(JSON.stringify(NOTES[0]!.body));
      expect(bytes).not.toContain('a quoted passage kept with the note only');
      expect(bytes).not.toContain('2026-01-01T00:00:00.000Z');
      expect(index.search(NOTES[0]!.title).notes[0]?.id).toBe(NOTES[0]!.id);
    }
  });
});
