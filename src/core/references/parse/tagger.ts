// A linear-chain sequence tagger (trained as an averaged perceptron by
// scripts/train-reference-tagger.ts): feature weights per label plus label-to-label transitions,
// decoded with Viterbi.
import type { TokenFeatures } from './featureHash';
import { EDGE_CLASSES } from './edges';
import type { Gazetteer } from './gazetteer';
import { decodeGazetteer, decodeWeights, type TaggerModelFile } from './modelCodec';

export type { TaggerModelFile } from './modelCodec';

/**
 * Transition scores ready for decoding: `start[y]` opens an entry with label y, and
 * `into[(k * L + y) * L + p]` moves from label p to y across an edge of class k (edges.ts), with
 * the transitions into each label side by side so that Viterbi's inner loop reads memory in order.
 */
export interface TransitionTables {
  start: Float64Array;
  into: Float64Array;
}

/**
 * The decoding tables of a model's transitions: `trans` holds 1 + EDGE_CLASSES blocks of
 * (L + 1) x L weights (row 0 the entry's start, row p + 1 after label p): block 0 applies at every
 * edge, block 1 + k at edges of class k only.
 */
export function transitionTables(trans: ArrayLike<number>, labelCount: number): TransitionTables {
  const L = labelCount;
  const block = (L + 1) * L;
  const start = new Float64Array(L);
  for (let y = 0; y < L; y++) start[y] = trans[y]! + trans[block + y]!;
  const into = new Float64Array(EDGE_CLASSES * L * L);
  for (let k = 0; k < EDGE_CLASSES; k++) {
    const own = (1 + k) * block;
    for (let p = 0; p < L; p++) {
      for (let y = 0; y < L; y++) {
        const at = (p + 1) * L + y;
        into[(k * L + y) * L + p] = trans[at]! + trans[own + at]!;
      }
    }
  }
  return { start, into };
}

/** Best label sequence for emission scores `emit` (n x L), the transitions and the edge classes. */
export function viterbi(
  emit: ArrayLike<number>,
  n: number,
  labelCount: number,
  { start, into }: TransitionTables,
  edges: Uint8Array,
): Int32Array {
  const L = labelCount;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) score[y] = emit[y]! + start[y]!;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const edge = edges[i]! * L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      const row = (edge + y) * L;
      for (let p = 0; p < L; p++) {
        const s = score[prev + p]! + into[row + p]!;
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

/**
 * The weights keyed by feature hash, in one open-addressing table: slot k holds
 * [hash, first weight, end of weights], and the weights [label, value, label, value, ...] lie in
 * one array, so a lookup touches two places in memory (a Map with 32-bit keys would box them, and
 * this runs ~50 times per token).
 */
class WeightTable {
  private readonly table: Int32Array;
  readonly weights: Float32Array;
  private readonly mask: number;

  constructor(file: TaggerModelFile) {
    const sparse = decodeWeights(file);
    let size = 1;
    while (size < sparse.hashes.length * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size * 3);
    this.weights = new Float32Array(sparse.values.length * 2);
    sparse.values.forEach((v, p) => {
      this.weights[2 * p] = sparse.labels[p]!;
      this.weights[2 * p + 1] = v / file.scale;
    });
    sparse.hashes.forEach((h, k) => {
      let at = this.slot(h);
      while (this.table[3 * at + 2] !== 0) at = (at + 1) & this.mask;
      this.table[3 * at] = h;
      this.table[3 * at + 1] = 2 * sparse.start[k]!;
      this.table[3 * at + 2] = 2 * sparse.start[k + 1]!;
    });
  }

  /** Adds the weights of feature `h` to `emit[row + label]`. */
  addTo(emit: Float64Array, row: number, h: number): void {
    const { table, weights } = this;
    for (let at = this.slot(h); ; at = (at + 1) & this.mask) {
      const end = table[3 * at + 2]!;
      if (end === 0) return;
      if (table[3 * at] !== h) continue;
      for (let p = table[3 * at + 1]!; p < end; p += 2) {
        const y = row + weights[p]!;
        emit[y] = emit[y]! + weights[p + 1]!;
      }
      return;
    }
  }

  private slot(h: number): number {
    return (Math.imul(h, 0x9e3779b1) >>> 7) & this.mask;
  }
}

/** A loaded model: tags the hashed features of an entry's tokens. */
export class ReferenceTagger {
  readonly labels: readonly string[];
  private readonly table: WeightTable;
  private readonly transitions: TransitionTables;
  /** The names the model knows (its features look them up), or null for a model without. */
  readonly gazetteer: Gazetteer | null;

  constructor(file: TaggerModelFile) {
    const L = Array.isArray(file.labels) ? file.labels.length : 0;
    if (
      file.version !== 3 ||
      typeof file.hashes !== 'string' ||
      file.transitions?.length !== (1 + EDGE_CLASSES) * (L + 1) * L
    ) {
      throw new Error(
        'the reference tagger model is not a version 3 model file: rebuild it with scripts/train-reference-tagger.ts',
      );
    }
    this.labels = file.labels;
    this.table = new WeightTable(file);
    this.gazetteer = file.gazetteer ? decodeGazetteer(file.gazetteer) : null;
    this.transitions = transitionTables(
      Float64Array.from(file.transitions, (v) => v / file.scale),
      L,
    );
  }

  /** Labels for each token, and how clearly each won (0..1, from the margin to the runner-up). */
  tag(features: TokenFeatures): { labels: string[]; margins: number[] } {
    const L = this.labels.length;
    const n = features.offsets.length - 1;
    const emit = new Float64Array(n * L);
    const { hashes, offsets } = features;
    for (let i = 0; i < n; i++) {
      for (let j = offsets[i]!; j < offsets[i + 1]!; j++) this.table.addTo(emit, i * L, hashes[j]!);
    }
    const path = viterbi(emit, n, L, this.transitions, features.edges);
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
