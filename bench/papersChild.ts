/**
 * One process of the papers benchmark (run by bench/papersLibrary.ts).
 * `generate`: writes 1,000 ~30-page papers into the data folder as adds write them: kept files,
 * records and links (one paper added for real, the others' records copied from it) and each
 * paper's search text (from a real parse of each), then starts the app once (which keeps the papers'
 * search index). `open`: opens the app's services over it, answers the papers list (and ends);
 * `index`: opens it and waits for every paper's text to be searchable too (the kept index read
 * back); `index-cold`: the same without the kept index (a first start: every paper indexed).
 * Each reports its times and peak RSS.
 * Usage: node --import tsx bench/papersChild.ts generate|open|index <dataDir> <repoRoot> <result>
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createHandlers } from '../src/main/handlers';
import { closeServices, openServices } from '../src/main/services';
import { DocumentService } from '../src/services/documents';
import { LibraryService } from '../src/services/library';
import type { DocumentRecord } from '../src/core/documents';
import { UserDataStore } from '../src/store';
import { thirtyPagePaper } from './papersLibrary';

const PAPERS = 1_000;
const [phase, dataDir, root, resultFile] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
];

async function generate(): Promise<void> {
  const fixture = readFileSync(
    join(root, 'tests/fixtures/added-papers/partnerships in migration governance.md'),
    'utf8',
  );
  const library = await LibraryService.open({ resourcesDir: join(root, 'resources') });
  // One paper parsed and added for real; the others copy its record with their own file.
  const store = await UserDataStore.openDir(dataDir, { debounceMs: 0 });
  const documents = new DocumentService(store, library);
  const first = await documents.add({
    fileName: 'paper 0.md',
    bytes: new TextEncoder().encode(thirtyPagePaper(fixture, 0)),
  });
  const template = (await store.documentRecords.get(first.document.id))!;
  const links = (await store.documentLinks.get(first.document.id))!;
  const records: DocumentRecord[] = [];
  for (let n = 1; n < PAPERS; n++) {
    const bytes = new TextEncoder().encode(thirtyPagePaper(fixture, n));
    const kept = await store.paperFiles.put(bytes, 'md');
    const id = `d-${kept.sha256.slice(0, 12)}`;
    records.push({
      ...structuredClone(template),
      id,
      title: `${template.title} (${n})`,
      file: { ...template.file!, sha256: kept.sha256, path: kept.path, name: `paper ${n}.md` },
    });
  }
  await store.documentRecords.update(records[0]!.id, (items) => {
    for (const r of records) items[r.id] = r;
  });
  for (const r of records) {
    await store.documentLinks.update(r.id, (items) => {
      items[r.id] = { ...structuredClone(links), documentId: r.id };
    });
  }
  // What an add keeps besides the record: each paper's search text, from a real parse of it.
  const reader = new DocumentService(store, library, { keepOpen: 0 });
  for (const r of records) {
    if (!(await reader.searchText(r.id))) throw new Error(`paper ${r.title} could not be read`);
  }
  await store.close();
  // The app has been started once since: its first papers list keeps the listing it reads, and
  // its search keeps the papers' index it built (.cache/paper-index.bin).
  const services = await openServices({ resourcesDir: join(root, 'resources'), dataDir });
  await createHandlers(services).listDocuments({});
  await services.search.ready;
  await closeServices(services);
  writeFileSync(resultFile, '{}\n');
}

/** `open`: the papers list answered; `index`: then every paper's text searchable too. */
async function open(untilIndexed: boolean): Promise<void> {
  const t0 = performance.now();
  const services = await openServices({ resourcesDir: join(root, 'resources'), dataDir });
  const handlers = createHandlers(services);
  const list = await handlers.listDocuments({});
  const openMs = performance.now() - t0;
  if (list.length !== PAPERS + 1) throw new Error(`the papers list has ${list.length} papers`);
  const t1 = performance.now();
  if (untilIndexed) {
    await services.search.ready;
    const passages = services.search.counts().passage;
    if (services.search.indexedDocuments().length !== PAPERS + 1) {
      throw new Error(`search indexed ${services.search.indexedDocuments().length} papers`);
    }
    const found = await handlers.search({ query: 'partnership approach', limitPerKind: 10 });
    if (found.passages.length === 0) throw new Error(`no passage found among ${passages}`);
  }
  const indexMs = performance.now() - t1;
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  // The open alone: the process ends without waiting for the search build running behind it.
  if (untilIndexed) await closeServices(services);
  writeFileSync(resultFile, `${JSON.stringify({ openMs, indexMs, peakRssMB })}\n`);
}

if (phase === 'index-cold') rmSync(join(dataDir, '.cache', 'paper-index.bin'), { force: true });
await (phase === 'generate' ? generate() : open(phase !== 'open'));
process.exit(0);
