/**
 * Reference-string parser benchmark: 1,000 real reference-list entries (the first 1,000 lines of
 * ../shared/evals/refstrings, AnyStyle and GROBID) parsed into CSL-JSON, in one process that has
 * already loaded the shipped tagger (its first load is measured apart).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseReference, parseReferences } from '../src/core/references/parse';
import { median, round, timeRuns } from './stats';

export interface ReferenceStringsBench {
  entries: number;
  /** First call: building the tagger's weight tables from the JSON module, plus one parse. */
  firstParseMs: number;
  parse1kMedianMs: number;
  /** CPU time of one pass (less sensitive than wall time to other processes on a shared machine). */
  parse1kCpuMs: number;
  parse1kTargetMs: number;
}

/** The first `count` raw entries of the tagged corpora (every corpus in turn). */
function sampleEntries(root: string, count: number): string[] {
  const dir = join(root, '..', 'shared', 'evals', 'refstrings');
  const out: string[] = [];
  for (const file of ['anystyle_gold.jsonl', 'grobid_citation_corpus.jsonl']) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (out.length >= count) return out;
      if (line.trim()) out.push((JSON.parse(line) as { raw: string }).raw);
    }
  }
  return out;
}

/** Runs the benchmark; `root` is the repository root. */
export function benchReferences(root: string, quick: boolean): ReferenceStringsBench {
  const entries = sampleEntries(root, 1000);
  const t0 = performance.now();
  parseReference(entries[0] ?? '');
  const firstParseMs = performance.now() - t0;
  const cpuBefore = process.cpuUsage();
  const runs = timeRuns(() => parseReferences(entries), quick ? 3 : 7, 0);
  const cpu = process.cpuUsage(cpuBefore);
  return {
    entries: entries.length,
    firstParseMs: round(firstParseMs, 1),
    parse1kMedianMs: round(median(runs), 1),
    parse1kCpuMs: round((cpu.user + cpu.system) / 1000 / runs.length, 1),
    parse1kTargetMs: 1000,
  };
}
