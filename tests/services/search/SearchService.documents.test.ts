// Search over every paper of the library: an added paper's text and claims are searchable, hits
// name their paper, and adds, re-parses and removals (this process's or another's) re-index it.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DOCUMENT_ID } from '../../../src/core/documents';
import { DocumentService } from '../../../src/services/documents';
import { followJournal } from '../../../src/services/changes';
import { LibraryService } from '../../../src/services/library';
import { SearchService, followChanges } from '../../../src/services/search';
import { UserDataStore } from '../../../src/store';

const library = await LibraryService.open();
const paper = new Uint8Array(
  readFileSync(
    new URL('../../fixtures/added-papers/partnerships in migration governance.md', import.meta.url),
  ),
);
const PHRASE = 'discipline the weaker party';

async function setup() {
  const store = await UserDataStore.openInMemory();
  const documents = new DocumentService(store, library);
  const search = SearchService.start(
    { library, documents: documents.addedPaperTexts() },
    { texts: documents },
  );
  await search.ready;
  const unfollow = followChanges(search, store, library.works, {
    open: (id) => documents.searchText(id),
    ids: () => documents.liveIds(),
  });
  return { store, documents, search, unfollow };
}

/** Resolves once `check` passes (search re-indexes after the change event, asynchronously). */
async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 5));
  expect(await check()).toBe(true);
}

describe('search over the library’s papers', () => {
  it('finds the text of a paper as soon as it is added, naming the paper', async () => {
    const { documents, search } = await setup();
    expect((await search.find(PHRASE)).passages).toEqual([]);
    const { document } = await documents.add({ fileName: 'p.md', bytes: paper });
    await until(async () => (await search.find(PHRASE)).passages.length > 0);
    const [hit] = (await search.find(PHRASE)).passages;
    expect(hit!.id).toMatch(new RegExp(`^${document.id}#b\\d+$`));
    expect(hit!.anchor?.documentId).toBe(document.id);
    // Its claims too, qualified by the paper.
    const claims = (await search.find('Abrahamsen')).claims;
    expect(claims.some((h) => h.id.startsWith(`${document.id}#k`))).toBe(true);
  });

  it('gives passages of two papers for words both use, each naming its own', async () => {
    const { documents, search } = await setup();
    const { document } = await documents.add({ fileName: 'p.md', bytes: paper });
    await until(async () => (await search.find(PHRASE)).passages.length > 0);
    const hits = (await search.find('partnership approach', { limitPerKind: 50 })).passages;
    const papers = new Set(hits.map((h) => h.anchor?.documentId));
    expect(papers).toEqual(new Set([BUNDLED_DOCUMENT_ID, document.id]));
  });

  it('indexes the papers already in the library when it starts', async () => {
    const store = await UserDataStore.openInMemory();
    const documents = new DocumentService(store, library);
    await documents.add({ fileName: 'p.md', bytes: paper });
    const search = await SearchService.build(
      { library, documents: documents.addedPaperTexts() },
      { texts: documents },
    );
    expect((await search.find(PHRASE)).passages).toHaveLength(1);
  });

  it('drops a paper moved to the trash, brings it back on restore, keeps one copy on reparse', async () => {
    const { documents, search } = await setup();
    const { document } = await documents.add({ fileName: 'p.md', bytes: paper });
    await until(async () => (await search.find(PHRASE)).passages.length === 1);
    await documents.remove(document.id);
    await until(async () => (await search.find(PHRASE)).passages.length === 0);
    await documents.restore(document.id);
    await until(async () => (await search.find(PHRASE)).passages.length === 1);
    const before = search.counts();
    await documents.reparse(document.id);
    await new Promise((r) => setTimeout(r, 50));
    expect(search.counts()).toEqual(before);
  });

  it('follows a paper another process (the CLI) added, heard through the change journal', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scholion-search-papers-'));
    try {
      const app = await UserDataStore.openDir(dir);
      const cli = await UserDataStore.openDir(dir, { debounceMs: 0 });
      const documents = new DocumentService(app, library);
      const search = await SearchService.build({ library }, { texts: documents });
      const stop = followChanges(search, app, library.works, {
        open: (id) => documents.searchText(id),
        ids: () => documents.liveIds(),
      });
      const follower = await followJournal(app, { intervalMs: 60_000 });
      await new DocumentService(cli, library).add({ fileName: 'p.md', bytes: paper });
      await follower.poll();
      await until(async () => (await search.find(PHRASE)).passages.length === 1);
      follower.stop();
      stop();
      await Promise.all([app.close(), cli.close()]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
