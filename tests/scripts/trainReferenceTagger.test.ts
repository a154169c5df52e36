// The reference tagger's training (scripts/referenceTagger/): reproducible, and with
// several seeds the mean of the perceptrons trained on each seed's shuffled order; the labels it
// reads from the corpora.
import { describe, expect, it } from 'vitest';
import { markGenre } from '../../scripts/referenceTagger/corpus';
import { trainTagger, type TrainingSequence } from '../../scripts/referenceTagger/perceptron';
import { tokenFeatures } from '../../src/core/references/parse/features';
import { decodeWeights, type TaggerModelFile } from '../../src/core/references/parse/modelCodec';
import { ReferenceTagger } from '../../src/core/references/parse/tagger';
import { tokenize } from '../../src/core/references/parse/tokens';

const LABELS = ['other', 'author', 'date', 'title', 'container-title'];

/** A tiny corpus: "Name, I. (year). Title words. Journal words." */
function corpus(): TrainingSequence[] {
  const rows: [string, string[]][] = [
    ['Smith, J. (1999). Cells grow. Nature.', ['author', 'date', 'title', 'container-title']],
    ['Jones, K. (2004). Stars burn out. Science.', ['author', 'date', 'title', 'container-title']],
    ['Brown, A. (2011). Rivers run dry. Water.', ['author', 'date', 'title', 'container-title']],
    ['Green, P. (1987). Old maps. Cartography.', ['author', 'date', 'title', 'container-title']],
    ['Black, T. (2001). Ice. Tundra Notes.', ['author', 'date', 'title', 'container-title']],
  ];
  return rows.map(([raw, parts]) => {
    const tokens = tokenize(raw);
    // Parts are cut at "(", ")." and the next full stops: author | (date). | title. | container.
    const cuts = [
      raw.indexOf('('),
      raw.indexOf(').') + 2,
      raw.indexOf('.', raw.indexOf(').') + 2) + 1,
    ];
    const labels = tokens.map((t) => parts[cuts.filter((c) => t.start >= c).length]!);
    return { features: tokenFeatures(raw, tokens), labels };
  });
}

const options = { epochs: 4, minFeatureCount: 1, minWeight: 0 };

/** Every (feature, label) weight of a model, as real numbers. */
function realWeights(model: TaggerModelFile): Map<string, number> {
  const w = decodeWeights(model);
  const out = new Map<string, number>();
  w.hashes.forEach((h, k) => {
    for (let p = w.start[k]!; p < w.start[k + 1]!; p++)
      out.set(`${h}:${w.labels[p]}`, w.values[p]! / model.scale);
  });
  return out;
}

describe('training the reference tagger', () => {
  it('writes the same model for the same data and seed', () => {
    const a = trainTagger(corpus(), LABELS, { ...options, seeds: [7] });
    const b = trainTagger(corpus(), LABELS, { ...options, seeds: [7] });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const tagged = new ReferenceTagger(a).tag(corpus()[0]!.features).labels;
    expect(tagged).toEqual(corpus()[0]!.labels);
  });

  it('with two seeds, ships the mean of the two perceptrons', () => {
    const one = realWeights(trainTagger(corpus(), LABELS, { ...options, seeds: [7] }));
    const two = realWeights(trainTagger(corpus(), LABELS, { ...options, seeds: [8] }));
    const both = trainTagger(corpus(), LABELS, { ...options, seeds: [7, 8] });
    const mean = realWeights(both);
    const keys = new Set([...one.keys(), ...two.keys()]);
    let differ = 0;
    for (const k of keys) {
      const want = ((one.get(k) ?? 0) + (two.get(k) ?? 0)) / 2;
      // Each stored weight is rounded to 1 / scale.
      expect(Math.abs((mean.get(k) ?? 0) - want)).toBeLessThanOrEqual(2 / both.scale);
      if (Math.abs((one.get(k) ?? 0) - (two.get(k) ?? 0)) > 2 / both.scale) differ++;
    }
    // The two orders did train two different perceptrons (else the test proves nothing).
    expect(differ).toBeGreaterThan(0);
  });
});

describe('the training margin (--margin)', () => {
  /** The token errors of each epoch (with a margin: the tokens whose gold label won by less). */
  const errorsPerEpoch = (margin?: number): number[] => {
    const errors: number[] = [];
    trainTagger(corpus(), LABELS, {
      ...options,
      epochs: 6,
      seeds: [7],
      margin,
      onEpoch: (_, e) => errors.push(e),
    });
    return errors;
  };

  it('keeps updating while the gold labels win by less than the margin', () => {
    // The plain perceptron separates the tiny corpus and stops changing ...
    expect(errorsPerEpoch(0).at(-1)).toBe(0);
    // ... while with a margin the gold path must also win by that much, so it goes on.
    expect(errorsPerEpoch(400).at(-1)).toBeGreaterThan(0);
  });

  it('learns the corpus as well, and without a margin trains as before', () => {
    const wide = trainTagger(corpus(), LABELS, { ...options, seeds: [7], margin: 3 });
    for (const seq of corpus())
      expect(new ReferenceTagger(wide).tag(seq.features).labels).toEqual(seq.labels);
    const none = trainTagger(corpus(), LABELS, { ...options, seeds: [7], margin: 0 });
    const plain = trainTagger(corpus(), LABELS, { ...options, seeds: [7] });
    expect(JSON.stringify(none)).toBe(JSON.stringify(plain));
    expect(JSON.stringify(wide)).not.toBe(JSON.stringify(plain));
  });
});

describe('the feature cut-off (--min-count)', () => {
  it('drops the features seen fewer times than the cut-off', () => {
    const hashesOf = (minFeatureCount: number): Set<number> =>
      new Set(
        decodeWeights(trainTagger(corpus(), LABELS, { ...options, minFeatureCount, seeds: [7] }))
          .hashes,
      );
    const all = hashesOf(1);
    const common = hashesOf(3);
    // Words of one entry only ("Cells", "Nature") fall below the cut-off.
    expect(common.size).toBeLessThan(all.size);
    for (const h of common) expect(all.has(h)).toBe(true);
  });
});

describe('the training labels of a GROBID report note', () => {
  const labelled = (text: string): string => {
    const labels = new Array<string>(text.length).fill('number');
    markGenre(0, text, labels);
    // One letter per character: g for genre, n for number.
    return labels.map((l) => (l === 'genre' ? 'g' : 'n')).join('');
  };

  it('gives the words before the number to the genre, as the parser reads them', () => {
    expect(labelled('Working Paper No. 13987')).toBe(`${'g'.repeat(13)}${'n'.repeat(10)}`);
    expect(labelled('Working Paper 7')).toBe(`${'g'.repeat(13)}nn`);
  });

  it('leaves a report number with letters in it whole', () => {
    expect(labelled('CAIP-TR-125')).toBe('n'.repeat(11));
    expect(labelled('No. 12')).toBe('n'.repeat(6));
  });
});
