/**
 * `npx tsx scripts/evaluate-reference-tagger.ts [--model FILE] [--out DIR]`
 *
 * Parses every raw string of ../shared/evals/refstrings with a tagger model (the shipped one by
 * default, or a candidate written by `train-reference-tagger.ts --out FILE`) and writes
 * DIR/<corpus>.json in the shape of `cli references --json`, for
 * `../shared/evals/score_refstrings.py GOLD.jsonl DIR/<corpus>.json --every 10 --offset K`.
 * Score candidates on the dev split (`--offset 1`, with a model trained with `--dev 1`); the
 * held-out split (`--offset 0`) is for the final figures only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseReferences } from '../src/core/references/parse';
import { ReferenceTagger, type TaggerModelFile } from '../src/core/references/parse/tagger';
import { CORPORA, readCorpus } from './referenceTagger/corpus';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    model: { type: 'string', default: join(root, 'resources', 'models', 'reference-tagger.js') },
    out: { type: 'string', default: join(root, 'test-results', 'refstrings') },
  },
});
const modelModule = (await import(pathToFileURL(resolve(values.model)).href)) as {
  default: TaggerModelFile;
};
const tagger = new ReferenceTagger(modelModule.default);
mkdirSync(values.out, { recursive: true });
for (const corpus of CORPORA) {
  const raws = readCorpus(root, corpus).map((e) => e.raw);
  const parsed = parseReferences(raws, tagger).map((p) => ({ raw: p.raw, csl: p.csl }));
  const file = join(values.out, `${corpus}.json`);
  writeFileSync(file, `${JSON.stringify(parsed)}\n`);
  console.log(`wrote ${file}: ${parsed.length} entries`);
}
