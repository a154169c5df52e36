// Trains the reference tagger as a linear-chain CRF instead of a perceptron: the same features,
// transitions and model file (decoded by the same Viterbi), the weights fitted to the entries'
// log-likelihood by stochastic gradient steps, with an L1 penalty applied as a cumulative one
// (Tsuruoka, Tsujii and Ananiadou 2009), which keeps the model sparse: a feature keeps weights for
// the labels it tells apart, not for all 22.
import { EDGE_CLASSES } from '../../src/core/references/parse/edges';
import { transitionTables, type TaggerModelFile } from '../../src/core/references/parse/tagger';
import {
  indexedSequences,
  modelFile,
  type IndexedSequence,
  type TrainingSequence,
} from './perceptron';

export interface CrfOptions {
  epochs: number;
  seed: number;
  minFeatureCount: number;
  /** The L1 penalty's strength over the whole training set (larger: fewer, smaller weights). */
  l1: number;
  /** The first step size, and its decay per epoch (step = eta0 * decay ^ (k / N)). */
  eta0: number;
  decay: number;
  /** The model is the mean of the weights at the end of each epoch from this one on. */
  averageFrom: number;
  onEpoch?: (epoch: number, logLikelihood: number, tokens: number) => void;
  snapshotEpochs?: readonly number[];
  onSnapshot?: (epoch: number, model: TaggerModelFile) => void;
}

/** Mulberry32, as the perceptron's shuffles. */
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

class Crf {
  readonly W: Float64Array;
  readonly T: Float64Array;
  /** The L1 penalty each weight has received so far (q of the cumulative penalty). */
  private readonly qW: Float64Array;
  private readonly qT: Float64Array;
  /** The penalty every weight could have received so far (u). */
  private u = 0;
  private step = 0;

  constructor(
    features: number,
    private readonly L: number,
    private readonly opts: CrfOptions,
  ) {
    this.W = new Float64Array(features * L);
    this.qW = new Float64Array(features * L);
    this.T = new Float64Array((1 + EDGE_CLASSES) * (L + 1) * L);
    this.qT = new Float64Array(this.T.length);
  }

  /** One pass over `seqs` in `order`; returns the summed log-likelihood before each update. */
  epoch(seqs: readonly IndexedSequence[], order: readonly number[]): number {
    const { L, W, T } = this;
    const N = seqs.length;
    const block = (L + 1) * L;
    let logLikelihood = 0;
    for (const k of order) {
      const { feats, gold, edges } = seqs[k]!;
      const n = gold.length;
      if (n === 0) continue;
      const eta = this.opts.eta0 * Math.pow(this.opts.decay, this.step++ / N);
      this.u += (eta * this.opts.l1) / N;
      // Potentials: exp of emissions (shifted per token) and of the transitions by edge class.
      const { start, into } = transitionTables(T, L);
      const emit = new Float64Array(n * L);
      for (let i = 0; i < n; i++) {
        for (const f of feats[i]!) {
          const row = f * L;
          for (let y = 0; y < L; y++) emit[i * L + y] = emit[i * L + y]! + W[row + y]!;
        }
      }
      const expInto = new Float64Array(into.length);
      for (let j = 0; j < into.length; j++) expInto[j] = Math.exp(into[j]!);
      const psi = new Float64Array(n * L);
      for (let i = 0; i < n; i++) {
        let top = -Infinity;
        for (let y = 0; y < L; y++)
          top = Math.max(top, emit[i * L + y]! + (i === 0 ? start[y]! : 0));
        for (let y = 0; y < L; y++)
          psi[i * L + y] = Math.exp(emit[i * L + y]! + (i === 0 ? start[y]! : 0) - top);
      }
      // Forward and backward, each position normalised (its scale kept for the likelihood).
      const alpha = new Float64Array(n * L);
      const beta = new Float64Array(n * L);
      const scale = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let y = 0; y < L; y++) {
          let a = 1;
          if (i > 0) {
            a = 0;
            const row = (edges[i]! * L + y) * L;
            for (let p = 0; p < L; p++) a += alpha[(i - 1) * L + p]! * expInto[row + p]!;
          }
          a *= psi[i * L + y]!;
          alpha[i * L + y] = a;
          sum += a;
        }
        scale[i] = sum;
        for (let y = 0; y < L; y++) alpha[i * L + y] = alpha[i * L + y]! / sum;
      }
      for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 1;
      for (let i = n - 1; i > 0; i--) {
        for (let p = 0; p < L; p++) {
          let b = 0;
          for (let y = 0; y < L; y++) {
            b += expInto[(edges[i]! * L + y) * L + p]! * psi[i * L + y]! * beta[i * L + y]!;
          }
          beta[(i - 1) * L + p] = b / scale[i]!;
        }
      }
      // The gold path's score, less log Z.
      for (let i = 0; i < n; i++) {
        logLikelihood -= Math.log(scale[i]!);
        logLikelihood += Math.log(psi[i * L + gold[i]!]!);
        if (i > 0) logLikelihood += into[(edges[i]! * L + gold[i]!) * L + gold[i - 1]!]!;
      }
      // Gradient steps: observed less expected, for each token's features and each transition.
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const marginal = new Float64Array(L);
        for (let y = 0; y < L; y++) marginal[y] = alpha[i * L + y]! * beta[i * L + y]!;
        for (const f of feats[i]!) {
          const row = f * L;
          for (let y = 0; y < L; y++) {
            const grad = (y === g ? 1 : 0) - marginal[y]!;
            if (grad !== 0) W[row + y] = W[row + y]! + eta * grad;
          }
        }
        const own = (1 + edges[i]!) * block;
        if (i === 0) {
          for (let y = 0; y < L; y++) {
            const grad = (y === g ? 1 : 0) - marginal[y]!;
            T[y] = T[y]! + eta * grad;
            T[own + y] = T[own + y]! + eta * grad;
          }
          continue;
        }
        const gp = gold[i - 1]!;
        const row0 = edges[i]! * L;
        for (let p = 0; p < L; p++) {
          const ap = alpha[(i - 1) * L + p]!;
          for (let y = 0; y < L; y++) {
            const pair =
              (ap * expInto[(row0 + y) * L + p]! * psi[i * L + y]! * beta[i * L + y]!) / scale[i]!;
            const grad = (p === gp && y === g ? 1 : 0) - pair;
            const at = (p + 1) * L + y;
            T[at] = T[at]! + eta * grad;
            T[own + at] = T[own + at]! + eta * grad;
          }
        }
      }
      // The cumulative L1 penalty on every weight this entry touched.
      for (let i = 0; i < n; i++)
        for (const f of feats[i]!) for (let y = 0; y < L; y++) this.penalise(W, this.qW, f * L + y);
      for (let j = 0; j < T.length; j++) this.penalise(T, this.qT, j);
    }
    return logLikelihood;
  }

  private penalise(w: Float64Array, q: Float64Array, j: number): void {
    const z = w[j]!;
    if (z > 0) w[j] = Math.max(0, z - (this.u + q[j]!));
    else if (z < 0) w[j] = Math.min(0, z + (this.u - q[j]!));
    q[j] = q[j]! + w[j]! - z;
  }
}

/** Trains a CRF on `data` and returns the model file to ship. */
export function trainCrf(
  data: readonly TrainingSequence[],
  labels: readonly string[],
  opts: CrfOptions,
): TaggerModelFile {
  const { names, seqs } = indexedSequences(data, labels, opts.minFeatureCount);
  const crf = new Crf(names.length, labels.length, opts);
  const random = prng(opts.seed);
  const order = Array.from({ length: seqs.length }, (_, i) => i);
  let tokens = 0;
  for (const s of seqs) tokens += s.gold.length;
  const sumW = new Float64Array(crf.W.length);
  const sumT = new Float64Array(crf.T.length);
  let summed = 0;
  const model = (): TaggerModelFile => {
    if (summed === 0) return modelFile(crf.W, crf.T, names, labels, 1e-6);
    const mean = (sum: Float64Array) => sum.map((v) => v / summed);
    return modelFile(mean(sumW), mean(sumT), names, labels, 1e-6);
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const ll = crf.epoch(seqs, order);
    if (epoch >= opts.averageFrom) {
      for (let j = 0; j < sumW.length; j++) sumW[j] = sumW[j]! + crf.W[j]!;
      for (let j = 0; j < sumT.length; j++) sumT[j] = sumT[j]! + crf.T[j]!;
      summed++;
    }
    opts.onEpoch?.(epoch, ll, tokens);
    if (opts.snapshotEpochs?.includes(epoch) && epoch < opts.epochs)
      opts.onSnapshot?.(epoch, model());
  }
  return model();
}
