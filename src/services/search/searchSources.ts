/** What the search service indexes and where it reads it: the sources of the first build. */
import type { Work } from '../../core/bibliography/model';
import type { AnalysedPaper } from '../../core/paper';
import type {
  PaperSearchText,
  SearchableClaim,
  SearchableNote,
  WorkHitSource,
} from '../../core/search';
import type { UserClaim } from '../../core/userData/userClaims';
import type { KeptBytes } from './paperIndexKeeper';
import type { KeptSearchIndex } from './keptIndex';

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
  /**
   * Works the user imported or typed in (a work with a bundled key replaces the bundled one).
   * Not read with `SearchBuildOptions.kept`: its files are (see keptIndex.ts).
   */
  userWorks?: SearchSource<Work>;
  /** The notes (not read with `kept`, like `userWorks`). */
  notes?: SearchSource<IndexableNote>;
  /** The user's claims (not read with `kept`, like `userWorks`). */
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
   * papers' index) is kept between runs, and the files those items are read from: read back at
   * start and brought up to date with the files changed since, written again after changes (see
   * keptIndex.ts). Without `texts`, added papers are kept whole in it.
   */
  kept?: KeptSearchIndex;
  /**
   * Where works' hits can be read (the works list's listings): the index keeps no hit text of a
   * work this gives as the index would (see `SearchIndex.shareWorkHits`).
   */
  workHits?: WorkHitSource;
  /**
   * Work that goes first: the build (or the read-back) begins once it settles, failed or not (the
   * app: the notes files' start check, so that the first screen's requests are not queued behind
   * both).
   */
  after?: Promise<unknown>;
  /**
   * Runs the first build from the sources (not a read-back of a kept index, which holds far less
   * garbage): the app keeps its heap near its live size meanwhile (see main/heapGrowth.ts).
   */
  whileBuilding?: <T>(build: () => Promise<T>) => Promise<T>;
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

/** Sources a kept index made unnecessary: a failed read of one is not an unhandled rejection. */
export function discardSources(sources: SearchSources): void {
  for (const source of [sources.documents, sources.userWorks, sources.notes, sources.userClaims])
    if (source instanceof Promise) source.catch(() => undefined);
}

/** Items of a source; one that fails to load is reported (the items read before it stay). */
export async function* itemsOf<T>(
  source: SearchSource<T> | undefined,
  failed: (error: unknown) => void,
): AsyncGenerator<T> {
  try {
    const items = await source;
    if (items) yield* items;
  } catch (error) {
    failed(error);
  }
}
