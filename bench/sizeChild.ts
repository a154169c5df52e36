/**
 * One library size, measured in a fresh process (run by bench/sizes.ts): open the app's services
 * over the data folder, time search once the index is built, time note saves, report peak RSS.
 * Usage, as bench/sizes.ts runs it once bench/bundleChild.ts has built it:
 *   node out/bench/sizeChild.mjs <dataDir> <resourcesDir> <resultFile> <noteId>...
 * (or unbundled: node --import tsx bench/sizeChild.ts ..., with ~45 MB more RSS).
 * The figures go to <resultFile> as JSON (stdout stays free for errors and profiles). With
 * BENCH_OPEN_ONLY=1 it stops after the open (for timing an open that rebuilds the caches).
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createHandlers } from '../src/main/handlers';
import { closeServices, openServices } from '../src/main/services';
import { timeQueries } from './searchTiming';
import { median, quantile, round } from './stats';
import { BUNDLED_DOCUMENT_ID } from '../src/core/documents';

/** Everything loaded by the imports above, before the clock for `open` starts. */
const importsDoneMs = performance.now();

const [dataDir, resourcesDir, resultFile, ...noteIds] = process.argv.slice(2);
if (!dataDir || !resourcesDir || !resultFile || noteIds.length === 0) {
  throw new Error('usage: sizeChild.ts <dataDir> <resourcesDir> <resultFile> <noteId>...');
}

/** Rows a windowed works list shows on the first screen. */
const FIRST_SCREEN_ROWS = 60;

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;
const mb = (bytes: number): number => Math.round(bytes / 1048576);
const peakRssMB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

async function main(): Promise<void> {
  // open: the services the app opens at start (bundled paper and bibliography analysed, data
  // folder opened and checked, settings, export bindings; the search index starts filling in the
  // background), then what the first screen asks for: the paper, the works' order for the
  // windowed list (queryWorks, default sort) and the summaries of its first rows.
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const services = await openServices({ resourcesDir: resourcesDir!, dataDir: dataDir! });
  const servicesMs = performance.now() - t0;
  const handlers = createHandlers(services);
  await handlers.getDocument({ documentId: BUNDLED_DOCUMENT_ID });
  const tList = performance.now();
  const order = await handlers.queryWorks({ sort: 'author', direction: 'ascending', filter: '' });
  const firstRows = await handlers.listWorks({ keys: order.keys.slice(0, FIRST_SCREEN_ROWS) });
  const openMs = performance.now() - t0;
  const openCpu = process.cpuUsage(cpu0);
  const listWorksMs = performance.now() - tList;
  const rssAfterOpenMB = mb(process.memoryUsage().rss);
  if (firstRows.length !== Math.min(FIRST_SCREEN_ROWS, order.total)) {
    throw new Error(`the first screen got ${firstRows.length} rows of ${order.total}`);
  }
  if (process.env.BENCH_OPEN_ONLY === '1') {
    const open = { openMs: round(openMs, 1), openCpuMs: round(cpuMs(openCpu), 1) };
    writeFileSync(resultFile!, `${JSON.stringify(open)}\n`);
    await closeServices(services); // writes the caches rebuilt in the background
    process.exit(0); // the search build is not waited for
  }

  // searchIndex: from the start of open until every work, note and claim is searchable.
  const { search } = services;
  await search.ready;
  const searchIndexMs = performance.now() - t0;
  const queries = timeQueries((q) => search.search(q, { limitPerKind: 10 }), 5);
  const { store } = services.userData;
  const notes = await store.notes.all();

  // noteSave: one edit of a note's body, written at once (temp file, fsync, rename, folder fsync,
  // backup rotation) under the data folder's lock, then a flush; median of 20 edits.
  const saves: number[] = [];
  for (let i = 0; i < 22; i++) {
    const id = noteIds[i % noteIds.length]!;
    const t = performance.now();
    const note = await services.userData.notes.update(id, {
      body: `Edited in the benchmark, round ${i}.\n\n${'Some more text. '.repeat(20)}`,
    });
    await store.flush();
    if (i >= 2) saves.push(performance.now() - t); // the first two warm the catalog and shards
    search.noteChanged(note);
  }
  await closeServices(services);

  const figures = {
    works: order.total,
    notes: notes.length,
    openMs: round(openMs, 1),
    openCpuMs: round(cpuMs(openCpu), 1),
    servicesMs: round(servicesMs, 1),
    listWorksMs: round(listWorksMs, 1),
    importsMs: round(importsDoneMs, 1),
    searchIndexMs: round(searchIndexMs, 1),
    searchMedianMs: queries.searchMedianMs,
    searchP95Ms: queries.searchP95Ms,
    searchP95AllRunsMs: queries.searchP95AllRunsMs,
    searchSlowest: queries.slowest,
    noteSaveMs: round(median(saves), 2),
    noteSaveP95Ms: round(quantile(saves, 0.95), 2),
    rssAfterOpenMB,
    peakRssMB: peakRssMB(),
  };
  writeFileSync(resultFile!, `${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
