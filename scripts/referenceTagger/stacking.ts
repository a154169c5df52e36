// Training data for the tagger's second pass (stacking, src/core/references/parse/stacking.ts):
// the first pass's labels and scores on each training entry must be those of a model that did not
// see the entry (else they are nearly all right, and the second pass learns to trust them), so the
// training entries are cut into folds and each fold is tagged by a model trained on the others.
import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { LABELS } from '../../src/core/references/parse/labels';
import {
  ReferenceTagger,
  type StackedLayerFile,
  type TaggerModelFile,
} from '../../src/core/references/parse/tagger';
import type { TokenFeatures } from '../../src/core/references/parse/featureHash';
import type { LabelledEntry } from './corpus';
import { trainTagger, type TrainOptions, type TrainingSequence } from './perceptron';

/** How many folds the training entries are cut into (by line number) for the first pass's output. */
export const JACKKNIFE_FOLDS = 4;

/** What the first pass made of one training entry, seen by a model trained without it. */
export interface FirstPass {
  labels: string[];
  emissions: Float64Array;
  /** The model's transitions (the model file's layout) in real units. */
  transitions: Float64Array;
}

/**
 * The first pass's labels and scores for every training entry (in order), each from a model
 * trained on the other folds. `cache` (a file) keeps them between runs that change only the
 * second pass; it is written when missing and must come from the same entries and options.
 */
export function jackknife(
  entries: readonly LabelledEntry[],
  sequences: readonly TrainingSequence[],
  opts: Omit<TrainOptions, 'onEpoch' | 'onSnapshot' | 'snapshotEpochs'> & { cache?: string },
): FirstPass[] {
  if (opts.cache) {
    try {
      const cached = deserialize(readFileSync(opts.cache)) as FirstPass[];
      if (cached.length === entries.length) {
        console.log(`first pass read from ${opts.cache}`);
        return cached;
      }
    } catch {
      // No cache yet: compute it below.
    }
  }
  const fold = (e: LabelledEntry): number => (e.line % 10) % JACKKNIFE_FOLDS;
  const out = new Array<FirstPass>(entries.length);
  for (let f = 0; f < JACKKNIFE_FOLDS; f++) {
    const model = trainTagger(
      sequences.filter((_, k) => fold(entries[k]!) !== f),
      LABELS,
      opts,
    );
    const tagger = new ReferenceTagger(model);
    const transitions = Float64Array.from(model.transitions, (t) => t / model.scale);
    let errors = 0;
    let tokens = 0;
    entries.forEach((e, k) => {
      if (fold(e) !== f) return;
      const { features } = sequences[k]!;
      const { labels } = tagger.tag(features);
      out[k] = { labels, emissions: tagger.emissions(features), transitions };
      tokens += labels.length;
      labels.forEach((l, i) => {
        if (l !== e.labels[i]) errors++;
      });
    });
    console.log(
      `first pass, fold ${f}: ${((100 * errors) / tokens).toFixed(2)}% token errors (${tokens} tokens)`,
    );
  }
  if (opts.cache) writeFileSync(opts.cache, serialize(out));
  return out;
}

/** The second pass's part of a model file, from the model `trainTagger` wrote for it. */
export function stackedLayer(model: TaggerModelFile, alone: boolean): StackedLayerFile {
  const { scale, transitions, hashes, counts, weightLabels, weights } = model;
  return { scale, transitions, hashes, counts, weightLabels, weights, ...(alone && { alone }) };
}

/** Each token's features of `a`, then its features of `b` (same tokens, `a`'s edges). */
export function joinFeatures(a: TokenFeatures, b: TokenFeatures): TokenFeatures {
  const n = a.offsets.length - 1;
  const hashes = new Int32Array(a.hashes.length + b.hashes.length);
  const offsets = new Int32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    hashes.set(a.hashes.subarray(a.offsets[i], a.offsets[i + 1]), at);
    at += a.offsets[i + 1]! - a.offsets[i]!;
    hashes.set(b.hashes.subarray(b.offsets[i], b.offsets[i + 1]), at);
    at += b.offsets[i + 1]! - b.offsets[i]!;
  }
  offsets[n] = at;
  return { hashes, offsets, edges: a.edges };
}
