/**
 * `npx tsx scripts/oracle-reference-conversion.ts [--out DIR]`
 *
 * The conversion's ceiling: feeds the gold token labels of ../shared/evals/refstrings (as the
 * training script reads them) through the parser's label -> CSL conversion (segments, repairs,
 * field cleaning, name splitting) and writes DIR/<corpus>.json in the shape of
 * `cli references --json`. Scored with `score_refstrings.py ... --every 10 --offset 1 -v`, every
 * mismatch left is the conversion's (or the gold's), not the tagger's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { patternLabels, toSegments } from '../src/core/references/parse/segments';
import { segmentsToCsl } from '../src/core/references/parse/toCsl';
import { CORPORA, readCorpus } from './referenceTagger/corpus';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { out: { type: 'string', default: join(root, 'test-results', 'refstrings-oracle') } },
});
mkdirSync(values.out, { recursive: true });
for (const corpus of CORPORA) {
  const parsed = readCorpus(root, corpus).map((e) => ({
    raw: e.raw,
    csl: segmentsToCsl(toSegments(e.raw, e.tokens, patternLabels(e.tokens, e.labels))),
  }));
  const file = join(values.out, `${corpus}.json`);
  writeFileSync(file, `${JSON.stringify(parsed)}\n`);
  console.log(`wrote ${file}: ${parsed.length} entries`);
}
