/**
 * `npx tsx scripts/reference-tagger-errors.ts [--model FILE] [--offset 1] [--corpus NAME] [--top 25] [--entries]`
 *
 * The tagger's label errors on one split of ../shared/evals/refstrings (the dev split
 * `i % 10 === 1` by default; score a model trained with `--dev 1`): the token labels the parser
 * works from (the tagger's, with the pattern and printed-form rules applied, as parseReference
 * does) against the gold labels the training script reads, by (gold, predicted) label pair over
 * word tokens, and how many entries have every word labelled right. An entry that is labelled
 * right and still fails `score_refstrings.py` fails in the conversion (or on the gold's
 * conventions: `scripts/oracle-reference-conversion.ts`); the rest are the tagger's. `--entries`
 * also prints every entry with an error, each wrong word marked "[word|gold>predicted]".
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { tokenFeatures } from '../src/core/references/parse/features';
import { printedFormLabels } from '../src/core/references/parse/forms';
import { patternLabels } from '../src/core/references/parse/segments';
import { ReferenceTagger, type TaggerModelFile } from '../src/core/references/parse/tagger';
import { CORPORA, readCorpus, type CorpusName } from './referenceTagger/corpus';
import { labelErrors, markedEntry, type LabelledTokens } from './referenceTagger/labelErrors';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    model: { type: 'string', default: join(root, 'resources', 'models', 'reference-tagger.js') },
    offset: { type: 'string', default: '1' },
    corpus: { type: 'string', default: 'grobid_citation_corpus' },
    top: { type: 'string', default: '25' },
    entries: { type: 'boolean', default: false },
  },
});
const corpus = values.corpus as CorpusName;
if (!CORPORA.includes(corpus)) {
  console.error(`unknown corpus ${values.corpus}: one of ${CORPORA.join(', ')}`);
  process.exit(2);
}
const modelModule = (await import(pathToFileURL(resolve(values.model)).href)) as {
  default: TaggerModelFile;
};
const tagger = new ReferenceTagger(modelModule.default);
const offset = Number(values.offset);
const tagged: LabelledTokens[] = readCorpus(root, corpus)
  .filter((e) => e.line % 10 === offset)
  .map((e) => {
    const { labels } = tagger.tag(tokenFeatures(e.raw, e.tokens, tagger.gazetteer));
    const predicted = printedFormLabels(e.raw, e.tokens, patternLabels(e.tokens, labels));
    return { line: e.line, tokens: e.tokens.map((t) => t.text), gold: e.labels, predicted };
  });
const report = labelErrors(tagged);
const pct = (a: number, b: number): string => `${((100 * a) / Math.max(b, 1)).toFixed(2)}%`;
console.log(
  `${corpus}, lines i % 10 === ${offset}: ${report.exactEntries}/${report.entries} entries with every word labelled right (${pct(report.exactEntries, report.entries)}); ` +
    `${report.wrongWordTokens}/${report.wordTokens} word tokens wrong (${pct(report.wrongWordTokens, report.wordTokens)})`,
);
console.log('gold -> predicted: word tokens, entries (example line)');
for (const c of report.confusions.slice(0, Number(values.top)))
  console.log(`  ${c.gold} -> ${c.predicted}: ${c.tokens}, ${c.entries} (line ${c.exampleLine})`);
if (values.entries) {
  for (const e of tagged) {
    if (e.tokens.every((_, i) => e.gold[i] === e.predicted[i])) continue;
    const marked = markedEntry(e);
    if (marked.includes('[')) console.log(`\n${e.line}: ${marked}`);
  }
}
