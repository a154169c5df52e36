// The shipped tagger loads, has the parser's labels, stays small, and still parses held-out entries
// well: a broken or badly retrained model fails here. The held-out lines (i % 10 === 0 of each
// corpus in ../shared/evals/refstrings) are never used for training (scripts/train-reference-tagger.ts).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import modelFile from '../../../resources/models/reference-tagger.js';
import { parseReferences } from '../../../src/core/references/parse';
import { LABELS } from '../../../src/core/references/parse/labels';
import { ReferenceTagger, type TaggerModelFile } from '../../../src/core/references/parse/tagger';
import { repoRoot } from '../../cli/runCli';
import { fieldF1, readGold } from './refstringScore';

const MODEL_PATH = join(repoRoot, 'resources', 'models', 'reference-tagger.js');

describe('the shipped reference tagger', () => {
  it('loads, with the labels the parser knows, and is under 2.5 MB', () => {
    const file = modelFile;
    expect(file.labels).toEqual(LABELS);
    expect(() => new ReferenceTagger(file)).not.toThrow();
    expect(statSync(MODEL_PATH).size).toBeLessThan(2_500_000);
  });

  it('refuses a file that is not a version 3 model, with a clear message', () => {
    expect(() => new ReferenceTagger({} as TaggerModelFile)).toThrow(/not a version 3 model/);
    const v1 = { version: 1, labels: [...LABELS], features: {} } as unknown as TaggerModelFile;
    expect(() => new ReferenceTagger(v1)).toThrow(/rebuild it with scripts/);
    // Version 2 had one transition table for every edge; version 3 has one per edge class too.
    const v2 = { ...modelFile, version: 2 } as unknown as TaggerModelFile;
    expect(() => new ReferenceTagger(v2)).toThrow(/not a version 3 model/);
  });

  it('carries a gazetteer of known container, publisher and place names', () => {
    const names = new ReferenceTagger(modelFile).gazetteer?.names();
    expect(names?.container.length).toBeGreaterThan(1000);
    expect(names?.publisher.length).toBeGreaterThan(100);
    expect(names?.place.length).toBeGreaterThan(100);
  });

  it('refuses a damaged weight table instead of tagging with it', () => {
    expect(() => new ReferenceTagger({ ...modelFile, counts: 'AAAA' })).toThrow(/damaged/);
  });

  for (const [corpus, floor] of [
    ['anystyle_gold', 0.88],
    ['grobid_citation_corpus', 0.88],
  ] as const) {
    it(`scores field F1 ≥ ${floor} on 150 held-out ${corpus} entries`, () => {
      const gold = readGold(repoRoot, corpus)
        .filter((_, i) => i % 10 === 0)
        .slice(0, 150);
      const parsed = parseReferences(gold.map((g) => g.raw.replace(/\n/g, ' ')));
      expect(
        fieldF1(
          gold,
          parsed.map((p) => p.csl),
        ),
      ).toBeGreaterThanOrEqual(floor);
    });
  }
});
