/**
 * The papers' search index (PaperTextIndex) as bytes, to keep between runs: a JSON header (the
 * papers with their text versions, the vocabulary), then typed arrays: each item's paper, each
 * term's posting lists, and the posting pool itself. The pool's arrays are written as they are
 * (no copy) and read back as views of the file's bytes (no copy), so keeping and reading the index
 * of 1,000 papers costs no second copy of it in memory.
 */
import { FIELDS } from './fields';
import { PaperTextIndex, PAPER_KINDS, type IndexedPaper } from './paperTextIndex';
import { KIND_INDEX, Postings } from './postings';

const MAGIC = 0x31495053; // "SPI1", little-endian
/**
 * Bump when the layout or how a paper's text is indexed (tokens, folding, weights) changes; the
 * fields' boosts are checked as well (`FORMAT`), so changing one of them needs no bump.
 */
export const PAPER_INDEX_FORMAT = 2; // 2: weights as half-precision floats (halfWeights.ts)
const FORMAT = `${PAPER_INDEX_FORMAT} ${JSON.stringify([FIELDS.claim, FIELDS.passage])}`;

interface Header {
  format: string;
  papers: IndexedPaper[];
  terms: string[];
  /** Items of each kind (claim, passage), live or not. */
  slots: [number, number];
  /** Length of the pool's arrays written; postings live in them. */
  used: number;
  live: number;
}

const asBytes = (a: Int32Array | Uint16Array): Uint8Array =>
  new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

const kindAt = (k: number): number => KIND_INDEX[PAPER_KINDS[k]!];

/**
 * The index as chunks of bytes to write one after another. The last two are the pool's own
 * arrays: the index must not change until they are written (see `InvertedIndex.frozen`).
 */
export function paperIndexChunks(papers: PaperTextIndex): Uint8Array[] {
  const index = papers.index;
  // Ordinals of the papers indexed, without the removed ones.
  const renumber = new Map<number, number>();
  const live: IndexedPaper[] = [];
  papers.papers.forEach((p, ordinal) => {
    if (p) renumber.set(ordinal, live.push(p) - 1);
  });
  const slots = PAPER_KINDS.map((_, k) => {
    const docs = index.tables[kindAt(k)]!.docs;
    const out = new Int32Array(docs.length);
    for (let num = 0; num < docs.length; num++) {
      const ordinal = docs[num] as number | undefined;
      out[num] = ordinal === undefined ? -1 : (renumber.get(ordinal) ?? -1);
    }
    return out;
  });
  const terms: string[] = [];
  const lists: number[] = [];
  let postings = 0;
  for (const [term, entry] of index.terms) {
    terms.push(term);
    for (let k = 0; k < PAPER_KINDS.length; k++) {
      const p = entry.postings[kindAt(k)];
      lists.push(p ? p.offset : -1, p ? p.length : 0);
      postings += p ? p.length : 0;
    }
  }
  const used = index.pool.usedLength;
  const header: Header = {
    format: FORMAT,
    papers: live,
    terms,
    slots: [slots[0]!.length, slots[1]!.length],
    used,
    live: postings,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const head = new Uint8Array(8 + json.length + ((4 - (json.length % 4)) % 4)).fill(0x20);
  const view = new DataView(head.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  head.set(json, 8);
  return [
    head,
    ...slots.map(asBytes),
    asBytes(Int32Array.from(lists)),
    asBytes(index.pool.docs.subarray(0, used)),
    asBytes(index.pool.weights.subarray(0, used)),
  ];
}

/**
 * The index kept as `bytes` (see `paperIndexChunks`), or null when they are not one (damaged,
 * cut short, another format). The index's arrays are views of `bytes`.
 */
export function paperIndexFromBytes(bytes: Uint8Array): PaperTextIndex | null {
  try {
    return read(bytes.byteOffset % 4 === 0 ? bytes : bytes.slice());
  } catch {
    return null;
  }
}

function read(bytes: Uint8Array): PaperTextIndex | null {
  if (bytes.byteLength < 8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) return null;
  const length = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Header;
  if (header.format !== FORMAT) return null;
  let at = bytes.byteOffset + 8 + length + ((4 - (length % 4)) % 4);
  const int32 = (n: number): Int32Array => {
    const a = new Int32Array(bytes.buffer, at, n);
    at += n * 4;
    return a;
  };
  const slots = header.slots.map(int32);
  const lists = int32(header.terms.length * PAPER_KINDS.length * 2);
  const docs = int32(header.used);
  if (at + header.used * 2 !== bytes.byteOffset + bytes.byteLength) return null;
  const weights = new Uint16Array(bytes.buffer, at, header.used);

  const papers = new PaperTextIndex();
  const index = papers.index;
  slots.forEach((ordinals, k) => {
    const table = index.tables[kindAt(k)]!;
    for (const ordinal of ordinals) table.add(null, ordinal >= 0 ? ordinal : undefined);
    ordinals.forEach((ordinal, num) => {
      if (ordinal < 0) table.kill(num);
    });
  });
  header.terms.forEach((term, t) => {
    const entry = index.entryFor(term);
    for (let k = 0; k < PAPER_KINDS.length; k++) {
      const offset = lists[(t * PAPER_KINDS.length + k) * 2]!;
      const count = lists[(t * PAPER_KINDS.length + k) * 2 + 1]!;
      if (offset < 0 || count === 0) continue;
      if (offset + count > header.used) throw new Error('a posting list is out of bounds');
      const p = new Postings();
      p.offset = offset;
      p.length = p.capacity = count;
      entry.postings[kindAt(k)] = p;
    }
  });
  index.pool.adopt(docs, weights, header.used, header.live);
  papers.adoptPapers(header.papers);
  return papers;
}
