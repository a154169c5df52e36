// Trains the reference tagger: a structured (averaged) perceptron over token features with
// label-to-label transitions, decoded by the same Viterbi as the shipped tagger.
import type { TokenFeatures } from '../../src/core/references/parse/featureHash';
import { encodeWeights } from '../../src/core/references/parse/modelCodec';
import { EDGE_CLASSES } from '../../src/core/references/parse/edges';
import {
  transitionTables,
  viterbi,
  type TaggerModelFile,
} from '../../src/core/references/parse/tagger';

/** A training sequence: the hashed features of each token and its gold label. */
export interface TrainingSequence {
  features: TokenFeatures;
  labels: string[];
}

export interface TrainOptions {
  epochs: number;
  /**
   * Seeds of the (deterministic) shuffles of the training order, one perceptron per seed, trained
   * side by side: the model is the mean of their averaged weights (the order's luck averages out).
   */
  seeds: readonly number[];
  /** Features seen fewer times than this in training are dropped. */
  minFeatureCount: number;
  /** Weights smaller than this (in absolute value) are dropped. */
  minWeight: number;
  /**
   * Cost added in training to every wrong label of every token before decoding (0: the plain
   * perceptron): the update then also fires when the gold path wins by less than this margin.
   */
  margin?: number;
  onEpoch?: (epoch: number, tokenErrors: number, tokens: number) => void;
  /** Epochs after which to hand the averaged model so far to `onSnapshot` (an epoch sweep in one run). */
  snapshotEpochs?: readonly number[];
  onSnapshot?: (epoch: number, model: TaggerModelFile) => void;
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

/** A training sequence with features as indices into the model's feature list. */
interface IndexedSequence {
  edges: Uint8Array;
  feats: Int32Array[];
  gold: Int32Array;
}

/**
 * One averaged perceptron: the weights W and transitions T, and the update-weighted sums U and TU
 * that averaging subtracts (avg = W - U / c).
 */
class Perceptron {
  readonly W: Float64Array;
  readonly U: Float64Array;
  readonly T: Float64Array;
  readonly TU: Float64Array;
  /** The update counter (the averaging divides the summed updates by it). */
  c = 1;
  private readonly random: () => number;
  private readonly order: number[];

  constructor(
    features: number,
    private readonly L: number,
    seed: number,
    sequences: number,
    private readonly margin = 0,
  ) {
    this.W = new Float64Array(features * L);
    this.U = new Float64Array(features * L);
    // Transitions: one block for every edge, then one per edge class (see transitionTables).
    this.T = new Float64Array((1 + EDGE_CLASSES) * (L + 1) * L);
    this.TU = new Float64Array((1 + EDGE_CLASSES) * (L + 1) * L);
    this.random = prng(seed);
    this.order = Array.from({ length: sequences }, (_, i) => i);
  }

  /** One pass over `seqs` in a new shuffled order; returns the token errors made on the way. */
  epoch(seqs: readonly IndexedSequence[]): { errors: number; tokens: number } {
    const { L, W, U, order } = this;
    const block = (L + 1) * L;
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let tokens = 0;
    for (const k of order) {
      const { feats, gold, edges } = seqs[k]!;
      const n = gold.length;
      if (n === 0) continue;
      const c = this.c;
      const emit = new Float64Array(n * L);
      for (let i = 0; i < n; i++) {
        for (const f of feats[i]!)
          for (let y = 0; y < L; y++) emit[i * L + y] = emit[i * L + y]! + W[f * L + y]!;
      }
      if (this.margin > 0) {
        for (let i = 0; i < n; i++)
          for (let y = 0; y < L; y++)
            if (y !== gold[i]) emit[i * L + y] = emit[i * L + y]! + this.margin;
      }
      const pred = viterbi(emit, n, L, transitionTables(this.T, L), edges);
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
          const own = (1 + edges[i]!) * block;
          this.bump(gPrev * L + g, 1);
          this.bump(own + gPrev * L + g, 1);
          this.bump(pPrev * L + p, -1);
          this.bump(own + pPrev * L + p, -1);
        }
      }
      this.c++;
    }
    return { errors, tokens };
  }

  private bump(at: number, by: number): void {
    this.T[at] = this.T[at]! + by;
    this.TU[at] = this.TU[at]! + by * this.c;
  }
}

/** Trains on `data` and returns the model file to ship. */
export function trainTagger(
  data: readonly TrainingSequence[],
  labels: readonly string[],
  opts: TrainOptions,
): TaggerModelFile {
  const L = labels.length;
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const counts = new Map<number, number>();
  for (const seq of data)
    for (const h of seq.features.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  const names = [...counts].filter(([, c]) => c >= opts.minFeatureCount).map(([h]) => h);
  const featureIndex = new Map(names.map((h, i) => [h, i]));
  const seqs: IndexedSequence[] = data.map(
    ({ features: { hashes, offsets, edges }, labels: gold }) => ({
      edges,
      feats: Array.from({ length: offsets.length - 1 }, (_, i) =>
        Int32Array.from(
          Array.from(hashes.subarray(offsets[i], offsets[i + 1]), (h) => featureIndex.get(h) ?? -1),
        ).filter((k) => k >= 0),
      ),
      gold: Int32Array.from(gold, (l) => {
        const k = labelIndex.get(l);
        if (k === undefined) throw new Error(`unknown label ${l}`);
        return k;
      }),
    }),
  );
  const models = opts.seeds.map(
    (seed) => new Perceptron(names.length, L, seed, seqs.length, opts.margin),
  );
  const averaged = (): TaggerModelFile =>
    averagedModel({ models, names, labels, minWeight: opts.minWeight });
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    let errors = 0;
    let tokens = 0;
    for (const model of models) {
      const pass = model.epoch(seqs);
      errors += pass.errors;
      tokens += pass.tokens;
    }
    opts.onEpoch?.(epoch, errors, tokens);
    if (opts.snapshotEpochs?.includes(epoch) && epoch < opts.epochs)
      opts.onSnapshot?.(epoch, averaged());
  }
  return averaged();
}

interface TrainingState {
  models: readonly Perceptron[];
  names: readonly number[];
  labels: readonly string[];
  minWeight: number;
}

/**
 * The model file of the weights averaged over every update so far, and over the perceptrons of
 * every seed (the training state is not changed).
 */
function averagedModel({ models, names, labels, minWeight }: TrainingState): TaggerModelFile {
  const L = labels.length;
  const mean = (pick: (m: Perceptron) => [Float64Array, Float64Array]): Float64Array => {
    const [first] = pick(models[0]!);
    const out = new Float64Array(first.length);
    for (const m of models) {
      const [w, u] = pick(m);
      for (let i = 0; i < out.length; i++) out[i] = out[i]! + (w[i]! - u[i]! / m.c);
    }
    if (models.length > 1) for (let i = 0; i < out.length; i++) out[i] = out[i]! / models.length;
    return out;
  };
  const W = mean((m) => [m.W, m.U]);
  const T = mean((m) => [m.T, m.TU]);
  // Averaged weights, the small ones dropped, stored as 16-bit integers at the finest scale that fits.
  let largest = 0;
  for (let i = 0; i < W.length; i++) largest = Math.max(largest, Math.abs(W[i]!));
  for (let i = 0; i < T.length; i++) largest = Math.max(largest, Math.abs(T[i]!));
  const scale = Math.floor(32767 / Math.max(largest, 1));
  const hashes: number[] = [];
  const start: number[] = [0];
  const weightLabels: number[] = [];
  const values: number[] = [];
  names.forEach((hash, f) => {
    const before = values.length;
    for (let y = 0; y < L; y++) {
      const w = W[f * L + y]!;
      if (Math.abs(w) < minWeight) continue;
      weightLabels.push(y);
      values.push(Math.round(w * scale));
    }
    if (values.length === before) return;
    hashes.push(hash);
    start.push(values.length);
  });
  const transitions = Array.from(T, (t) => Math.round(t * scale));
  return {
    version: 3,
    labels: [...labels],
    scale,
    transitions,
    ...encodeWeights({
      hashes: Int32Array.from(hashes),
      start: Int32Array.from(start),
      labels: Uint8Array.from(weightLabels),
      values: Int16Array.from(values),
    }),
  };
}
