/**
 * Paper analysis benchmark: a 30-page paper in each citation style (the fixture papers of
 * tests/fixtures/papers, their bodies grown to 30 pages and their lists to 60 entries), timed
 * through `analyseReferencesAndCitations`: citations, reference list, entries parsed and linked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyseReferencesAndCitations,
  findReferenceList,
  splitEntries,
} from '../src/core/references';
import { median, quantile, round, timeRuns } from './stats';

/** About 3,000 characters of prose a page. */
const PAGE_CHARS = 3_000;
const PAGES = 30;
const ENTRIES = 60;

export interface PaperFigures {
  chars: number;
  citations: number;
  references: number;
  medianMs: number;
  p95Ms: number;
  /** Median CPU time of one analysis: what the wall time would be on a machine not shared. */
  cpuMedianMs: number;
}

/** CPU milliseconds of each of `runs` calls of `fn` (after one warm-up call). */
function cpuRuns(fn: () => unknown, runs: number): number[] {
  fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    out.push((used.user + used.system) / 1000);
  }
  return out;
}

/**
 * Grows a fixture paper to 30 pages: its body repeated (numbered styles keep citing the numbers
 * they cite; notes keep their definitions), its reference list padded with entries of its own
 * style (copies with another year or number) to 60 entries.
 */
function thirtyPages(text: string): string {
  const region = findReferenceList(text);
  if (!region) return text;
  const body = text.slice(0, region.start);
  const list = text.slice(region.start, region.end).trimEnd();
  const after = text.slice(region.end);
  const bodies: string[] = [];
  for (let size = 0; size < PAGES * PAGE_CHARS; size += body.length) bodies.push(body);
  const entries = splitEntries(text, region).length;
  const extra: string[] = [];
  for (let k = entries; k < ENTRIES; k++) {
    const n = k + 1;
    extra.push(
      /^\[\d/mu.test(list)
        ? `[${n}] A. Author${n}, "A further study ${n}," J. Further Stud., vol. ${n}, pp. 1-9, 2015.`
        : /^\d+\. /mu.test(list)
          ? `${n}. Author${n} A. A further study ${n}. J Further Stud. 2015;${n}:1-9.`
          : `Author${n}, A. (${1900 + n}). *A further study ${n}*. Further Press.`,
    );
  }
  const separator = /\n\n\S/u.test(list) ? '\n\n' : '\n';
  return `${bodies.join('\n\n')}${list}${separator}${extra.join(separator)}\n${after}`;
}

/** Times the analysis of a 30-page paper in each style of the fixture papers. */
export function benchPapers(root: string, quick: boolean): Record<string, PaperFigures> {
  const dir = join(root, 'tests/fixtures/papers');
  const out: Record<string, PaperFigures> = {};
  for (const file of readdirSync(dir).filter((f) => /\.(md|txt)$/u.test(f))) {
    const text = thirtyPages(readFileSync(join(dir, file), 'utf8'));
    const runs = timeRuns(() => analyseReferencesAndCitations(text), quick ? 10 : 30);
    const cpu = cpuRuns(() => analyseReferencesAndCitations(text), quick ? 10 : 30);
    const analysis = analyseReferencesAndCitations(text);
    out[file] = {
      chars: text.length,
      citations: analysis.citations.length,
      references: analysis.references.length,
      medianMs: round(median(runs), 1),
      p95Ms: round(quantile(runs, 0.95), 1),
      cpuMedianMs: round(median(cpu), 1),
    };
  }
  return out;
}
