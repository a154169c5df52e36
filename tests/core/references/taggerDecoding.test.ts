// The tagger's decoding: label-to-label transitions depend on what stands between two tokens
// (edges.ts), and the gazetteer marks the names it knows (gazetteer.ts), also after a round trip
// through the model file.
import { describe, expect, it } from 'vitest';
import { EDGE_CLASSES, edgeClasses } from '../../../src/core/references/parse/edges';
import { stopsBefore } from '../../../src/core/references/parse/entryLayout';
import { FeatureSink, template } from '../../../src/core/references/parse/featureHash';
import { Gazetteer, matchBit, nameHash } from '../../../src/core/references/parse/gazetteer';
import {
  decodeGazetteer,
  encodeGazetteer,
  encodeWeights,
} from '../../../src/core/references/parse/modelCodec';
import { ReferenceTagger, type TaggerModelFile } from '../../../src/core/references/parse/tagger';
import { tokenize } from '../../../src/core/references/parse/tokens';

const edgesOf = (raw: string): number[] => {
  const tokens = tokenize(raw);
  return Array.from(edgeClasses(tokens, stopsBefore(raw, tokens)));
};

describe('edge classes', () => {
  it('tells a space between words from a full stop, an initial, a comma, a colon and a bracket', () => {
    // Tokens: Smith , J . Title words . J Chem : 12 ( 3 )
    expect(edgesOf('Smith, J. Title words. J Chem: 12(3)')).toEqual([
      0, 8, 5, 8, 4, 1, 8, 3, 1, 8, 6, 8, 7, 8,
    ]);
  });

  it('marks two words run together apart from two words with a space', () => {
    expect(edgesOf('B386131 x')).toEqual([0, 2, 1]);
  });
});

/**
 * A two-label model ("a", "b") whose only feature pulls every token towards "b" a little, and
 * whose transitions forbid a change of label across a plain space but allow it after a comma.
 */
function twoLabelModel(): TaggerModelFile {
  const L = 2;
  const block = (L + 1) * L;
  const transitions = new Array<number>((1 + EDGE_CLASSES) * block).fill(0);
  // Start: label a strongly.
  transitions[0] = 10;
  // Class 1 (word - space - word): a -> b costs a lot.
  transitions[(1 + 1) * block + (0 + 1) * L + 1] = -100;
  const sink = new FeatureSink();
  sink.flag(template('bias'));
  sink.endToken();
  const bias = sink.finish().hashes[0]!;
  return {
    version: 3,
    labels: ['a', 'b'],
    scale: 1,
    transitions,
    ...encodeWeights({
      hashes: Int32Array.from([bias]),
      start: Int32Array.from([0, 1]),
      labels: Uint8Array.from([1]),
      values: Int16Array.from([1]),
    }),
  };
}

const biasOnly = (edges: number[]) => {
  const sink = new FeatureSink();
  for (let i = 0; i < edges.length; i++) {
    sink.flag(template('bias'));
    sink.endToken();
  }
  return sink.finish(Uint8Array.from(edges));
};

describe('decoding with edge-dependent transitions', () => {
  const tagger = new ReferenceTagger(twoLabelModel());

  it('keeps a label across plain spaces and changes it where the edge allows', () => {
    expect(tagger.tag(biasOnly([0, 1, 1, 1])).labels).toEqual(['a', 'a', 'a', 'a']);
    expect(tagger.tag(biasOnly([0, 1, 5, 1])).labels).toEqual(['a', 'a', 'b', 'b']);
  });

  it('refuses a model whose transitions are not one block per edge class', () => {
    const file = { ...twoLabelModel(), transitions: [0, 0, 0, 0, 0, 0] };
    expect(() => new ReferenceTagger(file)).toThrow(/not a version 3 model/);
  });
});

/**
 * A model of `L` labels with one feature ("bias") whose weights are `weights` ([label, value] in the
 * model's 16-bit integers) at `scale`, and no transitions.
 */
function biasModel(L: number, weights: [number, number][], scale: number): TaggerModelFile {
  const sink = new FeatureSink();
  sink.flag(template('bias'));
  sink.endToken();
  return {
    version: 3,
    labels: Array.from({ length: L }, (_, y) => `l${y}`),
    scale,
    transitions: new Array<number>((1 + EDGE_CLASSES) * (L + 1) * L).fill(0),
    ...encodeWeights({
      hashes: Int32Array.from([sink.finish().hashes[0]!]),
      start: Int32Array.from([0, weights.length]),
      labels: Uint8Array.from(weights.map(([y]) => y)),
      values: Int16Array.from(weights.map(([, v]) => v)),
    }),
  };
}

describe('the packed weight table', () => {
  it('keeps every label and the sign and size of 16-bit weights', () => {
    // Label 21 (the last of 22) wins by 1 over label 20 at scale 2: a margin of 0.5.
    const tagger = new ReferenceTagger(
      biasModel(
        22,
        [
          [0, -32768],
          [20, 32766],
          [21, 32767],
          [3, -1],
        ],
        2,
      ),
    );
    const { labels, margins } = tagger.tag(biasOnly([0, 1]));
    expect(labels).toEqual(['l21', 'l21']);
    expect(margins[0]).toBeCloseTo(1 - Math.exp(-0.5), 12);
    // A negative weight stays negative: label 0 loses to every label without a weight.
    const negative = new ReferenceTagger(biasModel(3, [[0, -32768]], 1));
    expect(negative.tag(biasOnly([0])).labels).toEqual(['l1']);
  });

  it('refuses a model with more labels than a packed weight can name', () => {
    expect(() => new ReferenceTagger(biasModel(33, [[32, 1]], 1))).toThrow(/not a version 3 model/);
  });
});

describe('the gazetteer', () => {
  const gazetteer = new Gazetteer({
    container: [nameHash(['j', 'am', 'chem', 'soc']), nameHash(['nature'])],
    place: [nameHash(['new', 'york'])],
  });

  it('marks the first, inner and last tokens of a known name, punctuation ignored', () => {
    const raw = 'Nature and things. J. Am. Chem. Soc. 103 (1981). New York: Wiley';
    const tokens = tokenize(raw);
    const bits = gazetteer.matches(tokens);
    const at = (text: string, from = 0) =>
      bits[tokens.findIndex((t, i) => i >= from && t.text === text)];
    // "Nature" is followed by more words: a match that does not fill its part of the entry.
    expect(at('Nature')).toBe(1 << matchBit(0, 3, false));
    expect(at('J')).toBe(1 << matchBit(0, 0, true));
    expect(at('Chem')).toBe(1 << matchBit(0, 1, true));
    expect(at('Soc')).toBe(1 << matchBit(0, 2, true));
    expect(at('New')).toBe(1 << matchBit(2, 0, true));
    expect(at('York')).toBe(1 << matchBit(2, 2, true));
    expect(at('Wiley')).toBe(0);
    expect(at('things')).toBe(0);
  });

  it('round-trips through the model file', () => {
    const back = decodeGazetteer(encodeGazetteer(gazetteer));
    expect(back.names()).toEqual(gazetteer.names());
    expect(() => decodeGazetteer({ container: 'AAA=' })).toThrow(/gazetteer is cut short/);
  });
});
