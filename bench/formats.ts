/**
 * Import/export benchmark (issue 6): a generated 10,000-entry .bib imported by Scholion and, in
 * the same run, parsed by stock citation-js (`new Cite(text)`); 10,000 works exported as BibTeX;
 * bibliographies of 1,000 works in each bundled style (formatsBibliography.ts). Figures only.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import type { Work } from '../src/core/bibliography/model';
import { exportWorks, parseBibliographyFile } from '../src/core/formats';
import {
  MemoryWorkStore,
  applyImport,
  bundledWorks,
  libraryWorkStore,
  planImport,
  workerParser,
  type BibParser,
} from '../src/services/import';
import {
  DEFAULT_SHARDS,
  UserDataStore,
  WORKS_DIR,
  WORK_HISTORY_DIR,
  shardPath,
} from '../src/store';
import { toStoredWorks } from '../src/store/schemas/worksCodec';
import { importedFirstRevision, type WorkHistory } from '../src/core/works/history';
// After src/core/formats (which registers citation-js's plugins): the stock parser to compare.
import { Cite } from '@citation-js/core';
import { generateBib } from './formatsBib';
import { benchBibliography, type BibliographyFigures } from './formatsBibliography';
import { generateWorks } from './formatsData';
import { median, round } from './stats';

export interface FormatsBench {
  import10k: {
    /**
     * The import as the app runs it, end to end, median: from the .bib text to the works
     * files fsynced into a fresh data folder: planImport with the file read by the app's worker
     * thread (parseInWorker.ts; the entries cross to this thread by structured clone), then
     * applyImport. (Until 2026-12-06 this figure was inThreadMs, which the app does not run.)
     */
    scholionMs: number;
    /** CPU time of those runs (every thread of this process, the worker's too), median. */
    scholionCpuMs: number;
    /**
     * The import in this thread (the CLI's): planImport parsing in this thread (planMs) plus the
     * write of its planned works (writeMs).
     */
    inThreadMs: number;
    /** planImport alone in this thread (parse, duplicate check, keys), median. */
    planMs: number;
    /** planImport with the app's worker thread, median. */
    planInWorkerMs: number;
    /** Stock citation-js `new Cite(text)` of the same file, median. */
    citationJsMs: number;
    /** citationJsMs / scholionMs. */
    ratio: number;
    /** Scholion's parse alone (parseBibliographyFile), median. */
    parseMs: number;
    /** Writing the 10,000 works planned in this thread to a fresh data folder, median. */
    writeMs: number;
    /**
     * Bytes of the data folder's files per imported work, as written (works files version 3; an
     * import adds no work-history files since revision 1 is derived from the provenance).
     */
    storedBytesPerWork: number;
    /** The same works in the version 2 form, per work (works files only). */
    storedBytesPerWorkV2: number;
    /** The work-history files version 2's import wrote beside them (revision 1 of each), per work. */
    historyBytesPerWorkV2: number;
    /** The same works in the version 1 form (each work whole), per work: the first figure. */
    storedBytesPerWorkV1: number;
    /**
     * CPU time (process.cpuUsage: every thread of this process, medians), which a loaded machine
     * inflates far less than wall time: planImport in this thread, its parse alone, the write
     * of its plan (its waits on the disk not counted), and citation-js. `ratio` is citation-js's
     * CPU time over the app's import (scholionCpuMs): the headline ratio's load-robust companion
     * (the worker's time counted too).
     */
    cpu: {
      importMs: number;
      planMs: number;
      parseMs: number;
      writeMs: number;
      citationJsMs: number;
      ratio: number;
    };
    entries: number;
    fileMB: number;
  };
  export: {
    /** 10,000 works typed in or imported from RIS/CSL-JSON (no .bib source) as BibTeX, median. */
    bibtex10kMs: number;
    /** 10,000 works imported from .bib (written from their source) as BibTeX, median. */
    bibtex10kFromBibMs: number;
    /** APA bibliography (text) of 1,000 works as the app exports it (kept entries), median. */
    apa1kMs: number;
    /** The same 1,000 works never formatted before (no kept entries), engine warmed. */
    apa1kColdMs: number;
    /** Naive citation-js (`new Cite(items).format('bibliography')`, same style file). */
    apa1kCitationJsMs: number;
  };
  /** Every bundled style: kept, cold, background rendering, byte-identical check. */
  bibliography: BibliographyFigures;
}

/**
 * A full garbage collection before each timed run, so that a run pays for its own garbage and
 * not for what the previous one left (citation-js's parse leaves hundreds of MB).
 */
const collectGarbage = ((): (() => void) => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  return typeof gc === 'function' ? (gc as () => void) : () => undefined;
})();

/** CPU time this process has used (all threads), ms. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU time of the last `time` / `timeAsync` run, ms. */
let lastCpuMs = 0;

function time<T>(fn: () => T): [T, number] {
  collectGarbage();
  const cpu = cpuNow();
  const started = performance.now();
  const value = fn();
  const ms = performance.now() - started;
  lastCpuMs = cpuNow() - cpu;
  return [value, ms];
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  collectGarbage();
  const cpu = cpuNow();
  const started = performance.now();
  const value = await fn();
  const ms = performance.now() - started;
  lastCpuMs = cpuNow() - cpu;
  return [value, ms];
}

function asWorks(text: string): Work[] {
  return parseBibliographyFile(text, 'bibtex').entries.map((e) => ({
    citationKey: e.key!,
    csl: e.csl,
    ...(e.source ? { source: e.source } : {}),
    provenance: { kind: 'imported' as const },
    confidence: null,
    citedAs: [],
    aliases: [],
    tags: [],
  }));
}

/** The app's parser (a worker thread), with the worker module run from source under tsx. */
function benchWorkerParser(): ReturnType<typeof workerParser> {
  const tsWorkerFile = new URL('../src/services/import/bibParseWorker.ts', import.meta.url).href;
  return workerParser(
    (options) =>
      new Worker(new URL('../tests/services/import/tsWorker.mjs', import.meta.url), {
        ...options,
        workerData: { tsWorkerFile },
      }),
  );
}

/** One import as the app makes it, into a fresh data folder (see FormatsBench.scholionMs). */
async function benchAppImport(
  bib: string,
  bundled: readonly Work[],
  parse: BibParser,
): Promise<{ ms: number; cpuMs: number; bytes: number; added: number; entries: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'scholion-bench-import-'));
  try {
    const userData = await UserDataStore.openDir(dir);
    const store = libraryWorkStore(userData, bundled);
    const [[planned, result], ms] = await timeAsync(async () => {
      const planned = await planImport(bib, store, { file: 'library.bib', parse });
      return [planned, await applyImport(planned, 'skip', store)] as const;
    });
    const cpuMs = lastCpuMs;
    await userData.close();
    const bytes = worksBytes(dir);
    return { ms, cpuMs, bytes, added: result.added.length, entries: planned.items.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bytes of the works and work-history files of a data folder. */
function worksBytes(dir: string): number {
  let bytes = 0;
  for (const sub of [WORKS_DIR, WORK_HISTORY_DIR]) {
    const files = existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)) : [];
    for (const file of files) bytes += statSync(join(dir, sub, file)).size;
  }
  return bytes;
}

async function benchImport(bib: string, runs: number): Promise<FormatsBench['import10k']> {
  const bundled = bundledWorks();
  const plan = () => planImport(bib, new MemoryWorkStore(bundled), { file: 'library.bib' });
  const inWorker = benchWorkerParser();
  const planInWorker = () =>
    planImport(bib, new MemoryWorkStore(bundled), { file: 'library.bib', parse: inWorker });
  // One warm-up of each (the app keeps its worker between files), then runs interleaved so
  // that all see the same machine load.
  await plan();
  await benchAppImport(bib, bundled, inWorker);
  const stock = (): number => new Cite(bib).data.length;
  stock();
  const app: Awaited<ReturnType<typeof benchAppImport>>[] = [];
  const scholion: number[] = [];
  const parse: number[] = [];
  const citationJs: number[] = [];
  const workerPlans: number[] = [];
  const cpu = { plan: [] as number[], parse: [] as number[], citationJs: [] as number[] };
  for (let i = 0; i < runs; i++) {
    app.push(await benchAppImport(bib, bundled, inWorker));
    scholion.push((await timeAsync(plan))[1]);
    cpu.plan.push(lastCpuMs);
    workerPlans.push((await timeAsync(planInWorker))[1]);
    parse.push(time(() => parseBibliographyFile(bib, 'bibtex'))[1]);
    cpu.parse.push(lastCpuMs);
    citationJs.push(time(stock)[1]);
    cpu.citationJs.push(lastCpuMs);
  }
  await inWorker.close();
  // Each write gets a plan of its own, as an import does: the first write of freshly parsed
  // values pays for flattening their strings, which a plan written again would not (a median
  // over writes of one plan was 60-150 ms under what an import pays).
  const writes: Written[] = [];
  for (let i = 0; i < Math.min(runs, 3); i++) writes.push(await benchWrite(await plan(), bundled));
  const writeMs = median(writes.map((w) => w.ms));
  const planMs = median(scholion);
  const scholionMs = median(app.map((a) => a.ms));
  const scholionCpuMs = median(app.map((a) => a.cpuMs));
  const citationJsMs = median(citationJs);
  const v2 = v2Bytes(writes[0]!.works);
  const planCpuMs = median(cpu.plan);
  const writeCpuMs = median(writes.map((w) => w.cpuMs));
  const citationJsCpuMs = median(cpu.citationJs);
  const entries = app[0]!.entries;
  if (writes[0]!.bytes !== app[0]!.bytes) {
    throw new Error(`the two imports wrote ${writes[0]!.bytes} and ${app[0]!.bytes} bytes`);
  }
  return {
    scholionMs: round(scholionMs, 1),
    scholionCpuMs: round(scholionCpuMs, 1),
    inThreadMs: round(planMs + writeMs, 1),
    planMs: round(planMs, 1),
    planInWorkerMs: round(median(workerPlans), 1),
    citationJsMs: round(citationJsMs, 1),
    ratio: round(citationJsMs / scholionMs, 2),
    parseMs: round(median(parse), 1),
    writeMs: round(writeMs, 1),
    storedBytesPerWork: Math.round(app[0]!.bytes / app[0]!.added),
    storedBytesPerWorkV2: Math.round(v2.works / writes[0]!.works.length),
    historyBytesPerWorkV2: Math.round(v2.history / writes[0]!.works.length),
    storedBytesPerWorkV1: Math.round(v1Bytes(writes[0]!.works) / writes[0]!.works.length),
    cpu: {
      importMs: round(scholionCpuMs, 1),
      planMs: round(planCpuMs, 1),
      parseMs: round(median(cpu.parse), 1),
      writeMs: round(writeCpuMs, 1),
      citationJsMs: round(citationJsCpuMs, 1),
      ratio: round(citationJsCpuMs / scholionCpuMs, 2),
    },
    entries,
    fileMB: round(bib.length / 1e6, 2),
  };
}

interface Written {
  ms: number;
  /** CPU time of the write (its waits on the disk not counted). */
  cpuMs: number;
  /** Bytes of the works files written. */
  bytes: number;
  /** The works as stored. */
  works: Work[];
}

/** Carries out a planned import into a fresh data folder: the write an import ends with. */
async function benchWrite(
  planned: Awaited<ReturnType<typeof planImport>>,
  bundled: readonly Work[],
): Promise<Written> {
  const dir = mkdtempSync(join(tmpdir(), 'scholion-bench-import-'));
  try {
    const userData = await UserDataStore.openDir(dir);
    const [, ms] = await timeAsync(() =>
      applyImport(planned, 'skip', libraryWorkStore(userData, bundled)),
    );
    const cpuMs = lastCpuMs;
    const works = await userData.works.all();
    await userData.close();
    return { ms, cpuMs, bytes: worksBytes(dir), works };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Bytes the works take in the version 2 form, one file per shard, and the work-history files
 * version 2's import wrote beside them (revision 1 of each work).
 */
function v2Bytes(works: readonly Work[]): { works: number; history: number } {
  const out = { works: 0, history: 0 };
  for (const items of byShard(works).values()) {
    const file = { schemaVersion: 2, kind: 'works', items };
    out.works += Buffer.byteLength(`${JSON.stringify(toStoredWorks(file, 2))}\n`);
    const history: Record<string, WorkHistory> = {};
    for (const w of Object.values(items)) {
      const first = importedFirstRevision(w);
      if (first) history[w.citationKey] = { key: w.citationKey, revisions: [first] };
    }
    const envelope = { schemaVersion: 1, kind: 'work-history', items: history };
    out.history += Buffer.byteLength(`${JSON.stringify(envelope)}\n`);
  }
  return out;
}

function byShard(works: readonly Work[]): Map<string, Record<string, Work>> {
  const shards = new Map<string, Record<string, Work>>();
  for (const w of works) {
    const path = shardPath(WORKS_DIR, w.citationKey, DEFAULT_SHARDS);
    const items = shards.get(path) ?? {};
    items[w.citationKey] = w;
    shards.set(path, items);
  }
  return shards;
}

/** Bytes the works take in the version 1 form (each work whole, as JSON), one file per shard. */
function v1Bytes(works: readonly Work[]): number {
  let bytes = 0;
  for (const items of byShard(works).values()) {
    bytes += Buffer.byteLength(`${JSON.stringify({ schemaVersion: 1, kind: 'works', items })}\n`);
  }
  return bytes;
}

function benchBibtex(works: readonly Work[], runs: number): number {
  exportWorks(works, 'bibtex');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(time(() => exportWorks(works, 'bibtex'))[1]);
  return round(median(times), 1);
}

/** Runs the import/export benchmark on generated data (identical from run to run). */
export async function benchFormats(opts: { runs?: number } = {}): Promise<FormatsBench> {
  const runs = opts.runs ?? 5;
  const bibliography = await benchBibliography(join(import.meta.dirname, '..', 'resources'));
  const bib = generateBib(10_000, 2013);
  const import10k = await benchImport(bib, runs);
  const typed = generateWorks(10_000, 2014);
  const fromBib = asWorks(bib);
  return {
    import10k,
    export: {
      bibtex10kMs: benchBibtex(typed, runs),
      bibtex10kFromBibMs: benchBibtex(fromBib, runs),
      apa1kMs: bibliography.apa.keptMs,
      apa1kColdMs: bibliography.apa.coldMs,
      apa1kCitationJsMs: bibliography.apa.citationJsMs,
    },
    bibliography,
  };
}
