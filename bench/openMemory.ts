/**
 * Where a first open's memory goes: opens the generated library of one size (bench/data/<size>,
 * made by `npm run bench` first) with its kept search index removed, so the index is built and
 * written as at a first start, and prints the process's peak RSS (sampled every 5 ms from a worker
 * thread, so a long synchronous step is seen too) and, at each phase's end, RSS, V8 heap (total and
 * used) and memory outside it (external, array buffers), in MB.
 * Usage: npx tsx bench/openMemory.ts [size=100000]
 * With `node --expose-gc --import tsx bench/openMemory.ts [size]`, each phase also gives the heap
 * used and array buffers after a full GC ("live"): what is held, apart from garbage not yet
 * collected, so figures that barely move with the machine's load (the GCs change the peak: take
 * that from a run without the flag).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { createHandlers } from '../src/main/handlers';
import { closeServices, openServices } from '../src/main/services';
import { BUNDLED_DOCUMENT_ID } from '../src/core/documents';
import { datasetDir } from './dataset';

const SAMPLER = `
const { parentPort } = require('node:worker_threads');
let peak = 0, at = 0;
const timer = setInterval(() => {
  const rss = process.memoryUsage.rss();
  if (rss > peak) { peak = rss; at = performance.timeOrigin + performance.now(); }
}, 5);
parentPort.on('message', () => { clearInterval(timer); parentPort.postMessage({ peak, at }); });
`;

const size = Number(process.argv[2] ?? 100_000);
const dataDir = datasetDir(join(import.meta.dirname, 'data'), size);
const resourcesDir = join(import.meta.dirname, '..', 'resources');
const mb = (bytes: number): number => Math.round(bytes / 1048576);
const now = (): number => performance.timeOrigin + performance.now();

const phases: string[] = [];
const t0 = now();
/** A full GC, when node runs with --expose-gc. */
const gc = (globalThis as { gc?: () => void }).gc;

function phase(name: string): void {
  const m = process.memoryUsage();
  const at = Math.round(now() - t0);
  let live = '';
  if (gc) {
    gc();
    const after = process.memoryUsage();
    live = `  live: heap ${mb(after.heapUsed)} external ${mb(after.external)} array buffers ${mb(after.arrayBuffers)}`;
  }
  phases.push(
    `${name.padEnd(12)} ${String(at).padStart(6)} ms  rss ${mb(m.rss)}  heap ${mb(m.heapTotal)}` +
      ` (used ${mb(m.heapUsed)})  external ${mb(m.external)} (array buffers ${mb(m.arrayBuffers)})` +
      live,
  );
}

async function main(): Promise<void> {
  const sampler = new Worker(SAMPLER, { eval: true });
  rmSync(join(dataDir, '.cache', 'search-index.bin'), { force: true });
  phase('start');
  const services = await openServices({ resourcesDir, dataDir });
  phase('services');
  const handlers = createHandlers(services);
  await handlers.getDocument({ documentId: BUNDLED_DOCUMENT_ID });
  const order = await handlers.queryWorks({ sort: 'author', direction: 'ascending', filter: '' });
  await handlers.listWorks({ keys: order.keys.slice(0, 60) });
  phase('firstScreen');
  await services.search.ready;
  phase('searchReady');
  await services.search.kept;
  phase('searchKept');
  await closeServices(services);
  phase('closed');
  sampler.postMessage('stop');
  const { peak, at } = await new Promise<{ peak: number; at: number }>((resolve) =>
    sampler.once('message', resolve),
  );
  await sampler.terminate();
  console.log(`${size} works: peak RSS ${mb(peak)} MB at ${Math.round(at - t0)} ms`);
  console.log(`(maxRSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)`);
  for (const line of phases) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
