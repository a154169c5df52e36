/**
 * A library of papers (issue 11's §6): a 30-page Markdown paper added (parse, link, write), and
 * 1,000 generated ~30-page papers opened in a fresh process with the papers list ready, with the
 * peak memory of that process once every paper's text is searchable too (bench/papersChild.ts).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DocumentService } from '../src/services/documents';
import { LibraryService } from '../src/services/library';
import { UserDataStore } from '../src/store';
import { median, round } from './stats';

export interface PapersLibraryFigures {
  /** Median wall time of adding a 30-page Markdown paper to a library (fresh store each run). */
  add30PagesMs: number;
  /** Median of fresh processes: services open and the papers list answered, 1,000 papers. */
  open1000PapersMs: number;
  /** Peak RSS of a fresh process once every paper's text is searchable (the kept index read). */
  peakRss1000PapersMB: number;
  /** How long making the 1,000 papers' text searchable took in the background (not part of the open). */
  index1000PapersMs: number;
  /** The same two on a first start, without the kept index: every paper's text indexed. */
  peakRss1000PapersColdMB: number;
  index1000PapersColdMs: number;
  /** Whether the generated library came from the cache (bench/data) or was generated now. */
  libraryCached: boolean;
  addSamplesMs: number[];
  openSamplesMs: number[];
}

const PAGE_CHARS = 3_000;

/** A ~30-page Markdown paper: the fixture's body repeated (its list kept), numbered `n`. */
export function thirtyPagePaper(fixture: string, n: number): string {
  const at = fixture.search(/^## References/m);
  const [head, ...body] = fixture.slice(0, at).split('\n\n');
  const list = fixture.slice(at);
  const parts: string[] = [head!.replace(/^# (.*)$/m, `# $1 (${n})`)];
  let size = 0;
  for (let k = 0; size < 30 * PAGE_CHARS; k++) {
    const paragraph = body[k % body.length]!;
    const text = paragraph.startsWith('#') ? `${paragraph} ${k}` : paragraph;
    parts.push(text);
    size += text.length;
  }
  return `${parts.join('\n\n')}\n\n${list}`;
}

/** Measures the figures; `root` is the repository. */
export async function benchPapersLibrary(
  root: string,
  quick: boolean,
): Promise<PapersLibraryFigures> {
  const fixture = readFileSync(
    join(root, 'tests/fixtures/added-papers/partnerships in migration governance.md'),
    'utf8',
  );
  const library = await LibraryService.open({ resourcesDir: join(root, 'resources') });
  const addSamplesMs: number[] = [];
  for (let run = 0; run < (quick ? 5 : 11); run++) {
    const bytes = new TextEncoder().encode(thirtyPagePaper(fixture, run));
    const store = await UserDataStore.openInMemory();
    const documents = new DocumentService(store, library);
    const t0 = performance.now();
    await documents.add({ fileName: `paper ${run}.md`, bytes });
    if (run > 0) addSamplesMs.push(performance.now() - t0); // the first warms the parser up
    await store.close();
  }

  const work = mkdtempSync(join(tmpdir(), 'scholion-bench-papers-'));
  try {
    const child = (phase: string, dataDir: string): Record<string, number> => {
      const out = join(work, `${phase}.json`);
      const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(root, 'bench/papersChild.ts'), phase, dataDir, root, out],
        { stdio: ['ignore', 'inherit', 'inherit'] },
      );
      if (result.status !== 0) throw new Error(`papersChild ${phase} failed (${result.status})`);
      return JSON.parse(readFileSync(out, 'utf8')) as Record<string, number>;
    };
    const { dir: library1000, cached } = generatedLibrary(root, (dir) => child('generate', dir));
    // Each process opens its own copy: an open may write (caches), and every open starts alike.
    const fresh = (phase: string) => {
      const dataDir = join(work, 'library');
      rmSync(dataDir, { recursive: true, force: true });
      cpSync(library1000, dataDir, { recursive: true });
      return child(phase, dataDir);
    };
    // Five opens in all (an odd count: `median` takes the lower middle of an even one).
    const opens = [fresh('open'), fresh('open'), fresh('open'), fresh('open')];
    const indexed = fresh('index');
    const cold = fresh('index-cold');
    const openSamplesMs = [...opens, indexed].map((o) => round(o.openMs!, 1));
    return {
      add30PagesMs: round(median(addSamplesMs), 1),
      open1000PapersMs: round(median(openSamplesMs), 1),
      peakRss1000PapersMB: indexed.peakRssMB!,
      index1000PapersMs: round(indexed.indexMs!, 0),
      peakRss1000PapersColdMB: cold.peakRssMB!,
      index1000PapersColdMs: round(cold.indexMs!, 0),
      libraryCached: cached,
      addSamplesMs: addSamplesMs.map((ms) => round(ms, 1)),
      openSamplesMs,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * What the generated library is made from: the generator, the fixture, the parser and store, and
 * search (the library keeps the papers' search index of its first start).
 */
const LIBRARY_INPUTS = [
  'bench/papersChild.ts',
  'bench/papersLibrary.ts',
  'tests/fixtures/added-papers/partnerships in migration governance.md',
  'src/core',
  'src/services/documents',
  'src/services/search',
  'src/store',
];

/** A file, or every file under a folder, in a stable order. */
function filesUnder(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Where the generated 1,000-paper library is kept: bench/data/, named by a hash of its inputs. */
export function generatedLibraryDir(root: string): string {
  const hash = createHash('sha256');
  for (const input of LIBRARY_INPUTS) {
    for (const file of filesUnder(join(root, input))) {
      hash.update(relative(root, file)).update(readFileSync(file));
    }
  }
  return join(root, 'bench/data', `papers-1000-${hash.digest('hex').slice(0, 16)}`);
}

/**
 * The generated 1,000-paper library, kept in bench/data/ (git-ignored) under a hash of what it is
 * made from, so it is generated once (minutes) and not again until the generator, the fixture,
 * the parser or the store's format changes. Older generations are removed.
 */
function generatedLibrary(
  root: string,
  generate: (dir: string) => void,
): { dir: string; cached: boolean } {
  const dir = generatedLibraryDir(root);
  if (existsSync(dir)) return { dir, cached: true };
  const base = dirname(dir);
  for (const old of existsSync(base) ? readdirSync(base) : []) {
    if (old.startsWith('papers-1000-')) rmSync(join(base, old), { recursive: true, force: true });
  }
  const building = `${dir}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  generate(building);
  renameSync(building, dir); // only a complete generation is ever reused
  return { dir, cached: false };
}
