/**
 * An inverted index (the works, notes, user claims and bundled paper's passages) as bytes, to keep
 * between runs: at 100,000 works building the index takes seconds, reading it back a fraction of
 * that. A JSON header holds each kind's documents (ids and what the index keeps for a hit) and the
 * vocabulary (each term's prefix entries are derived again on load); then typed arrays: each
 * entry's posting lists, and the posting pool itself, written as it is and read back as a view of
 * the file's bytes (no copy either way).
 */
import { FIELDS } from './fields';
import {
  float32Section,
  int32Section,
  readSections,
  sectionChunks,
  type SectionArray,
  type Sections,
} from './byteSections';
import { InvertedIndex, Postings, type TermEntry } from './postings';

const TAG = 0x32495353; // "SSI2", little-endian
/**
 * Bump when the layout or how items are indexed (tokens, folding) changes; the fields' boosts are
 * part of the format too (`FORMAT`), so changing one of them needs no bump.
 */
export const INDEX_BYTES_FORMAT = 3;
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
}

/** What the index keeps of a document, read back if it was kept (see `KeptDoc`). */
export const docValue = (doc: unknown): unknown => (doc instanceof KeptDoc ? doc.value() : doc);

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** A kind's documents as two sections: their JSON one after another, and where each ends. */
function docSections(docs: readonly unknown[]): [Uint8Array, Int32Array] {
  const pieces = docs.map((d) =>
    d instanceof KeptDoc ? d.bytes() : encoder.encode(JSON.stringify(d)),
  );
  const ends = new Int32Array(pieces.length);
  let length = 0;
  pieces.forEach((p, i) => (ends[i] = length += p.byteLength));
  const text = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    text.set(p, at);
    at += p.byteLength;
  }
  return [text, ends];
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
 * index read back counts only live postings, as one built afresh does. The chunks are copies:
 * the index may change while they are written.
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
    // Copies: the index goes on taking changes while the chunks are written (a few ms, and
    // an edit made meanwhile is searchable at once rather than after the write).
    index.pool.docs.slice(0, used),
    index.pool.weights.slice(0, used),
  ]);
}

/**
 * The inverted index kept as `bytes` (see `indexChunks`), and what its owner kept with it (the
 * owner's sections first); the pool's arrays are views of the bytes. Throws when they are not one of this format or do not hold together (a damaged or cut-short
 * file): the caller builds the index afresh then.
 */
export function indexFromBytes(bytes: Uint8Array): { index: InvertedIndex; extra: Sections } {
  const { header: raw, sections: all } = readSections(TAG, bytes);
  const header = raw as Partial<Header> | null;
  if (header?.format !== FORMAT) throw new Error('The kept search index is of another format.');
  const { tables, terms, prefixes, used } = header as Header;
  const own = KINDS * 2 + 3;
  if (all.length < own) throw new Error('Damaged kept search index (sections).');
  const sections = all.slice(-3);
  const docSections = all.slice(-own, -3);
  const extra: Sections = { header: header.extra ?? null, sections: all.slice(0, -own) };
  const lists = int32Section(sections[0]);
  const docs = int32Section(sections[1]);
  const weights = float32Section(sections[2]);
  const damaged = (what: string): Error => new Error(`Damaged kept search index (${what}).`);
  if (
    !Array.isArray(tables) ||
    tables.length !== KINDS ||
    !Array.isArray(terms) ||
    !Array.isArray(prefixes) ||
    lists.length !== (terms.length + prefixes.length) * KINDS * 2 ||
    docs.length !== used ||
    weights.length !== used
  ) {
    throw damaged('layout');
  }
  const index = new InvertedIndex();
  tables.forEach(({ ids }, kind) => {
    const ends = int32Section(docSections[kind * 2 + 1]);
    // Copied out of the file's bytes, which can then go once the pool has moved out of them.
    const text = docSections[kind * 2]!.slice();
    if (!Array.isArray(ids) || ids.length !== ends.length) throw damaged('table');
    const table = index.tables[kind]!;
    let start = 0;
    for (let num = 0; num < ids.length; num++) {
      const end = ends[num]!;
      if (end < start || end > text.length) throw damaged('a document');
      table.add(ids[num] ?? null, new KeptDoc(text, start, end));
      start = end;
    }
  });
  const restored: TermEntry[] = [];
  for (const term of terms) restored.push(index.entryFor(term));
  for (const prefix of prefixes) {
    const entry = index.short.get(prefix);
    if (!entry) throw damaged(`prefix "${prefix}"`);
    restored.push(entry);
  }
  let live = 0;
  restored.forEach((entry, e) => {
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
    }
  });
  index.pool.adopt(docs, weights, live);
  return { index, extra };
}
