/**
 * A search index as plain data, to keep between runs (the services persist it with the library):
 * at 100,000 works building the index takes seconds, reading it back a fraction of that. The
 * posting lists travel as two typed arrays (the packed pool), the vocabulary as a list of terms
 * (each term's prefix entries are derived again on load), each kind's documents as they are kept.
 */
import { InvertedIndex, Postings, type TermEntry } from './postings';

/** Bump when the index's layout or the way items are indexed changes: older snapshots are rebuilt. */
export const SNAPSHOT_FORMAT = 1;

/** One kind's documents: each slot's id (null for a removed document) and what the index keeps. */
export interface SnapshotTable {
  ids: (string | null)[];
  docs: unknown[];
}

/** An inverted index as data (see `snapshotIndex` and `restoreIndex`). */
export interface IndexSnapshot {
  format: number;
  tables: SnapshotTable[];
  /** Every term, then every one- and two-letter prefix with postings. */
  terms: string[];
  prefixes: string[];
  /**
   * For each entry of `terms` then `prefixes`, and each kind: the offset and length of its
   * postings in `docs`/`weights` (length -1: no list).
   */
  lists: Int32Array;
  docs: Int32Array;
  weights: Float32Array;
}

const KINDS = 4;

/** The index as data; packs it first (its lists back to back). */
export function snapshotIndex(index: InvertedIndex): IndexSnapshot {
  index.pack();
  const tables = index.tables.map((table): SnapshotTable => {
    const ids: (string | null)[] = new Array<string | null>(table.docs.length).fill(null);
    for (const [id, num] of table.numbers) ids[num] = id;
    return { ids, docs: table.docs.map((d, i) => (ids[i] === null ? null : d)) };
  });
  const terms = [...index.terms.keys()];
  const prefixes = [...index.short].filter(([, e]) => !e.isEmpty()).map(([p]) => p);
  const entries: TermEntry[] = [
    ...terms.map((t) => index.terms.get(t)!),
    ...prefixes.map((p) => index.short.get(p)!),
  ];
  const lists = new Int32Array(entries.length * KINDS * 2);
  let end = 0;
  entries.forEach((entry, e) => {
    for (let k = 0; k < KINDS; k++) {
      const p = entry.postings[k];
      lists[(e * KINDS + k) * 2] = p ? p.offset : 0;
      lists[(e * KINDS + k) * 2 + 1] = p ? p.length : -1;
      if (p) end = Math.max(end, p.offset + p.length);
    }
  });
  return {
    format: SNAPSHOT_FORMAT,
    tables,
    terms,
    prefixes,
    lists,
    docs: index.pool.docs.slice(0, end),
    weights: index.pool.weights.slice(0, end),
  };
}

/**
 * The inverted index `snapshot` describes. Throws when the snapshot is not of this format or
 * does not hold together (a damaged cache): the caller builds the index afresh then.
 */
export function restoreIndex(snapshot: IndexSnapshot): InvertedIndex {
  const { tables, terms, prefixes, lists, docs, weights } = snapshot;
  const entries = terms.length + prefixes.length;
  if (
    snapshot.format !== SNAPSHOT_FORMAT ||
    tables.length !== KINDS ||
    lists.length !== entries * KINDS * 2 ||
    docs.length !== weights.length
  ) {
    throw new Error('The search index snapshot is of another format or damaged.');
  }
  const index = new InvertedIndex();
  tables.forEach(({ ids, docs: items }, kind) => {
    if (ids.length !== items.length) throw new Error('Damaged search index snapshot (table).');
    const table = index.tables[kind]!;
    ids.forEach((id, num) => {
      // A removed document keeps its slot, so the postings' document numbers stay right.
      table.add(id, items[num]);
      if (id === null) table.kill(num);
    });
  });
  const restored: TermEntry[] = [];
  for (const term of terms) restored.push(index.entryFor(term));
  for (const prefix of prefixes) {
    const entry = index.short.get(prefix);
    if (!entry) throw new Error(`Damaged search index snapshot (prefix "${prefix}").`);
    restored.push(entry);
  }
  restored.forEach((entry, e) => {
    for (let k = 0; k < KINDS; k++) {
      const offset = lists[(e * KINDS + k) * 2]!;
      const length = lists[(e * KINDS + k) * 2 + 1]!;
      if (length < 0) continue;
      if (offset < 0 || offset + length > docs.length) {
        throw new Error('Damaged search index snapshot (postings).');
      }
      const p = new Postings();
      p.offset = offset;
      p.length = length;
      p.capacity = length; // the first posting added moves the list to the pool's end
      entry.postings[k] = p;
    }
  });
  // Packed when kept: every posting of the pool is in a list.
  index.pool.adopt(docs, weights, docs.length);
  return index;
}
