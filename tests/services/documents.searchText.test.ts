// A paper's search text (passages and claims) is kept in the data folder's cache: read back
// without a parse, derived again when the paper changes or the kept file is damaged; search keeps
// only references to an added paper's items and reads their text back for the hits.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchTextOf } from '../../src/core/search';
import { DocumentService, readInThread, type PaperReader } from '../../src/services/documents';
import { LibraryService } from '../../src/services/library';
import { SearchService } from '../../src/services/search';
import { MemoryPaperFiles, MemoryStorage, UserDataStore } from '../../src/store';

const library = await LibraryService.open();
const paper = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const REGIONAL = 'documents/regional-processes.md';
const PARTNERSHIPS = 'added-papers/partnerships in migration governance.md';

/** A data folder in memory, and services over it that count the papers they parse. */
async function folder() {
  const storage = new MemoryStorage();
  const paperFiles = new MemoryPaperFiles();
  let t = 0;
  const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, ++t));
  const open = async () => {
    const parsed: string[] = [];
    const read: PaperReader = (text, id, options) => {
      parsed.push(id);
      return readInThread(text, id, options);
    };
    const store = await UserDataStore.openInMemory({ storage, paperFiles });
    return { store, parsed, documents: new DocumentService(store, library, { now, read }) };
  };
  return { storage, open };
}

/** The search text of a fresh parse of the paper (with the version it is kept under). */
async function parsedText(documents: DocumentService, id: string) {
  return {
    ...searchTextOf({ ...(await documents.get(id)), documentId: id }),
    version: expect.any(String),
  };
}

describe('a paper’s kept search text', () => {
  it('is kept when the paper is added and read back by the next run without a parse', async () => {
    const data = await folder();
    const first = await data.open();
    const { document } = await first.documents.add({ fileName: 'p.md', bytes: paper(REGIONAL) });
    const next = await data.open();
    const text = await next.documents.searchText(document.id);
    expect(next.parsed).toEqual([]);
    expect(text!.passages.length).toBeGreaterThan(10);
    expect(text).toEqual(await parsedText(next.documents, document.id));
  });

  it('is derived again after a correction changes the paper’s claims', async () => {
    const data = await folder();
    const { documents } = await data.open();
    const { document } = await documents.add({ fileName: 'p.md', bytes: paper(REGIONAL) });
    const cites = async (d: DocumentService) =>
      (await d.searchText(document.id))!.claims.flatMap((c) => c.cites);
    expect(await cites(documents)).toContain('Nowhere 1999');
    const nowhere = (await documents.get(document.id)).citations.find(
      (c) => c.raw === 'Nowhere 1999',
    )!;
    await documents.correctCitation(document.id, nowhere.id, { kind: 'not-a-citation' });
    const next = await data.open();
    expect(await cites(next.documents)).not.toContain('Nowhere 1999');
    expect(next.parsed).toEqual([]); // the correction's reparse kept the new text
  });

  it('is not read stale: a record changed behind its back, or a damaged file, is parsed again', async () => {
    const data = await folder();
    const { documents, store } = await data.open();
    const { document } = await documents.add({ fileName: 'p.md', bytes: paper(REGIONAL) });
    await store.documentRecords.update(document.id, (items) => {
      items[document.id]!.updatedAt = '2030-01-01T00:00:00.000Z';
    });
    const expected = await parsedText((await data.open()).documents, document.id);
    let next = await data.open();
    expect(await next.documents.searchText(document.id)).toEqual(expected);
    expect(next.parsed).toEqual([document.id]);

    await data.storage.writeAtomic(`.cache/paper-text/${document.id}.json`, '{"kind":"deriv');
    next = await data.open();
    expect(await next.documents.searchText(document.id)).toEqual(expected);
    expect(next.parsed).toEqual([document.id]);
  });

  it('is null for a paper in the trash or unknown', async () => {
    const { documents } = await (await folder()).open();
    const { document } = await documents.add({ fileName: 'p.md', bytes: paper(REGIONAL) });
    await documents.remove(document.id);
    expect(await documents.searchText(document.id)).toBeNull();
    expect(await documents.searchText('d-000000000000')).toBeNull();
  });
});

describe('search over papers whose text stays on disk', () => {
  it('holds no passage text, and shows the same hits as an index holding it', async () => {
    const { documents } = await (await folder()).open();
    const ids: string[] = [];
    for (const name of [REGIONAL, PARTNERSHIPS]) {
      ids.push((await documents.add({ fileName: name, bytes: paper(name) })).document.id);
    }
    const lazy = await SearchService.build(
      { library, documents: documents.addedPaperTexts() },
      { texts: documents },
    );
    const views = await Promise.all(ids.map((id) => documents.get(id)));
    const whole = await SearchService.build({ library, documents: views });
    const queries = [
      'discipline the weaker party',
      'Abrahamsen',
      'partnership approach',
      'regional',
    ];
    // Nothing read yet: the index has the added papers' items, not their text.
    const unread = lazy.search('discipline the weaker party').passages;
    expect(unread).toEqual([]);
    expect(lazy.counts()).toEqual(whole.counts());
    for (const query of queries) {
      const options = { limitPerKind: 40 };
      const found = await lazy.find(query, options);
      expect(found).toEqual(whole.search(query, options));
      expect(found.passages.some((h) => ids.includes(h.anchor?.documentId ?? ''))).toBe(true);
    }
  });

  it('leaves out a hit whose paper went away before its text was read', async () => {
    const { documents } = await (await folder()).open();
    const { document } = await documents.add({ fileName: 'p.md', bytes: paper(PARTNERSHIPS) });
    const search = await SearchService.build(
      { library, documents: documents.addedPaperTexts() },
      { texts: documents },
    );
    await documents.remove(document.id); // nothing follows the change here
    const found = await search.find('discipline the weaker party');
    expect(found.passages).toEqual([]);
  });
});
