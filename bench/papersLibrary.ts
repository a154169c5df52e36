/**
 * A library of papers (issue 11's §6): a 30-page Markdown paper added (parse, link, write), and
 * 1,000 generated ~30-page papers opened in a fresh process with the papers list ready, with the
 * peak memory of that process once every paper's text is searchable too (bench/papersChild.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DocumentService } from '../src/services/documents';
import { LibraryService } from '../src/services/library';
import { UserDataStore } from '../src/store';
import { median, round } from './stats';

export interface PapersLibraryFigures {
  /** Median wall time of adding a 30-page Markdown paper to a library (fresh store each run). */
  add30PagesMs: number;
  /** Median of three fresh processes: services open and the papers list answered, 1,000 papers. */
  open1000PapersMs: number;
  /** Peak RSS of that process once every paper's text is indexed for search. */
  peakRss1000PapersMB: number;
  /** How long indexing the 1,000 papers' text took in the background (not part of the open). */
  index1000PapersMs: number;
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

  const dataDir = mkdtempSync(join(tmpdir(), 'scholion-bench-papers-'));
  try {
    const child = (phase: string): Record<string, number> => {
      const out = join(dataDir, `${phase}.json`);
      const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(root, 'bench/papersChild.ts'), phase, dataDir, root, out],
        { stdio: ['ignore', 'inherit', 'inherit'] },
      );
      if (result.status !== 0) throw new Error(`papersChild ${phase} failed (${result.status})`);
      return JSON.parse(readFileSync(out, 'utf8')) as Record<string, number>;
    };
    child('generate');
    const opens = [child('open'), child('open'), child('open')];
    const openSamplesMs = opens.map((o) => round(o.openMs!, 1));
    return {
      add30PagesMs: round(median(addSamplesMs), 1),
      open1000PapersMs: round(median(openSamplesMs), 1),
      peakRss1000PapersMB: Math.max(...opens.map((o) => o.peakRssMB!)),
      index1000PapersMs: round(median(opens.map((o) => o.indexMs!)), 0),
      addSamplesMs: addSamplesMs.map((ms) => round(ms, 1)),
      openSamplesMs,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
