/**
 * Search over the whole library: every paper's passages and claims (the bundled one and those the
 * user added; hits name their paper), bundled and user works, notes and user claims. Built once in the background (in chunks, so a 100,000-work library does
 * not freeze the app), then kept current item by item as works, notes and claims change.
 */
import type { Work } from '../../core/bibliography/model';
import type { AnalysedPaper } from '../../core/paper';
import {
  claimsFromPaper,
  createSearchIndex,
  passagesFromDocument,
  type SearchableClaim,
  type SearchableNote,
  type SearchIndex,
  type SearchKind,
  type SearchOptions,
  type SearchResults,
} from '../../core/search';
import type { UserClaim } from '../../core/userData/userClaims';

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

export interface SearchSources {
  /** The bundled library (a `LibraryService` fits): its works and the analysed paper. */
  library: { works: readonly Work[]; paper: AnalysedPaper };
  /** The papers the user added (not those in the trash), opened one at a time. */
  documents?: SearchSource<IndexablePaper>;
  /** Works the user imported or typed in (a work with a bundled key replaces the bundled one). */
  userWorks?: SearchSource<Work>;
  notes?: SearchSource<IndexableNote>;
  userClaims?: SearchSource<IndexableUserClaim>;
}

export interface SearchBuildOptions {
  /** Items indexed between two yields to the event loop (default 2,000). */
  chunkSize?: number;
}

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

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class SearchService {
  /** The passage and claim ids indexed for each paper, so a re-parse or removal replaces them. */
  private readonly documentItems = new Map<string, { passages: string[]; claims: string[] }>();
  /** Sources that could not be read (their items are not searchable); see `sourceErrors`. */
  private readonly failures: unknown[] = [];
  /** While the first build runs: items changed meanwhile, which the build must not overwrite. */
  private changedDuringBuild: Set<string> | null = new Set();
  /** Resolves when every item of the sources is searchable. */
  readonly ready: Promise<void>;

  private constructor(
    private readonly index: SearchIndex,
    sources: SearchSources,
    options: SearchBuildOptions,
  ) {
    this.documentChanged(sources.library.paper);
    this.ready = this.fill(sources, Math.max(1, options.chunkSize ?? 2_000));
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
    let n = 0;
    const step = async (): Promise<void> => {
      if (++n % chunk === 0) await yieldToEventLoop();
    };
    const fresh = (kind: SearchKind, id: string): boolean =>
      !this.changedDuringBuild?.has(`${kind}:${id}`);
    for (const works of [sources.library.works, this.items(sources.userWorks)]) {
      for await (const work of works) {
        if (fresh('work', work.citationKey)) this.index.upsertWork(work);
        await step();
      }
    }
    for await (const note of this.items(sources.notes)) {
      if (fresh('note', note.id) && !note.deletedAt) this.index.upsertNote(note);
      await step();
    }
    for await (const claim of this.items(sources.userClaims)) {
      if (fresh('claim', claim.id)) this.index.upsertClaim(searchableUserClaim(claim));
    }
    // A paper is a few hundred passages: the event loop gets a turn after each.
    for await (const paper of this.items(sources.documents)) {
      if (!this.changedDuringBuild?.has(`document:${paper.documentId}`)) this.indexPaper(paper);
      await yieldToEventLoop();
    }
    this.index.pack();
    this.changedDuringBuild = null;
  }

  private changed(kind: SearchKind | 'document', id: string): void {
    this.changedDuringBuild?.add(`${kind}:${id}`);
  }

  /** Searches works, claims, notes and the paper's passages; see `SearchIndex.search`. */
  search(query: string, options?: SearchOptions): SearchResults {
    return this.index.search(query, options);
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
    this.changed('work', work.citationKey);
    this.index.upsertWork(work);
  }

  /** A work was deleted (by citation key). */
  workRemoved(key: string): void {
    this.changed('work', key);
    this.index.remove('work', key);
  }

  /** A note was created or edited; a trashed note leaves the results, a restored one returns. */
  noteChanged(note: IndexableNote): void {
    this.changed('note', note.id);
    if (note.deletedAt) this.index.remove('note', note.id);
    else this.index.upsertNote(note);
  }

  /** A note was deleted for good. */
  noteRemoved(id: string): void {
    this.changed('note', id);
    this.index.remove('note', id);
  }

  userClaimChanged(claim: IndexableUserClaim): void {
    this.changed('claim', claim.id);
    this.index.upsertClaim(searchableUserClaim(claim));
  }

  userClaimRemoved(id: string): void {
    this.changed('claim', id);
    this.index.remove('claim', id);
  }

  /**
   * A paper was added or (re-)analysed: its passages and claims replace its previous ones. Their
   * ids are qualified by the paper ("doc#b12") and their anchors name it.
   */
  documentChanged(paper: IndexablePaper): void {
    this.changed('document', paper.documentId);
    this.indexPaper(paper);
  }

  /** The bundled paper was re-analysed (see documentChanged). */
  paperChanged(paper: IndexablePaper): void {
    this.documentChanged(paper);
  }

  /** A paper was removed (or moved to the trash): its passages and claims leave the results. */
  documentRemoved(documentId: string): void {
    this.changed('document', documentId);
    this.unindexPaper(documentId);
  }

  /** The ids of the papers whose text is searchable. */
  indexedDocuments(): string[] {
    return [...this.documentItems.keys()];
  }

  private indexPaper(paper: IndexablePaper): void {
    this.unindexPaper(paper.documentId);
    const passages = passagesFromDocument(paper.document, paper.documentId);
    const claims = claimsFromPaper(paper.claims, paper.citations, paper.documentId);
    for (const passage of passages) this.index.upsertPassage(passage);
    this.index.addClaims(claims);
    this.documentItems.set(paper.documentId, {
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
