/** One search index over works, claims, notes and the paper's passages, updated item by item. */
import type { Work } from '../bibliography/model';
import { describeClaim, describeNote, describePassage, describeWork } from './fields';
import {
  claimHit,
  hitTextOf,
  noteHit,
  passageHit,
  sameHitText,
  workHit,
  workHitText,
  type WorkHitParts,
  type WorkHitText,
} from './hits';
import { Indexer } from './indexer';
import { PackedDocs } from './packedDocs';
import { PAPER_KINDS, PaperTextIndex, type PaperKind } from './paperTextIndex';
import { InvertedIndex, KIND_INDEX } from './postings';
import { buildQuery, type QueryTerm } from './query';
import { documentFrequencies, scoreKind, type Corpus } from './score';
import type { ByteSource, Sections } from './byteSections';
import {
  docValue,
  indexChunks,
  indexFromBytes,
  indexFromSource,
  writeIndexChunks,
  type KeptExtra,
} from './indexBytes';
import {
  SEARCH_KINDS,
  type Hit,
  type SearchableClaim,
  type SearchableNote,
  type SearchablePassage,
  type SearchKind,
  type SearchOptions,
  type PaperSearchText,
  type SearchResults,
  type StoredTextRef,
} from './types';

const DEFAULT_LIMIT = 10;
/** Adding this many items at once ends with packing the posting lists. */
const BULK = 1000;

/** A work's hit parts by citation key, or null for a key it does not know (see `shareWorkHits`). */
export type WorkHitSource = (key: string) => WorkHitParts | null;

type Render = (doc: never, score: number, terms: readonly QueryTerm[]) => Hit;
const RENDER: Record<SearchKind, Render> = {
  work: workHit as Render,
  claim: claimHit as Render,
  note: noteHit as Render,
  passage: passageHit as Render,
};

const GROUP: Record<SearchKind, 'works' | 'claims' | 'notes' | 'passages'> = {
  work: 'works',
  claim: 'claims',
  note: 'notes',
  passage: 'passages',
};

const isPaperKind = (kind: SearchKind): kind is PaperKind =>
  (PAPER_KINDS as readonly SearchKind[]).includes(kind);

export class SearchIndex {
  // Replaced whole by `restore` (a kept index read back); the papers' index is kept apart.
  private index = new InvertedIndex();
  private indexer = new Indexer(this.index);
  /** The added papers' passages and claims, kept as references to their text (see PaperTextIndex). */
  private paperTexts = new PaperTextIndex();
  /** Set while items are indexed in bulk (see `packItems`). */
  private packed: PackedDocs | null = null;
  /** Where works' hits are read instead of kept (see `shareWorkHits`). */
  private workHits: WorkHitSource | null = null;

  /**
   * Reads the hit of a work from `source` (the works list's listings, in the app) whenever it
   * gives exactly what the index would keep of the work when it is indexed: the index then keeps
   * nothing of it (at 100,000 works, ~22 MB of hit texts and ~6 MB of objects, in memory and in
   * the kept index). A work `source` does not know, or knows otherwise, keeps its own hit text.
   * At a search, a work kept without one whose key `source` no longer knows (removed from the
   * library, its removal not yet indexed) is left out of the hits.
   */
  shareWorkHits(source: WorkHitSource): void {
    this.workHits = source;
  }

  /**
   * While on (a first build, a kept index brought up to date), what the index keeps of each item
   * is packed as its JSON's bytes (see PackedDocs): hits are the same, from about half the
   * memory, and the index is written out without encoding them again. Off for edits one at a
   * time: a replaced item's bytes stay allocated as long as others packed beside it.
   */
  packItems(on: boolean): void {
    // A bulk load over: its words are not met again one edit at a time.
    if (!on && this.packed) this.indexer.forgetWords();
    this.packed = on ? (this.packed ?? new PackedDocs()) : null;
  }

  /** What the index keeps of `item` (see `packItems`). */
  private kept(item: unknown): unknown {
    return this.packed ? this.packed.pack(item) : item;
  }

  /** The index of the added papers' text (to write it out, see paperIndexBytes.ts). */
  get papers(): PaperTextIndex {
    return this.paperTexts;
  }

  /** Replaces the index of the added papers' text (one read back from a file). */
  adoptPapers(papers: PaperTextIndex): void {
    this.paperTexts = papers;
  }

  /**
   * Indexes an added paper's passages and claims (replacing its earlier ones); the index keeps
   * only where each is (`StoredTextRef`), its text is read back to show a hit.
   */
  setPaperText(text: PaperSearchText): void {
    this.paperTexts.set(text);
  }

  /** Removes an added paper's passages and claims; false when they were not indexed. */
  removePaperText(documentId: string): boolean {
    return this.paperTexts.remove(documentId);
  }

  /**
   * The works, notes, user claims and whole-kept papers' index as chunks of bytes, to keep
   * between runs (see indexBytes.ts; removed items are dropped first); the added papers' index is
   * kept apart (see `papers`). The chunks are views of the index's arrays: write them before the
   * index next changes, or use `writeBytes`. `extra` is kept with it (`restoreBytes` answers it).
   */
  toBytes(extra?: KeptExtra): Uint8Array[] {
    return indexChunks(this.index, extra);
  }

  /**
   * Writes what `toBytes` gives with `write`; the index takes changes meanwhile (searchable at
   * once) without touching the bytes being written, so they are not copied first.
   */
  writeBytes(
    write: (chunks: Uint8Array[]) => Promise<void>,
    extra: KeptExtra = { header: null, sections: [] },
  ): Promise<void> {
    return writeIndexChunks(this.index, extra, write);
  }

  /**
   * Replaces what `toBytes` keeps with an index read back from `bytes`, in place: the added
   * papers' index and whoever holds this object are left as they are. Throws when the bytes are
   * of another format or damaged, or when `check` throws on what was kept with it (this index is
   * then unchanged; build it afresh). Answers what was kept with it (see `toBytes`).
   */
  restoreBytes(bytes: Uint8Array, check: (extra: Sections) => void = () => undefined): Sections {
    return this.restored(indexFromBytes(bytes), check);
  }

  /**
   * Like `restoreBytes`, reading the bytes a section at a time from `source` (a file): the whole
   * file is never in memory, and the posting pool keeps room for the edits that follow a start.
   * `turn` is awaited between steps of the rebuilding (a few ms each), so that a caller's thread
   * can answer other work meanwhile; this index is unchanged until the end.
   */
  async restoreFrom(
    source: ByteSource,
    check: (extra: Sections) => void = () => undefined,
    turn?: () => Promise<unknown>,
  ): Promise<Sections> {
    return this.restored(await indexFromSource(source, undefined, turn), check);
  }

  private restored(
    { index, extra }: { index: InvertedIndex; extra: Sections },
    check: (extra: Sections) => void,
  ): Sections {
    check(extra);
    this.index = index;
    this.indexer = new Indexer(index);
    return extra;
  }

  /**
   * Drops the postings of removed items now rather than as queries meet them, so that words weigh
   * exactly as in an index built afresh from the same items (see `toBytes`).
   */
  dropRemoved(): void {
    this.index.compactAll();
  }

  /** Adds works, replacing any already indexed under the same citation key. */
  addWorks(works: Iterable<Work>): void {
    let n = 0;
    for (const work of works) {
      this.upsertWork(work);
      n++;
    }
    if (n >= BULK) this.index.pack();
  }

  /** Adds or re-indexes one work (by citation key). */
  upsertWork(work: Work): void {
    const text = workHitText(work);
    const parts = this.workHits?.(work.citationKey);
    // null: read from `workHits` when shown (see `shareWorkHits`).
    const stored = parts && sameHitText(hitTextOf(parts), text) ? null : this.kept(text);
    this.indexer.add(KIND_INDEX.work, work.citationKey, work, describeWork, stored);
  }

  /**
   * What a search shows of document `num` of kind `k`: what the index keeps of it, or for a work
   * kept without its hit text, the text `workHits` gives (null: the work is left out).
   */
  private shown(k: number, num: number): unknown {
    const doc = this.index.tables[k]?.docs[num];
    if (doc !== null || k !== KIND_INDEX.work) return docValue(doc);
    const id = this.index.tables[k]!.ids[num] ?? '';
    // Without a source (an index read back by another reader than the one that kept it): the
    // work's key stands for its title rather than the hit being lost.
    if (!this.workHits) return { id, title: id, snippet: '' } satisfies WorkHitText;
    const parts = this.workHits(id);
    return parts ? hitTextOf(parts) : null;
  }

  addNotes(notes: Iterable<SearchableNote>): void {
    let n = 0;
    for (const note of notes) {
      this.upsertNote(note);
      n++;
    }
    if (n >= BULK) this.index.pack();
  }

  /** Packs the index's memory tightly; worth calling after adding many items one by one. */
  pack(): void {
    this.index.pack();
  }

  /** Adds or re-indexes one note (by id); call it after every edit. */
  upsertNote(note: SearchableNote): void {
    // Only what its hit shows is kept: a stored note's links and times were ~40% of its bytes
    // (~5 MB of 10,000 notes' ~12 MB, in memory and in the kept index).
    this.indexer.add(KIND_INDEX.note, note.id, note, describeNote, this.kept(shownOfNote(note)));
  }

  addClaims(claims: Iterable<SearchableClaim>): void {
    for (const claim of claims) this.upsertClaim(claim);
  }

  /** Adds or re-indexes one claim; the index keeps `stored` for it (see `StoredTextRef`). */
  upsertClaim(claim: SearchableClaim, stored: SearchableClaim | StoredTextRef = claim): void {
    this.indexer.add(KIND_INDEX.claim, claim.id, claim, describeClaim, this.kept(stored));
  }

  /** Replaces every indexed passage with `passages` (the paper's text, re-parsed). */
  setPassages(passages: Iterable<SearchablePassage>): void {
    const table = this.index.table<SearchablePassage>(KIND_INDEX.passage);
    for (const id of [...table.numbers.keys()]) this.index.remove(KIND_INDEX.passage, id);
    for (const p of passages) this.indexer.add(KIND_INDEX.passage, p.id, p, describePassage);
  }

  /**
   * Adds or re-indexes one passage (by id); the index keeps `stored` for it: the passage, or a
   * `StoredTextRef` when its text is kept on disk (hits are then rendered with `render`).
   */
  upsertPassage(
    passage: SearchablePassage,
    stored: SearchablePassage | StoredTextRef = passage,
  ): void {
    this.indexer.add(KIND_INDEX.passage, passage.id, passage, describePassage, this.kept(stored));
  }

  /** Removes one item; returns whether it was indexed. */
  remove(kind: SearchKind, id: string): boolean {
    return this.index.remove(KIND_INDEX[kind], id);
  }

  has(kind: SearchKind, id: string): boolean {
    return this.index.tables[KIND_INDEX[kind]]?.numbers.has(id) ?? false;
  }

  /** How many items of `kind` are indexed (the added papers' too). */
  count(kind: SearchKind): number {
    const own = this.index.tables[KIND_INDEX[kind]]?.live ?? 0;
    return own + (this.paperTexts.index.tables[KIND_INDEX[kind]]?.live ?? 0);
  }

  /**
   * Searches every kind (or `options.kinds`) for what the user typed so far: every word must
   * match, the last one as a prefix, words of five letters or more with one typo allowed,
   * diacritics folded. Returns the best `limitPerKind` hits of each kind (or that kind's
   * `limitsByKind`), ranked. Items kept as `StoredTextRef` need `rank` and `render` instead.
   */
  search(query: string, options: SearchOptions = {}): SearchResults {
    return this.render(this.rank(query, options));
  }

  /**
   * The first half of `search`: the best items of each kind as the index keeps them (an item or
   * its `StoredTextRef`), with their scores and the query's terms, before they are rendered.
   */
  rank(query: string, options: SearchOptions = {}): RankedResults {
    const limit = Math.max(1, Math.floor(options.limitPerKind ?? DEFAULT_LIMIT));
    const ranked: RankedResults = {
      query,
      terms: buildQuery(this.index, query),
      top: { work: [], claim: [], note: [], passage: [] },
      totals: { work: 0, claim: 0, note: 0, passage: 0 },
    };
    if (ranked.terms.length === 0) return ranked;
    const papers = this.paperTexts.index;
    const paperTerms = this.paperTexts.size > 0 ? buildQuery(papers, query) : null;
    if (paperTerms) ranked.terms = withFuzzyTermsOf(ranked.terms, paperTerms);
    for (const kind of options.kinds ?? SEARCH_KINDS) {
      const k = KIND_INDEX[kind];
      const kindLimit = options.limitsByKind?.[kind];
      const most = kindLimit ? Math.max(1, Math.floor(kindLimit)) : limit;
      if (!paperTerms || !isPaperKind(kind)) {
        const { top, total } = scoreKind(this.index, k, ranked.terms, most);
        ranked.totals[kind] = total;
        ranked.top[kind] = top.map(({ num, score }) => ({ item: this.shown(k, num), score }));
        continue;
      }
      // The kind's items are in two indexes: words weigh by their rarity across both, so the
      // scores compare, and the best of both are kept (this index's first on a tie).
      const own = documentFrequencies(this.index, k, ranked.terms);
      const theirs = documentFrequencies(papers, k, paperTerms);
      const corpus: Corpus = {
        live: (this.index.tables[k]?.live ?? 0) + (papers.tables[k]?.live ?? 0),
        df: own.map((n, i) => n + (theirs[i] ?? 0)),
      };
      const mine = scoreKind(this.index, k, ranked.terms, most, corpus);
      const added = scoreKind(papers, k, paperTerms, most, corpus);
      ranked.totals[kind] = mine.total + added.total;
      ranked.top[kind] = [
        ...mine.top.map(({ num, score }) => ({ item: this.shown(k, num), score })),
        ...added.top.map(({ num, score }) => ({ item: this.paperTexts.refOf(kind, num), score })),
      ]
        .sort((a, b) => b.score - a.score)
        .slice(0, most);
    }
    if (options.limitInAll !== undefined)
      keepInAll(ranked, options.limitInAll, options.limitsByKind);
    return ranked;
  }

  /**
   * The second half of `search`: ranked items as hits. `resolve` turns what the index keeps into
   * the item to show (a `StoredTextRef` into its passage or claim, read back); an item it
   * resolves to null is left out.
   */
  render(
    ranked: RankedResults,
    resolve: (kind: SearchKind, item: unknown) => unknown = (_kind, item) => item,
  ): SearchResults {
    const results: SearchResults = {
      query: ranked.query,
      works: [],
      claims: [],
      notes: [],
      passages: [],
      totals: { ...ranked.totals },
      order: [],
    };
    for (const kind of SEARCH_KINDS) {
      for (const { item, score } of ranked.top[kind]) {
        const shown = resolve(kind, item);
        if (shown === null || shown === undefined) continue;
        results[GROUP[kind]].push(
          RENDER[kind](shown as never, Number(score.toFixed(4)), ranked.terms),
        );
      }
    }
    const bestOf = (kind: SearchKind): number => results[GROUP[kind]][0]?.score ?? -1;
    results.order = [...SEARCH_KINDS].sort((a, b) => bestOf(b) - bestOf(a));
    return results;
  }
}

/** The best hit's score of a kind as `render` gives it (-1 for none): the groups' order. */
const bestScore = (ranked: RankedResults, kind: SearchKind): number => {
  const best = ranked.top[kind][0];
  return best ? Number(best.score.toFixed(4)) : -1;
};

/**
 * Trims `ranked` to `limit` hits in all (see `SearchOptions.limitInAll`): the kinds in the order
 * their groups are shown take what is left of it, one hit at least; expanded kinds keep theirs.
 */
function keepInAll(
  ranked: RankedResults,
  limit: number,
  expanded: SearchOptions['limitsByKind'],
): void {
  let left = Math.max(1, Math.floor(limit));
  const order = [...SEARCH_KINDS].sort((a, b) => bestScore(ranked, b) - bestScore(ranked, a));
  for (const kind of order) {
    const top = ranked.top[kind];
    if (!expanded?.[kind]) top.length = Math.min(top.length, Math.max(1, left));
    left -= top.length;
  }
}

/** What a note's hit shows of it (see `noteHit`), when it is given with more (a stored note). */
function shownOfNote({ id, title, body, tags }: SearchableNote): SearchableNote {
  return { id, title, body, tags };
}

/** The query's terms, with the words the papers' vocabulary reached only through a typo too. */
function withFuzzyTermsOf(terms: QueryTerm[], paperTerms: readonly QueryTerm[]): QueryTerm[] {
  return terms.map((t, i) => {
    const more = paperTerms[i]?.fuzzyTerms;
    if (!more?.size) return t;
    const exact = new Set(t.expansions.map((e) => e.term));
    const fuzzy = new Set(t.fuzzyTerms);
    for (const term of more) if (!exact.has(term)) fuzzy.add(term);
    return { ...t, fuzzyTerms: fuzzy };
  });
}

/** A search's best items of each kind as the index keeps them, before they are rendered. */
export interface RankedResults {
  query: string;
  terms: QueryTerm[];
  top: Record<SearchKind, { item: unknown; score: number }[]>;
  totals: Record<SearchKind, number>;
}

/** Creates an empty search index. */
export function createSearchIndex(): SearchIndex {
  return new SearchIndex();
}
