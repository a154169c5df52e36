/**
 * The inverted index: one vocabulary (a radix tree, for prefix and fuzzy expansion) shared by all
 * kinds, and per kind a posting list per term (document numbers and precomputed weights). Every
 * one- and two-letter prefix also has a merged list (each document once, with its best weight
 * for a word starting so), because expanding "m" over the vocabulary and visiting every "m…"
 * word's postings is what makes the first keystrokes slow in a large library.
 * Removal is O(1): the document's slot is emptied and its postings are skipped, then dropped
 * lazily when a query walks that list, or all at once when too many are dead.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { PostingPool, Postings } from './pool';
import type { SearchKind } from './types';

export { Postings } from './pool';

/** A term's (or a short prefix's) postings, one list per kind (indexed by `KIND_INDEX`). */
export class TermEntry {
  readonly postings: (Postings | undefined)[] = [undefined, undefined, undefined, undefined];
  /** For a term: the merged entries of its one- and two-letter prefixes, with the match quality. */
  readonly prefixes: { entry: TermEntry; quality: number }[] = [];
  // Scratch used while one document is indexed (no per-document maps): the field being read
  // and the term's count in it, then the document and its summed (or, for a prefix, best) weight.
  fieldStamp = -1;
  count = 0;
  docStamp = -1;
  docWeight = 0;

  isEmpty(): boolean {
    return this.postings.every((p) => p === undefined);
  }
}

export const KIND_INDEX: Record<SearchKind, number> = { work: 0, claim: 1, note: 2, passage: 3 };

/** Prefixes this short or shorter are answered from the merged lists. */
export const SHORT_PREFIX = 2;

/** Weight of a prefix match: 1 for the whole word, 0.5–0.9 as more of the word was typed. */
export const prefixQuality = (typed: number, term: number): number =>
  typed >= term ? 1 : 0.5 + (0.4 * typed) / term;

/** The documents of one kind, by internal number. */
export class DocTable<T> {
  /** Slot per document number; undefined once removed. */
  docs: (T | undefined)[] = [];
  /** Id per document number (null for one added without an id): ties in a ranking go by id. */
  ids: (string | null)[] = [];
  /** 1 for a live document number, 0 for a removed one (checked in the scoring loop). */
  alive = new Uint8Array(1024);
  /** Number by id (documents added without an id, see `add`, are not in it). */
  readonly numbers = new Map<string, number>();
  deadSlots = 0;
  /** Live documents. */
  live = 0;

  /** Adds a document; one added with a null id is removed by number (`InvertedIndex.removeRange`). */
  add(id: string | null, doc: T): number {
    const num = this.docs.length;
    this.docs.push(doc);
    this.ids.push(id);
    if (num >= this.alive.length) {
      const alive = new Uint8Array(this.alive.length * 2);
      alive.set(this.alive);
      this.alive = alive;
    }
    this.alive[num] = 1;
    if (id !== null) this.numbers.set(id, num);
    this.live++;
    return num;
  }

  /** Marks document `num` removed; false when it was not live. */
  kill(num: number): boolean {
    if (this.alive[num] !== 1) return false;
    this.docs[num] = undefined;
    this.alive[num] = 0;
    this.deadSlots++;
    this.live--;
    return true;
  }
}

export interface InvertedIndexOptions {
  /**
   * Keep merged lists of one- and two-letter prefixes (default true). Without them (the added
   * papers' text: most of its postings would be in them) a short prefix is expanded over the
   * vocabulary at query time.
   */
  prefixLists?: boolean;
}

export class InvertedIndex {
  readonly prefixLists: boolean;
  /** Fast exact lookup; the radix tree below holds the same entries for prefix and fuzzy search. */
  readonly terms = new Map<string, TermEntry>();
  readonly vocabulary = new SearchableMap<TermEntry>();
  /** Merged lists of one- and two-letter prefixes. */
  readonly short = new Map<string, TermEntry>();
  readonly tables: DocTable<unknown>[] = [
    new DocTable(),
    new DocTable(),
    new DocTable(),
    new DocTable(),
  ];
  readonly pool = new PostingPool(() => this.allLists());
  /**
   * Set while the pool's arrays are being written out as they are (see indexBytes.ts and
   * paperIndexBytes.ts): queries then leave the lists as they are (no pruning), removed documents
   * are not compacted away, and postings added go where they move nothing already written (see
   * `PostingPool.frozen`), so changes are still made, and searchable, meanwhile.
   */
  get frozen(): boolean {
    return this.pool.frozen;
  }

  set frozen(frozen: boolean) {
    this.pool.frozen = frozen;
  }
  /** Bumped when entries may have left the vocabulary, so caches of entries are dropped. */
  generation = 0;
  /** Prefix entries the document being indexed reaches (reused). */
  private readonly touched: TermEntry[] = [];

  constructor(options: InvertedIndexOptions = {}) {
    this.prefixLists = options.prefixLists ?? true;
  }

  table<T>(kind: number): DocTable<T> {
    return this.tables[kind] as DocTable<T>;
  }

  /**
   * Adds (or replaces) document `id` of `kind`. `terms` are the entries of its terms, each once,
   * carrying the document's weight for it in `docWeight` (see `Indexer`).
   */
  upsert<T>(kind: number, id: string | null, doc: T, terms: readonly TermEntry[]): void {
    if (id !== null) this.remove(kind, id);
    const num = this.table<T>(kind).add(id, doc);
    const tag = num * 4 + kind;
    const touched = this.touched;
    touched.length = 0;
    for (const entry of terms) {
      const weight = entry.docWeight;
      this.pool.push((entry.postings[kind] ??= new Postings()), num, weight);
      for (const { entry: prefix, quality } of entry.prefixes) {
        const w = weight * quality;
        if (prefix.docStamp !== tag) {
          prefix.docStamp = tag;
          prefix.docWeight = w;
          touched.push(prefix);
        } else if (w > prefix.docWeight) prefix.docWeight = w;
      }
    }
    for (const prefix of touched) {
      this.pool.push((prefix.postings[kind] ??= new Postings()), num, prefix.docWeight);
      prefix.docStamp = -1;
    }
  }

  /** The entry of `term`, created (with its prefix entries) on first use. */
  entryFor(term: string): TermEntry {
    return this.terms.get(term) ?? this.addTerm(term);
  }

  private addTerm(term: string): TermEntry {
    const entry = new TermEntry();
    this.terms.set(term, entry);
    this.vocabulary.set(term, entry);
    for (let n = 1; this.prefixLists && n <= SHORT_PREFIX && n <= term.length; n++) {
      const p = term.slice(0, n);
      let prefix = this.short.get(p);
      if (prefix === undefined) this.short.set(p, (prefix = new TermEntry()));
      entry.prefixes.push({ entry: prefix, quality: prefixQuality(n, term.length) });
    }
    return entry;
  }

  /** Removes document `id` of `kind`; returns whether it was there. */
  remove(kind: number, id: string): boolean {
    const table = this.tables[kind];
    const num = table?.numbers.get(id);
    if (table === undefined || num === undefined) return false;
    table.numbers.delete(id);
    table.kill(num);
    this.compactIfWasteful(kind);
    return true;
  }

  /**
   * Removes documents `from` to `to` (exclusive) of `kind`, added without ids. Answers the new
   * numbers of the kind's documents when this compacted the table (-1 for a removed one).
   */
  removeRange(kind: number, from: number, to: number): Int32Array | null {
    const table = this.tables[kind];
    if (table === undefined) return null;
    for (let num = from; num < to; num++) table.kill(num);
    return this.compactIfWasteful(kind);
  }

  private compactIfWasteful(kind: number): Int32Array | null {
    const table = this.tables[kind];
    if (!this.frozen && table && table.deadSlots > 1000 && table.deadSlots > table.live / 4) {
      return this.compact(kind);
    }
    return null;
  }

  /**
   * Drops every posting of removed documents of `kind` and renumbers its live documents; answers
   * the new number of each old one (-1 for a removed one).
   */
  compact(kind: number): Int32Array {
    const table = this.tables[kind]!;
    const renumber = new Int32Array(table.docs.length).fill(-1);
    const docs: unknown[] = [];
    const ids: (string | null)[] = [];
    table.docs.forEach((doc, num) => {
      if (table.alive[num] === 1) {
        renumber[num] = docs.length;
        docs.push(doc);
        ids.push(table.ids[num] ?? null);
      }
    });
    for (const [id, num] of table.numbers) table.numbers.set(id, renumber[num] ?? -1);
    table.docs = docs;
    table.ids = ids;
    table.alive.fill(0);
    table.alive.fill(1, 0, docs.length);
    table.deadSlots = 0;
    this.generation++;
    const keep = (d: number): number => renumber[d] ?? -1;
    for (const map of [this.terms, this.short]) {
      for (const [term, entry] of map) {
        const postings = entry.postings[kind];
        if (postings === undefined) continue;
        this.pool.filter(postings, keep);
        if (postings.length === 0) {
          this.pool.release(postings);
          entry.postings[kind] = undefined;
        }
        // A term no document uses any more leaves the vocabulary; prefix entries stay (few).
        if (map === this.terms && entry.isEmpty()) {
          map.delete(term);
          this.vocabulary.delete(term);
        }
      }
    }
    return renumber;
  }

  /** Compacts every kind that has removed documents (see `compact`); not while `frozen`. */
  compactAll(): void {
    if (this.frozen) return;
    this.tables.forEach((table, kind) => {
      if (table.deadSlots > 0) this.compact(kind);
    });
  }

  /** Drops the postings of removed documents from one list (called when a query finds many). */
  prune(kind: number, postings: Postings): void {
    if (this.frozen) return;
    const alive = this.tables[kind]?.alive;
    if (alive) this.pool.filter(postings, (d) => (alive[d] === 1 ? d : -1));
  }

  /** Packs the posting lists tightly (after a bulk load). */
  pack(): void {
    this.pool.pack();
  }

  private *allLists(): Iterable<Postings> {
    for (const map of [this.terms, this.short]) {
      for (const entry of map.values()) {
        for (const p of entry.postings) if (p !== undefined) yield p;
      }
    }
  }
}
