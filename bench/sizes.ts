/**
 * The per-size benchmark: makes sure each generated library is on disk, then measures it in a
 * fresh child process (bench/sizeChild.ts) so open time and peak RSS are those of a cold start.
 * The child runs bundled, with plain node, as the app runs its main bundle (bundleChild.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleChild } from './bundleChild';
import { ensureDataset } from './dataset';
import { median } from './stats';

export interface SizeFigures {
  works: number;
  notes: number;
  /** Median of three fresh processes' opens (see sizeChild.ts for what an open includes). */
  openMs: number;
  /** CPU time of the open (all threads): steadier than wall time on a busy machine. */
  openCpuMs: number;
  servicesMs: number;
  listWorksMs: number;
  importsMs: number;
  searchIndexMs: number;
  searchMedianMs: number;
  searchP95Ms: number;
  searchP95AllRunsMs: number;
  searchSlowest: string[];
  noteSaveMs: number;
  noteSaveP95Ms: number;
  rssAfterOpenMB: number;
  peakRssMB: number;
  /** Time to generate and write the library, when this run did it (0 when reused). */
  generateMs: number;
  /**
   * Open with the data folder's .cache removed (first start after an upgrade, or after another
   * program rewrote every works file): the listings and the order are rebuilt from the works.
   */
  openRebuildingCachesMs: number;
  /** Every open timed (the median is `openMs`). */
  openSamplesMs: number[];
}

type OpenFigures = Pick<SizeFigures, 'openMs' | 'openCpuMs'>;

export interface SizeBenchOptions {
  /** Where the generated data folders live (bench/data). */
  dataRoot: string;
  resourcesDir: string;
  /** Extra node flags for the child, e.g. ["--cpu-prof", "--cpu-prof-dir=…"]. */
  nodeFlags?: string[];
}

/** Generates (or reuses) the library of `size` works and measures it in a child process. */
export async function benchSize(size: number, options: SizeBenchOptions): Promise<SizeFigures> {
  const dataset = await ensureDataset(options.dataRoot, size);
  const scratch = mkdtempSync(join(tmpdir(), 'scholion-bench-'));
  const resultFile = join(scratch, 'result.json');
  const childFile = await bundleChild('sizeChild');
  const run = <T>(env: Record<string, string> = {}): T => {
    const child = spawnSync(
      process.execPath,
      [
        ...(options.nodeFlags ?? []),
        childFile,
        dataset.dir,
        options.resourcesDir,
        resultFile,
        ...dataset.manifest.sampleNoteIds.slice(0, 10),
      ],
      {
        stdio: ['ignore', 'inherit', 'pipe'],
        encoding: 'utf8',
        timeout: 5 * 60_000,
        env: { ...process.env, ...env },
      },
    );
    if (child.status !== 0) {
      throw new Error(
        `The ${size}-work benchmark failed (exit ${child.status ?? child.signal}):\n${child.stderr}`,
      );
    }
    return JSON.parse(readFileSync(resultFile, 'utf8')) as T;
  };
  try {
    // First an open that must rebuild the caches, then the measured run, which finds them.
    rmSync(join(dataset.dir, '.cache'), { recursive: true, force: true });
    const rebuilding = run<OpenFigures>({ BENCH_OPEN_ONLY: '1' });
    // Open is timed in three fresh processes (two that stop after it, and the full run), the
    // median reported: one open is easily slowed by whatever else the machine runs.
    const opens = [
      run<OpenFigures>({ BENCH_OPEN_ONLY: '1' }),
      run<OpenFigures>({ BENCH_OPEN_ONLY: '1' }),
    ];
    const figures =
      run<Omit<SizeFigures, 'generateMs' | 'openRebuildingCachesMs' | 'openSamplesMs'>>();
    opens.push(figures);
    return {
      ...figures,
      openMs: median(opens.map((o) => o.openMs)),
      openCpuMs: median(opens.map((o) => o.openCpuMs)),
      openSamplesMs: opens.map((o) => o.openMs),
      generateMs: Math.round(dataset.writeMs),
      openRebuildingCachesMs: rebuilding.openMs,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
