// The tagger's second pass (stacking.ts): features of the first pass's labels, and a model layer
// whose weights over them are added to the first pass's scores before decoding again.
import { describe, expect, it } from 'vitest';
import { EDGE_CLASSES } from '../../../src/core/references/parse/edges';
import { FeatureSink, template } from '../../../src/core/references/parse/featureHash';
import { encodeWeights } from '../../../src/core/references/parse/modelCodec';
import { stackedFeatures } from '../../../src/core/references/parse/stacking';
import { ReferenceTagger, type TaggerModelFile } from '../../../src/core/references/parse/tagger';
import { tokenize } from '../../../src/core/references/parse/tokens';

const RAW = 'Smith, J. Cells grow. Nature 12, 1-5.';

/** The per-token hash lists of the second pass's features for `labels` of RAW. */
function featureLists(labels: string[]): number[][] {
  const tokens = tokenize(RAW);
  const f = stackedFeatures(RAW, tokens, labels, new Uint8Array(tokens.length));
  return Array.from({ length: tokens.length }, (_, i) =>
    Array.from(f.hashes.subarray(f.offsets[i], f.offsets[i + 1])),
  );
}

describe('the second pass features', () => {
  const tokens = tokenize(RAW);
  // Smith , J . | Cells grow . | Nature 12 , 1 - 5 .
  const labels = tokens.map((t) =>
    t.start < 10 ? 'author' : t.start < 21 ? 'title' : t.start < 28 ? 'container-title' : 'pages',
  );

  it('gives every token its own list, the same for the same labels', () => {
    const a = featureLists(labels);
    expect(a).toHaveLength(tokens.length);
    expect(a.every((l) => l.length > 10)).toBe(true);
    expect(featureLists(labels)).toEqual(a);
  });

  it('changes with the labels of the rest of the entry, not only of the token', () => {
    // Relabel the container as title: the author tokens' own labels stay, their features change
    // (what follows them is no longer a container).
    const relabelled = labels.map((l) => (l === 'container-title' ? 'title' : l));
    const before = featureLists(labels);
    const after = featureLists(relabelled);
    expect(after[0]).not.toEqual(before[0]);
  });
});

/** One-feature models: a first pass that says "a" everywhere, a second pass that says "b" after "a". */
function withSecondPass(): TaggerModelFile {
  const L = 2;
  const transitions = new Array<number>((1 + EDGE_CLASSES) * (L + 1) * L).fill(0);
  const hashOf = (make: (s: FeatureSink) => void): number => {
    const sink = new FeatureSink();
    make(sink);
    sink.endToken();
    return sink.finish().hashes[0]!;
  };
  const bias = hashOf((s) => s.flag(template('bias')));
  const afterA = hashOf((s) => s.text(template('y-1'), 'a', 'a'));
  const weights = (hash: number, label: number, value: number) =>
    encodeWeights({
      hashes: Int32Array.from([hash]),
      start: Int32Array.from([0, 1]),
      labels: Uint8Array.from([label]),
      values: Int16Array.from([value]),
    });
  return {
    version: 3,
    labels: ['a', 'b'],
    scale: 1,
    transitions,
    ...weights(bias, 0, 1),
    stacked: { scale: 1, transitions, ...weights(afterA, 1, 3) },
  };
}

describe('a model with a second pass', () => {
  const raw = 'one two three';
  const tokens = tokenize(raw);
  const first = (() => {
    const sink = new FeatureSink();
    for (let i = 0; i < tokens.length; i++) {
      sink.flag(template('bias'));
      sink.endToken();
    }
    return sink.finish(new Uint8Array(tokens.length));
  })();
  const tagger = new ReferenceTagger(withSecondPass());

  it('tags with the first pass alone when not given the second pass features', () => {
    expect(tagger.hasSecondPass).toBe(true);
    expect(tagger.tag(first).labels).toEqual(['a', 'a', 'a']);
  });

  it("relabels from the first pass's labels, its scores added to the first pass's", () => {
    const { labels, margins } = tagger.tag(first, (firstLabels) =>
      stackedFeatures(raw, tokens, firstLabels, first.edges),
    );
    // Token 0 has no "a" before it: 1 for a, 0 for b. Tokens 1 and 2 follow an "a": 1 against 3.
    expect(labels).toEqual(['a', 'b', 'b']);
    expect(margins[0]).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(margins[1]).toBeCloseTo(1 - Math.exp(-2), 12);
  });

  it('refuses a second pass whose transitions are not one block per edge class', () => {
    const file = withSecondPass();
    const broken = { ...file, stacked: { ...file.stacked!, transitions: [0] } };
    expect(() => new ReferenceTagger(broken)).toThrow(/not a version 3 model/);
  });
});
