/**
 * Search over the whole library: every paper's passages and claims (the bundled one and those the
 * user added; hits name their paper), bundled and user works, notes and user claims. Built once in the background (in chunks, so a 100,000-work library does
 * not freeze the app), then kept current item by item as works, notes and claims change.
 */
import type { Work } from '../../core/bibliography/model';
import { BUNDLED_DOCUMENT_ID } from '../../core/documents/ids';
import type { AnalysedPaper } from '../../core/paper';
import {
  createSearchIndex,
  searchTextOf,
  type PaperSearchText,
  type SearchableClaim,
  type SearchableNote,
  type SearchIndex,
  type SearchKind,
  type SearchOptions,
  type SearchResults,
  type StoredTextRef,
} from '../../core/search';
import type { UserClaim } from '../../core/userData/userClaims';
import { PaperIndexKeeper, type KeptBytes } from './paperIndexKeeper';
import type { KeptSearchIndex, SearchSnapshot } from './keptIndex';

/** A note as the notes store keeps it; trashed notes (with `deletedAt`) are not searchable. */
export type IndexableNote = SearchableNote & { deletedAt?: string | null };

/** The parts of a user claim search reads. */
export type IndexableUserClaim = Pick<UserClaim, 'id' | 'statement' | 'links' | 'passage'>;

/**
 * Items to index, a promise of them, or items read as they are indexed (a store's `scan()`, which
 * reads a large collection file by file without keeping it all in memory). Read in the background
 * while the paper is already searchable.
 */
export type SearchSource<T> = Iterable<T> | AsyncIterable<T> | Promise<Iterable<T>>;

/** A paper as search reads it: its text and claims (a document view fits). */
export type IndexablePaper = Pick<
  AnalysedPaper,
  'documentId' | 'document' | 'claims' | 'citations'
>;

/** Where the search text of the user's papers is kept (a DocumentService fits). */
export interface PaperTextStore {
  /** A paper's passages and claims, or null when it is gone. */
  searchText(documentId: string): Promise<PaperSearchText | null>;
  /**
   * The version of the search text of each added paper not in the trash, by id (needed to keep
   * the papers' index between runs, see `SearchBuildOptions.keptPapers`).
   */
  textVersions?(): Promise<Map<string, string>>;
}

export interface SearchSources {
  /** The bundled library (a `LibraryService` fits): its works and the analysed paper. */
  library: { works: readonly Work[]; paper: AnalysedPaper };
  /** The papers the user added (not those in the trash), opened (or their search text read) one at a time. */
  documents?: SearchSource<IndexablePaper | PaperSearchText>;
  /** Works the user imported or typed in (a work with a bundled key replaces the bundled one). */
  userWorks?: SearchSource<Work>;
  notes?: SearchSource<IndexableNote>;
  userClaims?: SearchSource<IndexableUserClaim>;
}

export interface SearchBuildOptions {
  /** Items indexed between two yields to the event loop (default 2,000). */
  chunkSize?: number;
  /**
   * Where the added papers' search text is kept. With it, the index keeps only a reference to
   * each of their passages and claims (a 1,000-paper library's text stays on disk) and `find`
   * reads the text of the hits; without it, the index keeps the text (`search` shows it).
   */
  texts?: PaperTextStore;
  /**
   * Where the index of the added papers' text is kept between runs (with `texts`, which must
   * tell `textVersions`). Read back at start and brought up to date, the papers being read from
   * `texts` (`SearchSources.documents` is then not read); written again after changes.
   */
  keptPapers?: KeptBytes;
  /**
   * Where the index of the works, notes, user claims and papers kept whole (not those in the
   * papers' index) is kept between runs: read instead of building when it is of the data's
   * current version, and written after a build (see keptIndex.ts). The version must cover every
   * source whose items it holds: without `texts`, the added papers' too.
   */
  kept?: KeptSearchIndex;
}

/** Papers whose search text `find` keeps read (a search's hits come from a few papers). */
const TEXTS_KEPT = 16;

const isStoredRef = (item: unknown): item is StoredTextRef =>
  typeof (item as StoredTextRef | undefined)?.at === 'number';

const isAddedPaperText = (paper: IndexablePaper | PaperSearchText): paper is PaperSearchText =>
  'passages' in paper && paper.documentId !== BUNDLED_DOCUMENT_ID;

/** A paper's search text, from an opened paper or as kept. */
const paperTextOf = (paper: IndexablePaper | PaperSearchText): PaperSearchText =>
  'passages' in paper ? paper : searchTextOf(paper);

/** A user claim as a searchable claim: its statement, the works it links, its passage. */
export function searchableUserClaim(claim: IndexableUserClaim): SearchableClaim {
  const selector = claim.passage?.selector;
  return {
    id: claim.id,
    text: claim.statement,
    origin: 'user',
    cites: claim.links.map((l) => l.placeholder),
    anchor: selector ? { blockId: null, start: selector.start, end: selector.end } : null,
  };
}

/** Sources a kept index made unnecessary: a failed read of one is not an unhandled rejection. */
function discardSources(sources: SearchSources): void {
  for (const source of [sources.documents, sources.userWorks, sources.notes, sources.userClaims])
    if (source instanceof Promise) source.catch(() => undefined);
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class SearchService {
  /**
   * The passage and claim ids indexed for each paper kept whole in the index (the bundled one,
   * or every paper without a text store), so a re-parse or removal replaces them.
   */
  private readonly documentItems = new Map<string, { passages: string[]; claims: string[] }>();
  /** Sources that could not be read (their items are not searchable); see `sourceErrors`. */
  private readonly failures: unknown[] = [];
  /** While the first build runs: items changed meanwhile, which the build must not overwrite. */
  private changedDuringBuild: Set<string> | null = new Set();
  /** Resolves when every item of the sources is searchable. */
  readonly ready: Promise<void>;
  /**
   * Resolves once the index built has been kept (`SearchBuildOptions.kept`), or nothing was to be
   * kept: it was read from there, the data changed meanwhile, or there is nowhere to keep it.
   */
  readonly kept: Promise<void>;
  /** Whether the index was read from where it was kept rather than built. */
  restored = false;
  /** While a kept index is being read: the changes made meanwhile, applied to it once read. */
  private replay: (() => void)[] | null = null;
  /** Where added papers' text is kept (see `SearchBuildOptions.texts`). */
  private readonly texts: PaperTextStore | undefined;
  /** Search texts read for hits, least recently used first. */
  private readonly textsRead = new Map<string, PaperSearchText>();
  /** Keeps the added papers' index between runs (with `keptPapers`). */
  private readonly keeper: PaperIndexKeeper | null;

  private constructor(
    // Restored in place (see `adopt`): the papers' index keeper holds it too.
    private readonly index: SearchIndex,
    sources: SearchSources,
    options: SearchBuildOptions,
  ) {
    this.texts = options.texts;
    const versioned = this.texts?.textVersions ? this.texts : undefined;
    this.keeper =
      options.keptPapers && versioned
        ? new PaperIndexKeeper(index, options.keptPapers, {
            searchText: (id) => versioned.searchText(id),
            textVersions: () => versioned.textVersions!(),
          })
        : null;
    this.documentChanged(sources.library.paper);
    const built = this.open(sources, Math.max(1, options.chunkSize ?? 2_000), options.kept);
    this.ready = built.then(() => undefined);
    this.kept = built.then((keep) => keep?.()).catch(() => undefined);
  }

  /**
   * Reads the kept index when it is current, else builds it from `sources`; answers how to keep
   * what was built (null: nothing to keep).
   */
  private async open(
    sources: SearchSources,
    chunk: number,
    kept: KeptSearchIndex | undefined,
  ): Promise<(() => Promise<void>) | null> {
    const version = kept ? await kept.version().catch(() => null) : null;
    if (kept && version !== null) {
      this.replay = [];
      const snapshot = await kept.read(version).catch(() => null);
      const adopted = snapshot !== null && this.adopt(snapshot);
      const changes = this.replay;
      this.replay = null;
      if (adopted) {
        // The bundled paper comes with the app, which may have been updated since.
        this.indexPaper(sources.library.paper);
        for (const change of changes) change();
        this.restored = true;
        discardSources(sources);
        await this.fillPapers(sources, true);
        this.changedDuringBuild = null;
        return null;
      }
    }
    await this.fill(sources, chunk);
    if (this.closing || !kept || version === null || this.failures.length > 0) return null;
    const snapshot = this.snapshot();
    return async () => {
      // Changes during the build moved the data on: the next run builds again.
      if (this.closing || !this.cleanBuild || (await kept.version()) !== version) return;
      await kept.write(version, snapshot);
    };
  }

  /**
   * Takes a kept index into this one (the papers' index is left as it is); false when it cannot
   * be read back (damaged).
   */
  private adopt(snapshot: SearchSnapshot): boolean {
    try {
      this.index.restore(snapshot.index);
    } catch {
      return false;
    }
    this.documentItems.clear();
    for (const [id, items] of snapshot.documents) this.documentItems.set(id, items);
    return true;
  }

  /** The index and the papers' items in it, as data (see keptIndex.ts). */
  private snapshot(): SearchSnapshot {
    return { index: this.index.snapshot(), documents: [...this.documentItems] };
  }

  /**
   * Starts indexing `sources` and returns at once: the paper is searchable immediately, works
   * and notes as they are indexed, `chunkSize` at a time between yields to the event loop (so
   * a 100,000-work library never blocks other requests for long). Changes reported meanwhile
   * win over the sources' snapshot. `ready` resolves when all is indexed.
   */
  static start(sources: SearchSources, options: SearchBuildOptions = {}): SearchService {
    return new SearchService(createSearchIndex(), sources, options);
  }

  /** Like `start`, resolving once everything is searchable. */
  static async build(
    sources: SearchSources,
    options: SearchBuildOptions = {},
  ): Promise<SearchService> {
    const service = SearchService.start(sources, options);
    await service.ready;
    return service;
  }

  /** True until the first build has indexed every item (results may be incomplete). */
  get building(): boolean {
    return this.changedDuringBuild !== null;
  }

  /** Errors of sources that could not be read during the build (their items are missing). */
  get sourceErrors(): readonly unknown[] {
    return this.failures;
  }

  /** A source's items; one that fails to load is reported (the items read before it stay). */
  private async *items<T>(source: SearchSource<T> | undefined): AsyncGenerator<T> {
    try {
      const items = await source;
      if (items) yield* items;
    } catch (error) {
      this.failures.push(error);
    }
  }

  private async fill(sources: SearchSources, chunk: number): Promise<void> {
    const changesBefore = this.changeCount;
    let n = 0;
    /** A turn for the event loop every `chunk` items; true once the service is closing. */
    const step = async (): Promise<boolean> => {
      if (++n % chunk === 0) await yieldToEventLoop();
      return this.closing;
    };
    const fresh = (kind: SearchKind, id: string): boolean =>
      !this.changedDuringBuild?.has(`${kind}:${id}`);
    for (const works of [sources.library.works, this.items(sources.userWorks)]) {
      for await (const work of works) {
        if (fresh('work', work.citationKey)) this.index.upsertWork(work);
        if (await step()) return;
      }
    }
    for await (const note of this.items(sources.notes)) {
      if (fresh('note', note.id) && !note.deletedAt) this.index.upsertNote(note);
      if (await step()) return;
    }
    for await (const claim of this.items(sources.userClaims)) {
      if (fresh('claim', claim.id)) this.index.upsertClaim(searchableUserClaim(claim));
    }
    this.index.pack();
    this.cleanBuild = this.changeCount === changesBefore;
    await this.fillPapers(sources, false);
    this.changedDuringBuild = null;
  }

  /**
   * Indexes the added papers: the papers' index is read back and brought up to date (with
   * `keptPapers`), or each paper is read from `sources.documents`. After a kept index was
   * restored, papers kept whole are in it already (only those in the papers' index are read).
   */
  private async fillPapers(sources: SearchSources, restored: boolean): Promise<void> {
    if (this.closing) return;
    // A paper is a few hundred passages: the event loop gets a turn after each.
    if (this.keeper) {
      await this.keeper.restore(yieldToEventLoop).catch((error: unknown) => {
        this.failures.push(error);
      });
      return;
    }
    if (restored && this.texts === undefined) return;
    for await (const paper of this.items(sources.documents)) {
      if (!this.changedDuringBuild?.has(`document:${paper.documentId}`)) this.indexPaper(paper);
      await yieldToEventLoop();
    }
    this.index.papers.index.pack();
  }

  /** Writes the papers' index out now if it changed (call before quitting). */
  async flush(): Promise<void> {
    await this.keeper?.flush();
  }

  /** Set by `close`: the first build stops at its next turn and keeps nothing. */
  private closing = false;

  /**
   * Stops the first build at its next turn, waits for what is being written, and writes the
   * papers' index if it changed: once this resolves nothing more is written into the data
   * folder (the app quits, or a test removes the folder).
   */
  async close(): Promise<void> {
    this.closing = true;
    await this.kept;
    await this.flush();
  }

  /** True when nothing changed while the first build ran (what it built is the sources' data). */
  private cleanBuild = false;
  /** How many changes were made (to tell whether any came while the build ran). */
  private changeCount = 0;

  /** Notes a change of one item and makes it with `apply` (again on a kept index being read). */
  private changed(kind: SearchKind | 'document', id: string, apply: () => void): void {
    this.changedDuringBuild?.add(`${kind}:${id}`);
    this.changeCount++;
    apply();
    this.replay?.push(apply);
  }

  /**
   * Searches works, claims, notes and the papers' passages; see `SearchIndex.search`. Passages
   * and claims whose text is kept on disk are shown only when their paper's text has been read
   * (by an earlier `find`): the app searches with `find`.
   */
  search(query: string, options?: SearchOptions): SearchResults {
    return this.index.render(this.index.rank(query, options), (kind, item) =>
      this.shown(kind, item),
    );
  }

  /** Like `search`, reading the kept text of the papers its passage and claim hits are in. */
  async find(query: string, options?: SearchOptions): Promise<SearchResults> {
    const ranked = this.index.rank(query, options);
    const wanted = new Set<string>();
    for (const { item } of [...ranked.top.passage, ...ranked.top.claim]) {
      if (isStoredRef(item)) wanted.add(item.documentId);
    }
    for (const documentId of wanted) await this.readText(documentId);
    return this.index.render(ranked, (kind, item) => this.shown(kind, item));
  }

  /** The item a hit shows: an indexed item, or a stored reference's passage or claim, if read. */
  private shown(kind: SearchKind, item: unknown): unknown {
    if (!isStoredRef(item)) return item;
    const text = this.textsRead.get(item.documentId);
    // The text read is the one indexed: a paper that changes is indexed again (and read again).
    return (kind === 'passage' ? text?.passages : text?.claims)?.[item.at] ?? null;
  }

  private async readText(documentId: string): Promise<void> {
    const known = this.textsRead.get(documentId);
    this.textsRead.delete(documentId);
    const text = known ?? (await this.texts?.searchText(documentId));
    if (!text) return;
    this.textsRead.set(documentId, text);
    while (this.textsRead.size > TEXTS_KEPT) {
      this.textsRead.delete(this.textsRead.keys().next().value!);
    }
  }

  /** How many items of each kind are searchable. */
  counts(): Record<SearchKind, number> {
    return {
      work: this.index.count('work'),
      claim: this.index.count('claim'),
      note: this.index.count('note'),
      passage: this.index.count('passage'),
    };
  }

  /** A work was added or edited. */
  workChanged(work: Work): void {
    this.changed('work', work.citationKey, () => this.index.upsertWork(work));
  }

  /** A work was deleted (by citation key). */
  workRemoved(key: string): void {
    this.changed('work', key, () => this.index.remove('work', key));
  }

  /** A note was created or edited; a trashed note leaves the results, a restored one returns. */
  noteChanged(note: IndexableNote): void {
    this.changed('note', note.id, () => {
      if (note.deletedAt) this.index.remove('note', note.id);
      else this.index.upsertNote(note);
    });
  }

  /** A note was deleted for good. */
  noteRemoved(id: string): void {
    this.changed('note', id, () => this.index.remove('note', id));
  }

  userClaimChanged(claim: IndexableUserClaim): void {
    this.changed('claim', claim.id, () => this.index.upsertClaim(searchableUserClaim(claim)));
  }

  userClaimRemoved(id: string): void {
    this.changed('claim', id, () => this.index.remove('claim', id));
  }

  /**
   * A paper was added or (re-)analysed: its passages and claims replace its previous ones. Their
   * ids are qualified by the paper ("doc#b12") and their anchors name it.
   */
  documentChanged(paper: IndexablePaper | PaperSearchText): void {
    this.changed('document', paper.documentId, () => this.indexPaper(paper));
  }

  /** The bundled paper was re-analysed (see documentChanged). */
  paperChanged(paper: IndexablePaper): void {
    this.documentChanged(paper);
  }

  /** A paper was removed (or moved to the trash): its passages and claims leave the results. */
  documentRemoved(documentId: string): void {
    this.changed('document', documentId, () => {
      this.unindexPaper(documentId);
      if (this.index.papers.get(documentId)) {
        this.changePapers(() => this.index.removePaperText(documentId));
      }
      this.textsRead.delete(documentId);
    });
  }

  /** The ids of the papers whose text is searchable. */
  indexedDocuments(): string[] {
    return [...this.documentItems.keys(), ...this.index.papers.ids()];
  }

  /** Changes the added papers' index (after it is written out, if it is being: see PaperIndexKeeper). */
  private changePapers(make: () => void): void {
    if (this.keeper) this.keeper.change(make);
    else make();
  }

  /**
   * Indexes a paper's passages and claims. With a text store, an added paper's items go to the
   * papers' index, which keeps only where each is (the bundled paper's text is in memory anyway,
   * so its items are kept whole).
   */
  private indexPaper(paper: IndexablePaper | PaperSearchText): void {
    this.textsRead.delete(paper.documentId);
    if (this.texts !== undefined && isAddedPaperText(paper)) {
      this.unindexPaper(paper.documentId);
      this.changePapers(() => this.index.setPaperText(paper));
      return;
    }
    const { documentId, passages, claims } = paperTextOf(paper);
    this.unindexPaper(documentId);
    if (this.index.papers.get(documentId)) {
      this.changePapers(() => this.index.removePaperText(documentId));
    }
    for (const p of passages) this.index.upsertPassage(p);
    for (const c of claims) this.index.upsertClaim(c);
    this.documentItems.set(documentId, {
      passages: passages.map((p) => p.id),
      claims: claims.map((c) => c.id),
    });
  }

  private unindexPaper(documentId: string): void {
    const items = this.documentItems.get(documentId);
    if (!items) return;
    for (const id of items.passages) this.index.remove('passage', id);
    for (const id of items.claims) this.index.remove('claim', id);
    this.documentItems.delete(documentId);
  }
}
