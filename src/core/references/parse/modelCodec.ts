// The reference tagger's model file: weights as packed binary in base64 strings (hashed features,
// one sparse list of label weights each), about a third of the size of the same model as JSON.
import { GAZETTEER_KINDS, Gazetteer, type GazetteerKind } from './gazetteer';

/** The shipped model file (resources/models/reference-tagger.js), as stored. */
export interface TaggerModelFile {
  version: 3;
  /** Label names; index 0 .. L - 1. */
  labels: string[];
  /** Weights are stored as integers: the real weight is value / scale. */
  scale: number;
  /**
   * Transition weights: 1 + EDGE_CLASSES blocks of (L + 1) x L (row 0 is the start of the entry,
   * row p + 1 follows label p); block 0 applies at every edge, block 1 + k at edges of class k
   * (edges.ts) only.
   */
  transitions: number[];
  /** Base64 of the features' 32-bit hashes (little-endian), in order. */
  hashes: string;
  /** Base64 of one byte per feature: how many label weights it has. */
  counts: string;
  /** Base64 of one byte per weight: its label. */
  weightLabels: string;
  /** Base64 of one little-endian 16-bit signed integer per weight. */
  weights: string;
  /**
   * The gazetteer (gazetteer.ts): per kind of name, base64 of the names' 32-bit hashes
   * (little-endian). A model without one tags without its features.
   */
  gazetteer?: Partial<Record<GazetteerKind, string>>;
}

/** The model's sparse weights: feature k has labels/values[start[k] .. start[k + 1]]. */
export interface SparseWeights {
  hashes: Int32Array;
  start: Int32Array;
  labels: Uint8Array;
  values: Int16Array;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Packs sparse weights for the model file. */
export function encodeWeights(
  w: SparseWeights,
): Pick<TaggerModelFile, 'hashes' | 'counts' | 'weightLabels' | 'weights'> {
  const features = w.hashes.length;
  const hashes = new DataView(new ArrayBuffer(features * 4));
  const counts = new Uint8Array(features);
  for (let k = 0; k < features; k++) {
    hashes.setInt32(k * 4, w.hashes[k]!, true);
    const count = w.start[k + 1]! - w.start[k]!;
    if (count > 255) throw new Error(`feature ${k} has ${count} weights; at most 255 fit`);
    counts[k] = count;
  }
  const values = new DataView(new ArrayBuffer(w.values.length * 2));
  w.values.forEach((v, i) => values.setInt16(i * 2, v, true));
  return {
    hashes: toBase64(new Uint8Array(hashes.buffer)),
    counts: toBase64(counts),
    weightLabels: toBase64(w.labels),
    weights: toBase64(new Uint8Array(values.buffer)),
  };
}

/** Unpacks the sparse weights of a model file (throws a clear error on a malformed one). */
export function decodeWeights(file: TaggerModelFile): SparseWeights {
  const hashBytes = fromBase64(file.hashes);
  const counts = fromBase64(file.counts);
  const labels = fromBase64(file.weightLabels);
  const valueBytes = fromBase64(file.weights);
  const features = counts.length;
  if (hashBytes.length !== features * 4 || valueBytes.length !== labels.length * 2) {
    throw new Error('the reference tagger model is damaged: its weight tables differ in length');
  }
  const hashView = new DataView(hashBytes.buffer);
  const hashes = new Int32Array(features);
  const start = new Int32Array(features + 1);
  for (let k = 0; k < features; k++) {
    hashes[k] = hashView.getInt32(k * 4, true);
    start[k + 1] = start[k]! + counts[k]!;
  }
  if (start[features] !== labels.length) {
    throw new Error('the reference tagger model is damaged: its weight counts do not add up');
  }
  const valueView = new DataView(valueBytes.buffer);
  const values = new Int16Array(labels.length);
  for (let i = 0; i < values.length; i++) values[i] = valueView.getInt16(i * 2, true);
  return { hashes, start, labels, values };
}

function int32sToBase64(values: Int32Array): string {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  values.forEach((v, i) => view.setInt32(i * 4, v, true));
  return toBase64(new Uint8Array(view.buffer));
}

/** Packs a gazetteer's name hashes for the model file. */
export function encodeGazetteer(gazetteer: Gazetteer): Partial<Record<GazetteerKind, string>> {
  const names = gazetteer.names();
  return Object.fromEntries(GAZETTEER_KINDS.map((kind) => [kind, int32sToBase64(names[kind])]));
}

/** The gazetteer of a model file (throws a clear error on a malformed one). */
export function decodeGazetteer(packed: Partial<Record<GazetteerKind, string>>): Gazetteer {
  const names: Partial<Record<GazetteerKind, Int32Array>> = {};
  for (const kind of GAZETTEER_KINDS) {
    const bytes = fromBase64(packed[kind] ?? '');
    if (bytes.length % 4 !== 0) {
      throw new Error('the reference tagger model is damaged: its gazetteer is cut short');
    }
    const view = new DataView(bytes.buffer);
    names[kind] = Int32Array.from({ length: bytes.length / 4 }, (_, i) =>
      view.getInt32(i * 4, true),
    );
  }
  return new Gazetteer(names);
}
