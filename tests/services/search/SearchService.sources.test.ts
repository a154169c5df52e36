// SearchService fed by sources still being read: the paper is searchable at once, the rest when read.
import { beforeAll, describe, expect, it } from 'vitest';
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
});
