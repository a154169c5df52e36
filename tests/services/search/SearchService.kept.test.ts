// SearchService with a kept index: built and kept with a ledger of each file's items, read back
// (changes made while it is read applied to it), brought up to date with only the files changed
// since, written again after changes, built afresh when it is damaged or of another bundled
// library; and whatever happened, answering exactly as an index built afresh.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Work } from '../../../src/core/bibliography/model';
import { byteSourceOf, searchTextOf } from '../../../src/core/search';
import { LibraryService } from '../../../src/services/library';
import {
  SearchService,
  type IndexableNote,
  type KeptSearchIndex,
  type SourceFiles,
  type SourceKind,
} from '../../../src/services/search';
import { work } from '../../core/search/fixtures';

let library: LibraryService;
beforeAll(async () => {
  library = await LibraryService.open();
});

const note = (id: string, title: string): IndexableNote => ({ id, title, body: '', tags: [] });

type Item = Work | IndexableNote;
const idOf = (item: Item) => ('citationKey' in item ? item.citationKey : item.id);

/**
 * Files in memory, as the store keeps them: works in two shards (by the key's last letter),
 * notes in one file, claims in another. Each write bumps the file's version; reads are counted.
 */
function memoryFiles() {
  const files = new Map<string, { version: number; items: Map<string, Item> }>();
  const reads: string[] = [];
  const pathOf = (kind: SourceKind, id: string) =>
    kind === 'work' ? `works/${id.charCodeAt(id.length - 1) % 2}` : `${kind}s`;
  const paths = (kind: SourceKind) => (kind === 'work' ? ['works/0', 'works/1'] : [`${kind}s`]);
  const file = (path: string) => {
    let f = files.get(path);
    if (!f) files.set(path, (f = { version: 0, items: new Map() }));
    return f;
  };
  const source: SourceFiles = {
    paths,
    pathOf,
    version: async (path) => String(file(path).version),
    read: async (_kind, path) => {
      reads.push(path);
      const f = file(path);
      // Items copied, as parsed from a file: never the objects the test holds.
      return {
        items: structuredClone([...f.items.values()]) as never[],
        version: String(f.version),
      };
    },
  };
  return {
    source,
    reads,
    put(kind: SourceKind, ...items: Item[]) {
      for (const item of items) {
        const f = file(pathOf(kind, idOf(item)));
        f.items.set(idOf(item), structuredClone(item));
        f.version++;
      }
    },
    remove(kind: SourceKind, id: string) {
      const f = file(pathOf(kind, id));
      f.items.delete(id);
      f.version++;
    },
  };
}

/** Bytes kept in memory (as written, one copy), with damage on demand and reads held back. */
function memoryBytes() {
  let kept: Uint8Array | null = null;
  let hold: Promise<void> = Promise.resolve();
  let holdWrite: Promise<void> = Promise.resolve();
  let writes = 0;
  return {
    bytes: {
      read: async () => {
        await hold;
        return kept && kept.slice();
      },
      open: async () => {
        await hold;
        return kept && byteSourceOf(kept.slice());
      },
      write: async (chunks: readonly Uint8Array[]) => {
        await holdWrite;
        writes++;
        const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.byteLength;
        }
        kept = out;
      },
    },
    get writes() {
      return writes;
    },
    damage: (cut: number) => (kept = kept && kept.subarray(0, cut)),
    get size() {
      return kept?.byteLength ?? 0;
    },
    holdReads: () => {
      let release = () => {};
      hold = new Promise((resolve) => (release = resolve));
      return release;
    },
    holdWrites: () => {
      let release = () => {};
      holdWrite = new Promise((resolve) => (release = resolve));
      return release;
    },
  };
}

function setup(base = 'b1') {
  const files = memoryFiles();
  const bytes = memoryBytes();
  const kept = (b = base): KeptSearchIndex => ({
    bytes: bytes.bytes,
    base: b,
    files: files.source,
    writeDelayMs: 10,
  });
  const start = (b = base) => SearchService.start({ library }, { kept: kept(b) });
  return { files, bytes, start };
}

const noteHits = (s: SearchService, q: string) => s.search(q).notes.map((h) => h.id);
const workHits = (s: SearchService, q: string) => s.search(q).works.map((h) => h.id);
const QUERIES = ['census', 'quokka', 'wombat', 'numbat', 'c', 'migration', 'lavenex 2011', 'zzz'];
const answers = (s: SearchService) => QUERIES.map((q) => s.search(q, { limitPerKind: 100 }));

describe('SearchService with a kept index', () => {
  it('builds and keeps the index, then reads it back without reading a file', async () => {
    const { files, bytes, start } = setup();
    files.put('note', note('n1', 'Quokka census'));
    files.put('work', work('census2020', { title: 'A wombat census', year: 2020 }));
    const built = start();
    await built.kept;
    expect(built.restored).toBe(false);
    expect(bytes.writes).toBe(1);

    files.reads.length = 0;
    const read = start();
    await read.kept;
    expect(read.restored).toBe(true);
    expect(files.reads).toEqual([]);
    expect(bytes.writes).toBe(1); // nothing changed: nothing written
    expect(read.sourceErrors).toEqual([]);
    expect(noteHits(read, 'quokka')).toEqual(['n1']);
    expect(workHits(read, 'wombat')).toEqual(['census2020']);
    expect(read.search('Kohler').passages.length).toBeGreaterThan(0);
    expect(answers(read)).toEqual(answers(built));
  });

  it('reads again only the files changed since, and answers as a fresh build', async () => {
    const { files, start } = setup();
    files.put(
      'work',
      work('census2020', { title: 'A quokka census', year: 2020 }),
      work('survey2021', { title: 'A wombat survey', year: 2021 }),
    );
    files.put('note', note('n1', 'Quokka census'), note('n2', 'Wombat census'));
    await start().kept;
    // census2020 and survey2021 are in different shards; only the first and the notes change.
    files.put('work', work('census2020', { title: 'A numbat census', year: 2020 }));
    files.remove('note', 'n2');
    files.reads.length = 0;
    const read = start();
    await read.kept;
    expect(read.restored).toBe(true);
    expect(files.reads.sort()).toEqual(['notes', 'works/0']);
    expect(workHits(read, 'numbat')).toEqual(['census2020']);
    expect(workHits(read, 'quokka')).toEqual([]);
    expect(noteHits(read, 'wombat')).toEqual([]);

    const fresh = setup();
    fresh.files.put(
      'work',
      work('census2020', { title: 'A numbat census', year: 2020 }),
      work('survey2021', { title: 'A wombat survey', year: 2021 }),
    );
    fresh.files.put('note', note('n1', 'Quokka census'));
    const built = fresh.start();
    await built.ready;
    expect(answers(read)).toEqual(answers(built));
    // What was brought up to date was kept: the next start reads no file.
    files.reads.length = 0;
    await start().kept;
    expect(files.reads).toEqual([]);
  });

  it('keeps the changes made while it runs, for the next start', async () => {
    const { files, bytes, start } = setup();
    files.put('note', note('n1', 'Quokka census'));
    const app = start();
    await app.kept;
    // The store writes the file, then announces the change (followChanges calls these).
    files.put('note', note('n1', 'Numbat census'));
    app.noteChanged(note('n1', 'Numbat census'));
    files.put('work', work('count2021', { title: 'Counting wombats', year: 2021 }));
    app.workChanged(work('count2021', { title: 'Counting wombats', year: 2021 }));
    await app.close();
    expect(bytes.writes).toBe(2);
    files.reads.length = 0;
    const next = start();
    await next.kept;
    expect(next.restored).toBe(true);
    // The changed files were checked before they were kept: nothing to read again.
    expect(files.reads).toEqual([]);
    expect(noteHits(next, 'numbat')).toEqual(['n1']);
    expect(noteHits(next, 'quokka')).toEqual([]);
    expect(workHits(next, 'wombats')).toEqual(['count2021']);
  });

  it('does not trust a file whose change was announced but not yet written', async () => {
    const { files, start } = setup();
    files.put('note', note('n1', 'Quokka census'));
    const app = start();
    await app.kept;
    // Announced (a debounced save, say) but the file still holds the old note: not verified.
    app.noteChanged(note('n1', 'Numbat census'));
    await app.close();
    files.reads.length = 0;
    const next = start();
    await next.kept;
    expect(files.reads).toEqual(['notes']);
    expect(noteHits(next, 'quokka')).toEqual(['n1']);
    expect(noteHits(next, 'numbat')).toEqual([]);
  });

  it('applies the changes made while the kept index is read', async () => {
    const { files, bytes, start } = setup();
    files.put('note', note('n1', 'Quokka census'));
    await start().kept;
    const release = bytes.holdReads();
    const read = start();
    await new Promise((r) => setTimeout(r, 10));
    files.put('note', note('n1', 'Wombat census'), note('n2', 'Numbat census'));
    read.noteChanged(note('n1', 'Wombat census'));
    read.noteChanged(note('n2', 'Numbat census'));
    release();
    await read.ready;
    expect(read.restored).toBe(true);
    expect(noteHits(read, 'quokka')).toEqual([]);
    expect(noteHits(read, 'wombat')).toEqual(['n1']);
    expect(noteHits(read, 'numbat')).toEqual(['n2']);
  });

  it('builds again when the kept index is of another bundled library, damaged or cut short', async () => {
    const { files, bytes, start } = setup();
    files.put('note', note('n1', 'Quokka census'));
    await start().kept;
    const other = start('b2');
    await other.kept;
    expect(other.restored).toBe(false);
    expect(noteHits(other, 'quokka')).toEqual(['n1']);
    for (const cut of [bytes.size - 4, 40, 3]) {
      bytes.damage(cut);
      files.put('note', note('n1', `Numbat census ${cut}`));
      const damaged = start('b2');
      await damaged.kept;
      expect(damaged.restored).toBe(false);
      expect(damaged.sourceErrors).toEqual([]);
      expect(noteHits(damaged, 'numbat')).toEqual(['n1']);
    }
  });

  it('runs a build from the files through whileBuilding, and a read-back without it', async () => {
    const { files, bytes } = setup();
    files.put('note', note('n1', 'Quokka census'));
    const builds: string[] = [];
    const start = (base: string) =>
      SearchService.start(
        { library },
        {
          kept: { bytes: bytes.bytes, base, files: files.source, writeDelayMs: 10 },
          whileBuilding: async <T>(build: () => Promise<T>): Promise<T> => {
            builds.push(`${base} began`);
            const built = await build();
            builds.push(`${base} ended`);
            return built;
          },
        },
      );
    const first = start('b1');
    await first.ready;
    // The build is done inside the wrapper: the items are searchable when it ends.
    expect(builds).toEqual(['b1 began', 'b1 ended']);
    expect(noteHits(first, 'quokka')).toEqual(['n1']);
    await first.kept;
    const read = start('b1');
    await read.kept;
    expect(read.restored).toBe(true);
    expect(builds).toEqual(['b1 began', 'b1 ended']);
    // Of another bundled library (or damaged): built again, through the wrapper.
    await start('b2').kept;
    expect(builds).toEqual(['b1 began', 'b1 ended', 'b2 began', 'b2 ended']);
  });

  it('keeps what the build read when the data changed while it ran, and reads that file again', async () => {
    const { files, start } = setup();
    files.put('note', note('n1', 'Quokka census'));
    const service = start();
    // Before the notes file is read: the change is announced and then made to the file.
    service.noteChanged(note('n2', 'Written meanwhile'));
    files.put('note', note('n2', 'Written meanwhile'));
    await service.kept;
    expect(noteHits(service, 'meanwhile')).toEqual(['n2']);
    files.reads.length = 0;
    const next = start();
    await next.kept;
    expect(noteHits(next, 'meanwhile')).toEqual(['n2']);
    expect(noteHits(next, 'quokka')).toEqual(['n1']);
  });

  it('makes a change searchable at once while the index is being written', async () => {
    const { files, bytes, start } = setup();
    files.put('note', note('n1', 'Quokka census'));
    const release = bytes.holdWrites();
    const app = start();
    await app.ready;
    files.put('note', note('n2', 'Numbat census'));
    app.noteChanged(note('n2', 'Numbat census'));
    expect(noteHits(app, 'numbat')).toEqual(['n2']);
    release();
    await app.close();
    const next = start();
    await next.kept;
    expect(noteHits(next, 'numbat')).toEqual(['n2']);
  });

  it('closing waits for the index being written, and writes the last changes', async () => {
    const { files, bytes, start } = setup();
    files.put('note', note('n1', 'Quokka census'));
    const app = start();
    await app.ready;
    files.put('note', note('n2', 'Numbat census'));
    app.noteChanged(note('n2', 'Numbat census'));
    await app.close();
    const writes = bytes.writes;
    await new Promise((r) => setTimeout(r, 50));
    expect(bytes.writes).toBe(writes);
    const next = start();
    await next.kept;
    expect(noteHits(next, 'numbat')).toEqual(['n2']);
  });

  it('indexes again the added papers kept by reference (not in the kept index) after a restore', async () => {
    const { bytes, files } = setup();
    const text = { ...searchTextOf({ ...library.paper, documentId: 'd-1' }), version: 'v1' };
    const texts = { searchText: async (id: string) => (id === 'd-1' ? text : null) };
    const kept: KeptSearchIndex = { bytes: bytes.bytes, base: 'b1', files: files.source };
    const paperHits = async (s: SearchService) =>
      (await s.find('Kohler', { limitPerKind: 500 })).passages.filter((h) =>
        h.id.startsWith('d-1#'),
      ).length;
    const built = SearchService.start({ library, documents: [text] }, { texts, kept });
    await built.kept;
    const read = SearchService.start({ library, documents: [text] }, { texts, kept });
    await read.ready;
    expect(read.restored).toBe(true);
    expect(await paperHits(read)).toBeGreaterThan(0);
    expect(await paperHits(read)).toBe(await paperHits(built));
  });
});
