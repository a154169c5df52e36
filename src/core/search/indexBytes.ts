/**
 * An inverted index (the works, notes, user claims and bundled paper's passages) as bytes, to keep
 * between runs: at 100,000 works building the index takes seconds, reading it back a fraction of
 * that. A JSON header holds each kind's documents (ids and what the index keeps for a hit) and the
 * vocabulary (each term's prefix entries are derived again on load); then typed arrays: each
 * entry's posting lists, and the posting pool itself, written as it is and read back as a view of
 * the file's bytes (no copy either way). At 100,000 works the pool is ~56 MB and the documents'
 * JSON ~34 MB: copies of them made the write the moment of the app's peak memory.
 */
import { FIELDS } from './fields';
import {
  int32Section,
  readLayout,
  readSections,
  sectionChunks,
  type ByteSource,
  type SectionArray,
  type Sections,
  uint16Section,
} from './byteSections';
import { InvertedIndex, Postings, type TermEntry } from './postings';
import type { GrowingArrays } from './growingArrays';
import { poolArrays } from './pool';

const TAG = 0x32495353; // "SSI2", little-endian
/**
 * Bump when the layout or how items are indexed (tokens, folding) changes; the fields' boosts are
 * part of the format too (`FORMAT`), so changing one of them needs no bump.
 */
// 4: weights as half-precision floats (halfWeights.ts); 5: works kept without their hit text
// (SearchIndex.shareWorkHits) as no bytes; 6: a work's year read as the bibliography reads it
// (cslYear), an untitled work's hit titled as its listing is (so shared with it).
export const INDEX_BYTES_FORMAT = 6;
const FORMAT = `${INDEX_BYTES_FORMAT} ${JSON.stringify(FIELDS)}`;

const KINDS = 4;

/**
 * A document of an index read back, as the JSON it was kept as: parsed when a search shows it
 * (a few per search) rather than all at start (100,000 works' hit texts took seconds), and
 * written out again as it is.
 */
export class KeptDoc {
  private parsed: unknown;

  constructor(
    private readonly text: Uint8Array,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** The document (parsed on first use). */
  value(): unknown {
    if (this.parsed === undefined) {
      this.parsed = JSON.parse(decoder.decode(this.text.subarray(this.start, this.end)));
    }
    return this.parsed;
  }

  /** The document's JSON, as kept. */
  bytes(): Uint8Array {
    return this.text.subarray(this.start, this.end);
  }

  /** The bytes of `this` then `next`, when `next` is kept right after it in the same bytes. */
  static joined(previous: Uint8Array, next: Uint8Array): Uint8Array | null {
    return previous.buffer === next.buffer &&
      previous.byteOffset + previous.byteLength === next.byteOffset
      ? new Uint8Array(previous.buffer, previous.byteOffset, previous.byteLength + next.byteLength)
      : null;
  }
}

/** What the index keeps of a document, read back if it was kept (see `KeptDoc`). */
export const docValue = (doc: unknown): unknown => (doc instanceof KeptDoc ? doc.value() : doc);

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Documents not read back are encoded this many bytes at a time (one piece each). */
const PIECE_BYTES = 1 << 18;

/**
 * A kind's documents as two sections: their JSON one after another (in pieces: documents read
 * back are written from the bytes they were read from, runs of them as one view, not copied),
 * and where each ends.
 */
function docSections(docs: readonly unknown[]): [Uint8Array[], Int32Array] {
  const pieces: Uint8Array[] = [];
  const ends = new Int32Array(docs.length);
  let fresh: Uint8Array[] = [];
  let freshBytes = 0;
  const add = (piece: Uint8Array): void => {
    const last = pieces[pieces.length - 1];
    const joined = last && KeptDoc.joined(last, piece);
    if (joined) pieces[pieces.length - 1] = joined;
    else pieces.push(piece);
  };
  const flush = (): void => {
    if (fresh.length === 0) return;
    const text = new Uint8Array(freshBytes);
    let at = 0;
    for (const p of fresh) {
      text.set(p, at);
      at += p.byteLength;
    }
    pieces.push(text);
    fresh = [];
    freshBytes = 0;
  };
  let length = 0;
  docs.forEach((doc, i) => {
    let bytes: Uint8Array;
    if (doc === null) {
      // Nothing kept (a work whose hit the works list gives): no bytes, read back as null.
      ends[i] = length;
      return;
    }
    if (doc instanceof KeptDoc) {
      flush();
      add((bytes = doc.bytes()));
    } else {
      fresh.push((bytes = encoder.encode(JSON.stringify(doc))));
      freshBytes += bytes.byteLength;
      if (freshBytes >= PIECE_BYTES) flush();
    }
    ends[i] = length += bytes.byteLength;
  });
  flush();
  return [pieces, ends];
}

interface Header {
  format: string;
  /**
   * Per kind: each document's id (no removed documents); what the index keeps of each is JSON in
   * a section of the kind's own (see `KeptDoc`).
   */
  tables: { ids: (string | null)[] }[];
  /** Every term, then every one- and two-letter prefix with postings. */
  terms: string[];
  prefixes: string[];
  /** Postings in the pool's arrays (live or slack). */
  used: number;
  /** The owner's header (see `KeptExtra`). */
  extra: unknown;
}

/** What the index's owner keeps with it: a header (as JSON) and sections of its own. */
export interface KeptExtra {
  header: unknown;
  sections: readonly SectionArray[];
}

/**
 * The index as chunks of bytes to write one after another. Removed documents are dropped first
 * (`InvertedIndex.compactAll`: the index is changed, its live documents renumbered in order), so the
 * index read back counts only live postings, as one built afresh does. The posting pool's chunks
 * are views of its arrays, not copies: write them before the index changes, or while it is
 * `frozen` (see `writeIndexChunks`).
 */
export function indexChunks(
  index: InvertedIndex,
  extra: KeptExtra = { header: null, sections: [] },
): Uint8Array[] {
  index.compactAll();
  const terms = [...index.terms.keys()];
  const prefixes = [...index.short].filter(([, e]) => !e.isEmpty()).map(([p]) => p);
  const entries: TermEntry[] = [
    ...terms.map((t) => index.terms.get(t)!),
    ...prefixes.map((p) => index.short.get(p)!),
  ];
  const lists = new Int32Array(entries.length * KINDS * 2);
  entries.forEach((entry, e) => {
    for (let k = 0; k < KINDS; k++) {
      const p = entry.postings[k];
      lists[(e * KINDS + k) * 2] = p ? p.offset : 0;
      lists[(e * KINDS + k) * 2 + 1] = p ? p.length : -1;
    }
  });
  const used = index.pool.usedLength;
  const header: Header = {
    format: FORMAT,
    tables: index.tables.map((t) => ({ ids: t.ids })),
    terms,
    prefixes,
    used,
    extra: extra.header,
  };
  return sectionChunks(TAG, header, [
    ...extra.sections,
    ...index.tables.flatMap((t) => docSections(t.docs)),
    lists,
    index.pool.docs.subarray(0, used),
    index.pool.weights.subarray(0, used),
  ]);
}

/**
 * Writes the index's chunks (see `indexChunks`) with `write`, keeping the index `frozen` until
 * that settles: an edit made meanwhile is made, and searchable at once, but moves nothing being
 * written, so no copy of the pool (~56 MB at 100,000 works) is needed.
 */
export async function writeIndexChunks(
  index: InvertedIndex,
  extra: KeptExtra,
  write: (chunks: Uint8Array[]) => Promise<void>,
): Promise<void> {
  const chunks = indexChunks(index, extra);
  const wasFrozen = index.frozen;
  index.frozen = true;
  try {
    await write(chunks);
  } finally {
    index.frozen = wasFrozen;
  }
}

/** The pool's arrays read back: `used` postings, with room after them to grow into. */
interface KeptPool {
  docs: Int32Array;
  weights: Uint16Array;
  used: number;
  /** The memory the arrays grow in place in (see `poolArrays`), if any. */
  growing?: GrowingArrays | null;
}

/**
 * The inverted index kept as `bytes` (see `indexChunks`), and what its owner kept with it (the
 * owner's sections first); the pool's arrays are views of the bytes. Throws when they are not one
 * of this format or do not hold together (a damaged or cut-short file): the caller builds the
 * index afresh then.
 */
export function indexFromBytes(bytes: Uint8Array): { index: InvertedIndex; extra: Sections } {
  const { header, sections } = readSections(TAG, bytes);
  const [docsBytes, weightsBytes] = sections.slice(-2);
  const docs = int32Section(docsBytes);
  const weights = uint16Section(weightsBytes);
  if (weights.length !== docs.length) throw damaged('layout');
  const pool = { docs, weights, used: docs.length };
  return finished(indexFromParts(header, sections.slice(0, -2), pool));
}

/**
 * Like `indexFromBytes`, reading the kept bytes a section at a time, each into memory of its own
 * (nothing holds the whole file, and nothing is copied twice), the pool's arrays with room for
 * `room` (a fraction) more postings: the first edits after a start do not reallocate them.
 */
export async function indexFromSource(
  source: ByteSource,
  room = 1 / 16,
  turn: () => Promise<unknown> = async () => undefined,
): Promise<{ index: InvertedIndex; extra: Sections }> {
  const { header, sections: layout } = await readLayout(TAG, source);
  if ((header as Partial<Header> | null)?.format !== FORMAT) throw otherFormat();
  if (layout.length < 2) throw damaged('sections');
  const sections: Uint8Array[] = [];
  for (const { at, size } of layout.slice(0, -2)) {
    const bytes = new Uint8Array(size);
    await source.read(bytes, at);
    sections.push(bytes);
  }
  const [docsAt, weightsAt] = layout.slice(-2) as [(typeof layout)[0], (typeof layout)[0]];
  if (docsAt.size % 4 !== 0 || weightsAt.size * 2 !== docsAt.size) throw damaged('layout');
  const used = docsAt.size / 4;
  const { docs, weights, growing } = poolArrays(used + Math.ceil(used * room));
  await source.read(new Uint8Array(docs.buffer, 0, docsAt.size), docsAt.at);
  await source.read(new Uint8Array(weights.buffer, 0, weightsAt.size), weightsAt.at);
  const steps = indexFromParts(header, sections, { docs, weights, used, growing });
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await turn();
  }
}

/** Runs `steps` to the end at once, answering what it returns. */
function finished<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Terms (or postings, by the hundred) restored between two steps of `indexFromParts`. */
const STEP_TERMS = 2000;

const damaged = (what: string): Error => new Error(`Damaged kept search index (${what}).`);
const otherFormat = (): Error => new Error('The kept search index is of another format.');

/** The index from its header, its sections but the pool's, and the pool's arrays. */
function* indexFromParts(
  raw: unknown,
  all: Uint8Array[],
  pool: KeptPool,
): Generator<void, { index: InvertedIndex; extra: Sections }> {
  const header = raw as Partial<Header> | null;
  if (header?.format !== FORMAT) throw otherFormat();
  const { tables, terms, prefixes, used } = header as Header;
  const own = KINDS * 2 + 1;
  if (all.length < own) throw damaged('sections');
  const docSections = all.slice(-own, -1);
  const extra: Sections = { header: header.extra ?? null, sections: all.slice(0, -own) };
  const lists = int32Section(all[all.length - 1]);
  const { docs } = pool;
  if (
    !Array.isArray(tables) ||
    tables.length !== KINDS ||
    !Array.isArray(terms) ||
    !Array.isArray(prefixes) ||
    lists.length !== (terms.length + prefixes.length) * KINDS * 2 ||
    pool.used !== used
  ) {
    throw damaged('layout');
  }
  const index = new InvertedIndex();
  // A step (yield) every STEP_TERMS terms, every STEP_TERMS * 50 documents and every
  // STEP_TERMS * 100 postings checked: at 100,000 works restoring in one go held the event loop
  // ~300 ms, and the window's requests with it (see `indexFromSource`).
  for (const [kind, { ids }] of tables.entries()) {
    const ends = int32Section(docSections[kind * 2 + 1]);
    // Views of the bytes read: a document's JSON is parsed only when a search shows it.
    const text = docSections[kind * 2]!;
    if (!Array.isArray(ids) || ids.length !== ends.length) throw damaged('table');
    const table = index.tables[kind]!;
    let start = 0;
    for (let num = 0; num < ids.length; num++) {
      const end = ends[num]!;
      if (end < start || end > text.length) throw damaged('a document');
      // No bytes: kept as null (see `docSections`); JSON is never empty.
      table.add(ids[num] ?? null, end === start ? null : new KeptDoc(text, start, end));
      start = end;
      if ((num + 1) % (STEP_TERMS * 50) === 0) yield;
    }
  }
  yield;
  const restored: TermEntry[] = [];
  for (const term of terms) {
    restored.push(index.entryFor(term));
    if (restored.length % STEP_TERMS === 0) yield;
  }
  for (const prefix of prefixes) {
    const entry = index.short.get(prefix);
    if (!entry) throw damaged(`prefix "${prefix}"`);
    restored.push(entry);
  }
  yield;
  let live = 0;
  let checked = 0;
  for (const [e, entry] of restored.entries()) {
    if (checked >= STEP_TERMS * 100) {
      checked = 0;
      yield;
    }
    for (let k = 0; k < KINDS; k++) {
      const offset = lists[(e * KINDS + k) * 2]!;
      const length = lists[(e * KINDS + k) * 2 + 1]!;
      if (length < 0) continue;
      if (offset < 0 || offset + length > used) throw damaged('postings');
      const size = index.tables[k]!.docs.length;
      for (let i = offset; i < offset + length; i++) {
        const d = docs[i]!;
        if (d < 0 || d >= size) throw damaged('a posting');
      }
      const p = new Postings();
      p.offset = offset;
      p.length = length;
      p.capacity = length; // the first posting added moves the list to the pool's end
      entry.postings[k] = p;
      live += length;
      checked += length;
    }
  }
  index.pool.adopt(pool.docs, pool.weights, used, live, pool.growing ?? null);
  return { index, extra };
}
