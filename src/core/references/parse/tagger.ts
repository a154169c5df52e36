// A linear-chain sequence tagger (trained as an averaged perceptron by
// scripts/train-reference-tagger.ts): feature weights per label plus label-to-label transitions,
// decoded with Viterbi.

/** The shipped model file (resources/models/reference-tagger.json). */
export interface TaggerModelFile {
  version: 1;
  /** Label names; index 0.. L-1. */
  labels: string[];
  /** Weights are stored as integers: the real weight is value / scale. */
  scale: number;
  /** (L + 1) x L transition weights; row 0 is the start of the entry, row p + 1 follows label p. */
  transitions: number[];
  /** Feature -> flat [label, weight, label, weight, ...] of its non-zero weights. */
  features: Record<string, number[]>;
}

/** Best label sequence for emission scores `emit` (n x L) and `trans` ((L + 1) x L). */
export function viterbi(
  emit: ArrayLike<number>,
  n: number,
  labelCount: number,
  trans: ArrayLike<number>,
): Int32Array {
  const L = labelCount;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) score[y] = emit[y]! + trans[y]!;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = score[(i - 1) * L + p]! + trans[(p + 1) * L + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + emit[i * L + y]!;
      back[i * L + y] = arg;
    }
  }
  const path = new Int32Array(n);
  if (n === 0) return path;
  let best = -Infinity;
  for (let y = 0; y < L; y++) {
    if (score[(n - 1) * L + y]! > best) {
      best = score[(n - 1) * L + y]!;
      path[n - 1] = y;
    }
  }
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * L + path[i]!]!;
  return path;
}

/** A loaded model: tags the feature lists of an entry's tokens. */
export class ReferenceTagger {
  readonly labels: readonly string[];
  private readonly index = new Map<string, number>();
  private readonly weights: Float32Array;
  private readonly transitions: Float64Array;

  constructor(file: TaggerModelFile) {
    if (file.version !== 1 || !Array.isArray(file.labels) || !file.features) {
      throw new Error('the reference tagger model is not a version 1 model file');
    }
    this.labels = file.labels;
    const L = file.labels.length;
    const names = Object.keys(file.features);
    this.weights = new Float32Array(names.length * L);
    names.forEach((name, k) => {
      this.index.set(name, k * L);
      const pairs = file.features[name]!;
      for (let j = 0; j + 1 < pairs.length; j += 2) {
        this.weights[k * L + pairs[j]!] = pairs[j + 1]! / file.scale;
      }
    });
    this.transitions = Float64Array.from(file.transitions, (v) => v / file.scale);
  }

  /** Labels for each token, and how clearly each won (0..1, from the margin to the runner-up). */
  tag(features: readonly string[][]): { labels: string[]; margins: number[] } {
    const L = this.labels.length;
    const n = features.length;
    const emit = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      for (const f of features[i]!) {
        const at = this.index.get(f);
        if (at === undefined) continue;
        for (let y = 0; y < L; y++) emit[i * L + y] = emit[i * L + y]! + this.weights[at + y]!;
      }
    }
    const path = viterbi(emit, n, L, this.transitions);
    const margins: number[] = [];
    for (let i = 0; i < n; i++) {
      const chosen = emit[i * L + path[i]!]!;
      let runnerUp = -Infinity;
      for (let y = 0; y < L; y++)
        if (y !== path[i] && emit[i * L + y]! > runnerUp) runnerUp = emit[i * L + y]!;
      margins.push(1 - Math.exp(-Math.max(0, chosen - runnerUp)));
    }
    return { labels: Array.from(path, (y) => this.labels[y]!), margins };
  }
}
