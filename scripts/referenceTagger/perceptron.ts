// Trains the reference tagger: a structured (averaged) perceptron over token features with
// label-to-label transitions, decoded by the same Viterbi as the shipped tagger.
import { viterbi, type TaggerModelFile } from '../../src/core/references/parse/tagger';

/** A training sequence: the feature strings of each token and its gold label. */
export interface TrainingSequence {
  features: string[][];
  labels: string[];
}

export interface TrainOptions {
  epochs: number;
  /** Seed of the (deterministic) shuffle of the training order each epoch. */
  seed: number;
  /** Features seen fewer times than this in training are dropped. */
  minFeatureCount: number;
  /** Weights are stored as round(weight * scale). */
  scale: number;
  /** Stored weights smaller than this (in absolute value, after scaling) are dropped. */
  minStoredWeight: number;
  onEpoch?: (epoch: number, tokenErrors: number, tokens: number) => void;
}

/** Mulberry32: a small seeded PRNG, so that training is reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains on `data` and returns the model file to ship. */
export function trainTagger(
  data: readonly TrainingSequence[],
  labels: readonly string[],
  opts: TrainOptions,
): TaggerModelFile {
  const L = labels.length;
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const counts = new Map<string, number>();
  for (const seq of data)
    for (const fs of seq.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, c]) => c >= opts.minFeatureCount).map(([f]) => f);
  const featureIndex = new Map(names.map((f, i) => [f, i]));
  const seqs = data.map((seq) => ({
    feats: seq.features.map((fs) =>
      Int32Array.from(fs.map((f) => featureIndex.get(f) ?? -1).filter((k) => k >= 0)),
    ),
    gold: Int32Array.from(seq.labels, (l) => {
      const k = labelIndex.get(l);
      if (k === undefined) throw new Error(`unknown label ${l}`);
      return k;
    }),
  }));
  const W = new Float64Array(names.length * L);
  const U = new Float64Array(names.length * L);
  const T = new Float64Array((L + 1) * L);
  const TU = new Float64Array((L + 1) * L);
  let c = 1;
  const random = prng(opts.seed);
  const order = seqs.map((_, i) => i);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let tokens = 0;
    for (const k of order) {
      const { feats, gold } = seqs[k]!;
      const n = gold.length;
      if (n === 0) continue;
      const emit = new Float64Array(n * L);
      for (let i = 0; i < n; i++) {
        for (const f of feats[i]!)
          for (let y = 0; y < L; y++) emit[i * L + y] = emit[i * L + y]! + W[f * L + y]!;
      }
      const pred = viterbi(emit, n, L, T);
      tokens += n;
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        const gPrev = i > 0 ? gold[i - 1]! + 1 : 0;
        const pPrev = i > 0 ? pred[i - 1]! + 1 : 0;
        if (g !== p) {
          errors++;
          for (const f of feats[i]!) {
            W[f * L + g] = W[f * L + g]! + 1;
            U[f * L + g] = U[f * L + g]! + c;
            W[f * L + p] = W[f * L + p]! - 1;
            U[f * L + p] = U[f * L + p]! - c;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          T[gPrev * L + g] = T[gPrev * L + g]! + 1;
          TU[gPrev * L + g] = TU[gPrev * L + g]! + c;
          T[pPrev * L + p] = T[pPrev * L + p]! - 1;
          TU[pPrev * L + p] = TU[pPrev * L + p]! - c;
        }
      }
      c++;
    }
    opts.onEpoch?.(epoch, errors, tokens);
  }
  const features: Record<string, number[]> = {};
  names.forEach((name, f) => {
    const pairs: number[] = [];
    for (let y = 0; y < L; y++) {
      const w = Math.round((W[f * L + y]! - U[f * L + y]! / c) * opts.scale);
      if (Math.abs(w) >= opts.minStoredWeight) pairs.push(y, w);
    }
    if (pairs.length) features[name] = pairs;
  });
  const transitions = Array.from(T, (t, i) => Math.round((t - TU[i]! / c) * opts.scale));
  return { version: 1, labels: [...labels], scale: opts.scale, transitions, features };
}
