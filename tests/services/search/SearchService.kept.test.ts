// SearchService with a kept index: read back (and changes made while it is read applied to it),
// built and kept when there is none or it is damaged, not kept when the data moved on meanwhile.
import { beforeAll, describe, expect, it } from 'vitest';
import { searchTextOf } from '../../../src/core/search';
import { LibraryService } from '../../../src/services/library';
import {
  decodeSnapshot,
  encodeSnapshot,
  SearchService,
  type EncodedSnapshot,
  type IndexableNote,
  type KeptSearchIndex,
  type SearchSnapshot,
} from '../../../src/services/search';

let library: LibraryService;
beforeAll(async () => {
  library = await LibraryService.open();
});

const note = (id: string, title: string): IndexableNote => ({ id, title, body: '', tags: [] });

/** A kept index in memory (encoded as on disk), its data at `version`; `read` can be held back. */
function memoryKept(version: { now: string | null }) {
  let file: { version: string; encoded: EncodedSnapshot } | null = null;
  let hold: Promise<void> = Promise.resolve();
  const writes: string[] = [];
  const kept: KeptSearchIndex = {
    version: async () => version.now,
    read: async (v) => {
      await hold;
      return file?.version === v ? decodeSnapshot(file.encoded) : null;
    },
    write: async (v, snapshot: SearchSnapshot) => {
      writes.push(v);
      file = { version: v, encoded: JSON.parse(JSON.stringify(encodeSnapshot(snapshot))) };
    },
  };
  return {
    kept,
    writes,
    holdReads: () => {
      let release = () => {};
      hold = new Promise((resolve) => (release = resolve));
      return release;
    },
    damage: () => file && (file.encoded.index.docs = 'not base64 of postings!'),
  };
}

const noteHits = (s: SearchService, q: string) => s.search(q).notes.map((h) => h.id);

describe('SearchService with a kept index', () => {
  it('builds and keeps the index, then reads it back without reading the sources', async () => {
    const version = { now: 'v1' };
    const store = memoryKept(version);
    const built = SearchService.start(
      { library, notes: [note('n1', 'Quokka census')] },
      { kept: store.kept },
    );
    await built.ready;
    await built.kept;
    expect(built.restored).toBe(false);
    expect(store.writes).toEqual(['v1']);

    const read = SearchService.start(
      { library, notes: Promise.reject(new Error('the sources must not be needed')) },
      { kept: store.kept },
    );
    await read.ready;
    expect(read.restored).toBe(true);
    expect(read.sourceErrors).toEqual([]);
    expect(noteHits(read, 'quokka')).toEqual(['n1']);
    expect(read.search('Kohler').passages.length).toBeGreaterThan(0);
  });

  it('applies the changes made while the kept index is read', async () => {
    const version = { now: 'v1' };
    const store = memoryKept(version);
    const built = SearchService.start(
      { library, notes: [note('n1', 'Quokka census')] },
      { kept: store.kept },
    );
    await built.kept;
    const release = store.holdReads();
    const read = SearchService.start({ library, notes: [] }, { kept: store.kept });
    await new Promise((r) => setTimeout(r, 10));
    read.noteChanged(note('n1', 'Wombat census'));
    read.noteChanged(note('n2', 'Numbat census'));
    release();
    await read.ready;
    expect(read.restored).toBe(true);
    expect(noteHits(read, 'quokka')).toEqual([]);
    expect(noteHits(read, 'wombat')).toEqual(['n1']);
    expect(noteHits(read, 'numbat')).toEqual(['n2']);
  });

  it('builds again when the kept index is of another version or damaged', async () => {
    const version = { now: 'v1' };
    const store = memoryKept(version);
    await SearchService.start(
      { library, notes: [note('n1', 'Quokka census')] },
      { kept: store.kept },
    ).kept;
    version.now = 'v2';
    const stale = SearchService.start(
      { library, notes: [note('n1', 'Wombat census')] },
      { kept: store.kept },
    );
    await stale.kept;
    expect(stale.restored).toBe(false);
    expect(noteHits(stale, 'wombat')).toEqual(['n1']);
    expect(store.writes).toEqual(['v1', 'v2']);
    store.damage();
    const damaged = SearchService.start(
      { library, notes: [note('n1', 'Numbat census')] },
      { kept: store.kept },
    );
    await damaged.ready;
    expect(damaged.restored).toBe(false);
    expect(noteHits(damaged, 'numbat')).toEqual(['n1']);
  });

  it('keeps nothing when the data changed while the index was built', async () => {
    const version = { now: 'v1' as string | null };
    const store = memoryKept(version);
    let resolve: (notes: IndexableNote[]) => void = () => {};
    const notes = new Promise<IndexableNote[]>((r) => (resolve = r));
    const service = SearchService.start({ library, notes }, { kept: store.kept });
    await new Promise((r) => setTimeout(r, 10));
    service.noteChanged(note('n2', 'Written meanwhile'));
    resolve([note('n1', 'Quokka census')]);
    await service.kept;
    expect(store.writes).toEqual([]);
    // Nor when the data is at another version by the time the build ends.
    const other = SearchService.start(
      { library, notes: Promise.resolve([]).then((n) => ((version.now = 'v3'), n)) },
      { kept: store.kept },
    );
    await other.kept;
    expect(store.writes).toEqual([]);
  });

  it('indexes again the added papers kept by reference (not in the kept index) after a restore', async () => {
    const store = memoryKept({ now: 'v1' });
    const text = { ...searchTextOf({ ...library.paper, documentId: 'd-1' }), version: 'v1' };
    const texts = { searchText: async (id: string) => (id === 'd-1' ? text : null) };
    const paperHits = async (s: SearchService) =>
      (await s.find('Kohler', { limitPerKind: 500 })).passages.filter((h) =>
        h.id.startsWith('d-1#'),
      ).length;
    const built = SearchService.start({ library, documents: [text] }, { texts, kept: store.kept });
    await built.kept;
    const read = SearchService.start({ library, documents: [text] }, { texts, kept: store.kept });
    await read.ready;
    expect(read.restored).toBe(true);
    expect(await paperHits(read)).toBeGreaterThan(0);
    expect(await paperHits(read)).toBe(await paperHits(built));
  });
});
