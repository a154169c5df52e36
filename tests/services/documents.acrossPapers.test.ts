// Citations across the library's papers: counts from the records (no parse), the papers citing a
// work with their claims of it, library-wide claims with co-citation, and the works list and a
// work's detail agreeing on how often a work is cited (they did not: 3 in the table, 5 in detail).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DOCUMENT_ID } from '../../src/core/documents';
import { DocumentService, LibraryCitations } from '../../src/services/documents';
import { LibraryService, WorkTable } from '../../src/services/library';
import { libraryHandlers } from '../../src/main/handlers/library';
import { MemoryPaperFiles, MemoryStorage, UserDataStore } from '../../src/store';

const library = await LibraryService.open();
const bytes = new Uint8Array(
  readFileSync(new URL('../fixtures/documents/regional-processes.md', import.meta.url)),
);

async function setup() {
  const store = await UserDataStore.openInMemory();
  const documents = new DocumentService(store, library);
  const citations = new LibraryCitations(store, documents);
  const { document } = await documents.add({ fileName: 'r.md', bytes });
  return { store, documents, citations, id: document.id };
}

const inBundled = (key: string) => library.paper.citations.filter((c) => c.workId === key).length;

describe('citations across papers', () => {
  it('counts every paper’s citations of a work, and the papers citing it', async () => {
    const { citations } = await setup();
    const counts = await citations.citedCounts();
    expect(counts.byWork.get('betts2011c')).toEqual({
      citations: inBundled('betts2011c') + 2,
      papers: 2,
    });
    expect(counts.byWork.get('kohler2011')?.papers).toBe(2);
  });

  it('keeps the counts with the record: counting opens no paper', async () => {
    const { citations, documents, id } = await setup();
    const opened: string[] = [];
    const get = documents.get.bind(documents);
    documents.get = async (documentId: string) => {
      opened.push(documentId);
      return get(documentId);
    };
    await citations.citedCounts();
    expect(opened.filter((d) => d === id)).toEqual([]);
  });

  it('lists the papers citing a work with how often and their claims of it', async () => {
    const { citations, id } = await setup();
    const papers = await citations.citingPapers('betts2011c');
    expect(papers.map((p) => p.documentId)).toEqual([BUNDLED_DOCUMENT_ID, id]);
    const added = papers[1]!;
    expect(added.citations).toBe(2);
    expect(added.claims.map((k) => k.text)).toEqual([
      'We compare regional consultative processes with the partnership approach (Betts 2011c).',
      'Betts (2011c) calls this trans-regionalism, and the partnership approach follows it (Lavenex and Panizzon 2013).',
    ]);
    const mark = added.claims[0]!.marks[0]!;
    expect(added.claims[0]!.text.slice(mark.start, mark.end)).toBe('Betts 2011c');
    expect(added.claims[0]!.section).toBe('Abstract');
  });

  it('gives the library’s claims by work, with co-citation across papers, opening only what it shows', async () => {
    const { citations, documents, id } = await setup();
    const claimsOfAdded = (await documents.get(id)).claims.length;
    const opened: string[] = [];
    const get = documents.get.bind(documents);
    documents.get = async (documentId: string) => {
      opened.push(documentId);
      return get(documentId);
    };
    const all = await citations.claims({ documentId: null, workIds: [], limit: 3 });
    expect(all.papers).toBe(2);
    expect(all.claims).toHaveLength(3);
    expect(all.total).toBe(library.paper.claims.length + claimsOfAdded);
    expect(opened).not.toContain(id); // the first three are the bundled paper's
    const both = await citations.claims({
      documentId: null,
      workIds: ['betts2011c', 'lavenex2013'],
      limit: 50,
    });
    expect(both.claims.map((k) => k.documentId)).toContain(id);
    expect(both.total).toBe(both.claims.length);
    expect(both.pairs).toContainEqual(expect.arrayContaining(['betts2011c', 'lavenex2013']));
  });

  it('keeps which works claims cite together apart from the record, derived again when lost', async () => {
    const storage = new MemoryStorage();
    const paperFiles = new MemoryPaperFiles();
    const run = async () => {
      const store = await UserDataStore.openInMemory({ storage, paperFiles });
      const documents = new DocumentService(store, library);
      const opened: string[] = [];
      const get = documents.get.bind(documents);
      documents.get = async (documentId: string) => {
        opened.push(documentId);
        return get(documentId);
      };
      const pairs = async () =>
        (await new LibraryCitations(store, documents).claims({
          documentId: null,
          workIds: [],
          limit: 1,
        }))!.pairs;
      return { store, documents, opened, pairs };
    };
    const first = await run();
    const { document } = await first.documents.add({ fileName: 'r.md', bytes });
    const id = document.id;
    // documents.json keeps the counts only: every add rewrites it, and the groups were most of it.
    const record = await first.store.documentRecords.get(id);
    expect(record?.cites?.together).toBeUndefined();
    expect(record?.cites?.works.betts2011c).toBe(2);
    expect(storage.paths()).toContain(`.cache/co-cited/${id}.json`);
    const expected = await first.pairs();
    expect(expected).toContainEqual(expect.arrayContaining(['betts2011c', 'lavenex2013']));

    const second = await run();
    expect(await second.pairs()).toEqual(expected);
    expect(second.opened).not.toContain(id);

    await storage.remove(`.cache/co-cited/${id}.json`);
    const third = await run();
    expect(await third.pairs()).toEqual(expected);
    expect(third.opened).toContain(id); // derived from the paper, and kept again
    expect(storage.paths()).toContain(`.cache/co-cited/${id}.json`);
  });

  it('the works list and a work’s detail say the same counts', async () => {
    const { store, citations } = await setup();
    const handlers = libraryHandlers(
      library,
      { all: () => store.works.all() },
      new WorkTable(library),
      () => citations.citedCounts(),
    );
    const [row] = await handlers.listWorks({ keys: ['betts2011c'] });
    const detail = await handlers.getWork({ key: 'betts2011c' });
    expect(row!.timesCited).toBe(inBundled('betts2011c') + 2);
    expect(detail.timesCited).toBe(row!.timesCited);
    expect([row!.papersCiting, detail.papersCiting]).toEqual([2, 2]);
    // Sorting by citations follows the library-wide counts.
    const order = await handlers.queryWorks({ sort: 'cited', direction: 'descending', filter: '' });
    const rows = await handlers.listWorks({ keys: order.keys.slice(0, 10) });
    const counts = rows.map((r) => r.timesCited);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('links a paper to the work it is: the bundled paper to its bundled work', async () => {
    const { documents } = await setup();
    const [bundled] = await documents.list();
    expect(bundled!.workKey).toBe('lavenex2013');
  });
});
