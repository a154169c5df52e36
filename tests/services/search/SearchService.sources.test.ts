// SearchService fed by sources still being read: the paper is searchable at once, the rest when read.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Work } from '../../../src/core/bibliography/model';
import { LibraryService } from '../../../src/services/library';
import { SearchService, type IndexableNote } from '../../../src/services/search';

let library: LibraryService;
beforeAll(async () => {
  library = await LibraryService.open();
});

const note: IndexableNote = { id: 'n1', title: 'Quokka census', body: '', tags: [] };

describe('SearchService with promised sources', () => {
  it('searches the paper while the notes are read, then the notes too', async () => {
    let resolveNotes: (notes: IndexableNote[]) => void = () => {};
    const notes = new Promise<IndexableNote[]>((resolve) => (resolveNotes = resolve));
    const service = SearchService.start({ library, notes });
    expect(service.building).toBe(true);
    expect(service.search('Kohler').passages.length).toBeGreaterThan(0);
    expect(service.search('quokka').notes).toEqual([]);
    resolveNotes([note]);
    await service.ready;
    expect(service.building).toBe(false);
    expect(service.search('quokka').notes.map((h) => h.id)).toEqual(['n1']);
  });

  it('a note edited while its file is read keeps the edit', async () => {
    let resolveNotes: (notes: IndexableNote[]) => void = () => {};
    const notes = new Promise<IndexableNote[]>((resolve) => (resolveNotes = resolve));
    const service = SearchService.start({ library, notes });
    service.noteChanged({ ...note, title: 'Wombat census' });
    resolveNotes([note]);
    await service.ready;
    expect(service.search('quokka').notes).toEqual([]);
    expect(service.search('wombat').notes.map((h) => h.id)).toEqual(['n1']);
  });

  it('indexes what it can when a source cannot be read, and keeps the error', async () => {
    const failure = new Error('notes/03.json is damaged');
    const service = SearchService.start({ library, notes: Promise.reject(failure) });
    await service.ready;
    expect(service.building).toBe(false);
    expect(service.sourceErrors).toEqual([failure]);
    expect(service.search('Kohler').works.map((h) => h.id)).toEqual(['kohler2011']);
  });

  it('indexes works read as it goes (a store scan), and keeps those read before a failure', async () => {
    const failure = new Error('works/07.json is newer than this app');
    async function* scan(): AsyncGenerator<Work> {
      yield work('quokka2020', 'Quokka census');
      await new Promise((resolve) => setTimeout(resolve, 5));
      yield work('wombat2021', 'Wombat burrows');
      throw failure;
    }
    const service = SearchService.start({ library, userWorks: scan() });
    await service.ready;
    expect(service.sourceErrors).toEqual([failure]);
    expect(service.search('quokka').works.map((h) => h.id)).toEqual(['quokka2020']);
    expect(service.search('wombat').works.map((h) => h.id)).toEqual(['wombat2021']);
  });
});

function work(key: string, title: string): Work {
  return {
    citationKey: key,
    csl: { id: key, type: 'book', title, issued: { 'date-parts': [[2020]] } },
    provenance: { kind: 'user' },
    confidence: null,
    citedAs: [],
    aliases: [],
    tags: [],
  };
}
