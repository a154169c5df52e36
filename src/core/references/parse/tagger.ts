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

/** Bits of a packed weight that hold its label (labels < 32); the value is shifted above them. */
const LABEL_BITS = 5;
const LABEL_MASK = (1 << LABEL_BITS) - 1;

/**
 * The weights keyed by feature hash, in one open-addressing table: slot k holds [hash, first
 * weight << 5 | weight count], and the weights lie in one Int32Array as value << 5 | label (the
 * model's 16-bit integers, not yet divided by the scale). A lookup touches two places in memory,
 * eight and four bytes a slot and a weight, and sums integers: this runs ~60 times per token and
 * is most of the tagger's time, bound by cache misses (a Map with 32-bit keys would box them).
 */
class WeightTable {
  private readonly table: Int32Array;
  private readonly weights: Int32Array;
  private readonly mask: number;

  constructor(file: TaggerModelFile) {
    const sparse = decodeWeights(file);
    let size = 1;
    while (size < sparse.hashes.length * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size * 2);
    this.weights = new Int32Array(sparse.values.length);
    sparse.values.forEach((v, p) => {
      this.weights[p] = (v << LABEL_BITS) | sparse.labels[p]!;
    });
    sparse.hashes.forEach((h, k) => {
      let at = this.slot(h);
      while (this.table[2 * at + 1] !== 0) at = (at + 1) & this.mask;
      const count = sparse.start[k + 1]! - sparse.start[k]!;
      this.table[2 * at] = h;
      this.table[2 * at + 1] = (sparse.start[k]! << LABEL_BITS) | count;
    });
  }

  /** Adds the weights of feature `h` (in the model's integer units) to `emit[row + label]`. */
  addTo(emit: Int32Array, row: number, h: number): void {
    const { table, weights } = this;
    for (let at = this.slot(h); ; at = (at + 1) & this.mask) {
      const packed = table[2 * at + 1]!;
      if (packed === 0) return;
      if (table[2 * at] !== h) continue;
      const first = packed >>> LABEL_BITS;
      const end = first + (packed & LABEL_MASK);
      for (let p = first; p < end; p++) {
        const w = weights[p]!;
        const y = row + (w & LABEL_MASK);
        emit[y] = emit[y]! + (w >> LABEL_BITS);
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
  /** The transitions in the model's integer units, like the emission sums. */
  private readonly transitions: TransitionTables;
  private readonly scale: number;
  /** The names the model knows (its features look them up), or null for a model without. */
  readonly gazetteer: Gazetteer | null;

  constructor(file: TaggerModelFile) {
    const L = Array.isArray(file.labels) ? file.labels.length : 0;
    if (
      file.version !== 3 ||
      L > LABEL_MASK + 1 ||
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
    this.scale = file.scale;
    this.transitions = transitionTables(file.transitions, L);
  }

  /** Labels for each token, and how clearly each won (0..1, from the margin to the runner-up). */
  tag(features: TokenFeatures): { labels: string[]; margins: number[] } {
    const L = this.labels.length;
    const n = features.offsets.length - 1;
    // Integer sums: exact, so the scores (and the path) do not depend on the order of the features.
    const emit = new Int32Array(n * L);
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
      margins.push(1 - Math.exp(-Math.max(0, chosen - runnerUp) / this.scale));
    }
    return { labels: Array.from(path, (y) => this.labels[y]!), margins };
  }
}
