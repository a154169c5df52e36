// Feature hashing: a feature's hash depends on its template and values (not on how the values are
// cut), and the sink keeps each token's features apart.
import { describe, expect, it } from 'vitest';
import { FeatureSink, template } from '../../../src/core/references/parse/featureHash';
import { encodeWeights, decodeWeights } from '../../../src/core/references/parse/modelCodec';

const hashOf = (add: (sink: FeatureSink) => void): number => {
  const sink = new FeatureSink();
  add(sink);
  sink.endToken();
  return sink.finish().hashes[0]!;
};

describe('feature hashing', () => {
  const w = template('w');
  const pair = template('w|w+1');

  it('gives the same feature the same hash and different values different hashes', () => {
    expect(hashOf((s) => s.text(w, 'journal'))).toBe(hashOf((s) => s.text(w, 'journal')));
    expect(hashOf((s) => s.text(w, 'journal'))).not.toBe(hashOf((s) => s.text(w, 'journals')));
    expect(hashOf((s) => s.text(w, 'journal'))).not.toBe(hashOf((s) => s.text(pair, 'journal')));
  });

  it('hashes a slice in place as it hashes the slice (the shipped model knows those hashes)', () => {
    for (const [from, to] of [
      [0, 3],
      [4, 7],
      [2, 2],
      [0, 7],
    ] as const) {
      expect(hashOf((s) => s.textRange(w, 'journal', from, to))).toBe(
        hashOf((s) => s.text(w, 'journal'.slice(from, to))),
      );
    }
  });

  it('keeps the parts of a feature apart: "ab"+"c" is not "a"+"bc"', () => {
    expect(hashOf((s) => s.text(pair, 'ab', 'c'))).not.toBe(hashOf((s) => s.text(pair, 'a', 'bc')));
    expect(hashOf((s) => s.ints(pair, 1, 2))).not.toBe(hashOf((s) => s.ints(pair, 2, 1)));
  });

  it("records where each token's features start and end, growing past its first buffer", () => {
    const sink = new FeatureSink();
    for (let token = 0; token < 100; token++) {
      for (let k = 0; k < 50; k++) sink.ints(w, token, k);
      sink.endToken();
    }
    const { hashes, offsets } = sink.finish();
    expect(offsets.length).toBe(101);
    expect(offsets[100]).toBe(5000);
    expect(hashes.length).toBe(5000);
  });
});

describe('the model codec', () => {
  it('round-trips sparse weights, negative hashes and weights included', () => {
    const weights = {
      hashes: Int32Array.from([-5, 7, 2147483647]),
      start: Int32Array.from([0, 2, 3, 5]),
      labels: Uint8Array.from([0, 3, 1, 2, 21]),
      values: Int16Array.from([-32767, 5, 0, 100, 32767]),
    };
    const file = {
      version: 3 as const,
      labels: [],
      scale: 1,
      transitions: [],
      ...encodeWeights(weights),
    };
    expect(decodeWeights(file)).toEqual(weights);
  });
});
