/**
 * What the works list's listings cost in memory: opens a data folder's store, reads every stored
 * work's listing (from the cache, as the app does at start) and prints the heap they retain after
 * a full GC (heap and array buffers), with the characters of each field's distinct strings.
 * Usage: node --expose-gc --import tsx bench/listingMemory.ts <dataDir>
 */
import { performance } from 'node:perf_hooks';
import { UserDataStore, worksListingSpec } from '../src/store';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
/** Heap in use and array buffers' bytes (typed arrays live outside the heap). */
const retained = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const mb = (bytes: number): string => (bytes / 1048576).toFixed(1);

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: listingMemory.ts <dataDir>');
  const store = await UserDataStore.openDir(dir);
  gc!();
  const before = retained();
  const t = performance.now();
  const rows = await store.workListings.all();
  const readMs = performance.now() - t;
  gc!();
  const after = retained();
  console.log(
    `${rows.length} listings: retained heap and array buffers ${mb(after - before)} MB (read in ${readMs.toFixed(0)} ms)`,
  );
  const fields = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const f of worksListingSpec.fields) {
      const v: unknown = row[f];
      const set = fields.get(f) ?? new Set<string>();
      fields.set(f, set);
      for (const s of Array.isArray(v) ? v : [v]) if (typeof s === 'string') set.add(s);
    }
  }
  for (const [f, set] of fields) {
    let chars = 0;
    let wide = 0;
    for (const s of set) {
      chars += s.length;
      if (/[\u0100-\uffff]/.test(s)) wide++;
    }
    console.log(
      `${f.padEnd(14)} distinct ${String(set.size).padStart(7)}  chars ${mb(chars)} M  two-byte ${wide}`,
    );
  }
  await store.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
