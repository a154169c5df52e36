/**
 * One process of the papers benchmark (run by bench/papersLibrary.ts).
 * `generate`: writes 1,000 ~30-page papers into the data folder (kept files and records, as an
 * add writes them, without parsing each). `open`: opens the app's services over it, answers the
 * papers list, then waits for search to index every paper's text; reports times and peak RSS.
 * Usage: node --import tsx bench/papersChild.ts generate|open <dataDir> <repoRoot> <resultFile>
 */
import { readFileSync, writeFileSync } from 'node:fs';
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
  await store.close();
  writeFileSync(resultFile, '{}\n');
}

async function open(): Promise<void> {
  const t0 = performance.now();
  const services = await openServices({ resourcesDir: join(root, 'resources'), dataDir });
  const handlers = createHandlers(services);
  const list = await handlers.listDocuments({});
  const openMs = performance.now() - t0;
  if (list.length !== PAPERS + 1) throw new Error(`the papers list has ${list.length} papers`);
  const t1 = performance.now();
  await services.search.ready;
  const indexMs = performance.now() - t1;
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  await closeServices(services);
  writeFileSync(resultFile, `${JSON.stringify({ openMs, indexMs, peakRssMB })}\n`);
}

await (phase === 'generate' ? generate() : open());
process.exit(0);
