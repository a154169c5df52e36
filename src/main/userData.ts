/**
 * Opens the user's data folder and the services over it (notes, user claims, reading lists),
 * checking every notes, lists and claims file at start so a damaged one is recovered (and
 * reported) before the user sees the data, not at some later read (see `checkNotes`).
 */
import type { ExportFormat } from '../core/formats';
import {
  DocumentService,
  LibraryCitations,
  type BundledLibrary,
  type PaperReader,
} from '../services/documents';
import type { ReadingList } from '../core/userData/lists';
import { BibliographyCache, ExportService, listScope, storedOrAllWorks } from '../services/export';
import { libraryWorkStore, type WorkStore } from '../services/import';
import { ReadingListService } from '../services/lists';
import { NotesService } from '../services/notes';
import { claimCatalog, UserClaimsService } from '../services/userClaims';
import { libraryWorkCatalog } from '../services/workKeys';
import { TrashService } from '../services/trash';
import { AttachmentService, WorkService } from '../services/works';
import { UserDataStore } from '../store';
import { DataHealthMonitor } from './dataHealth';

export interface UserDataServices {
  store: UserDataStore;
  /** The library's documents: the bundled paper and the papers the user added. */
  documents: DocumentService;
  /** Citations across the library's papers (counts, citing papers, claims). */
  citations: LibraryCitations;
  notes: NotesService;
  userClaims: UserClaimsService;
  lists: ReadingListService;
  /** The library's works: the bundled ones and the user's (imported, typed); imports write here. */
  works: WorkStore;
  /** Exports any set of the library's works. */
  exporter: ExportService;
  /** Formatted entries kept in the data folder, rendered again when works change. */
  bibliographyEntries: BibliographyCache;
  /** A reading list as a file: its order, and each item's status and comment. */
  exportList: (list: ReadingList, format: ExportFormat) => Promise<string>;
  health: DataHealthMonitor;
  /** Works by hand: create, edit with history, rename, tags. */
  workService: WorkService;
  /** The trash of works, notes, lists and claims (persisted undo). */
  trash: TrashService;
  /** Files attached to works. */
  attachments: AttachmentService;
}

export interface UserDataOptions {
  dataDir: string;
  resourcesDir: string;
  /** The bundled paper and bibliography (a LibraryService). */
  bundled: BundledLibrary;
  /**
   * Who reads every notes file at start (the large part of the check): 'open' (default), before
   * this returns; 'caller' when the caller does, before any request can ask for the recovery
   * report (the store's queue then answers that request after the read). openServices reads the
   * notes once the first screen is ready, for the search index.
   */
  checkNotes?: 'open' | 'caller';
  /** Reads a kept paper when it is parsed again (the app: in a worker thread). */
  readPaper?: PaperReader;
}

/** Opens the data folder (creating it if needed) and the services over it. */
export async function openUserData(options: UserDataOptions): Promise<UserDataServices> {
  const health = new DataHealthMonitor();
  const store = await UserDataStore.openDir(options.dataDir, {
    onBackgroundError: health.reportBackgroundError,
  });
  health.attach(store);
  // Reading each file once recovers a damaged one now, so the first report tells the user.
  const checkNotes = options.checkNotes === 'caller' ? [] : [store.notes.all()];
  await Promise.all([...checkNotes, store.lists.all(), store.userClaims.all()]);
  const works = libraryWorkCatalog(store, options.bundled.works);
  const libraryWorks = libraryWorkStore(store, options.bundled.works);
  const documents = new DocumentService(store, options.bundled, { read: options.readPaper });
  const bibliographyEntries = new BibliographyCache(
    store,
    storedOrAllWorks(store, () => libraryWorks.allWorks()),
    { resourcesDir: options.resourcesDir },
  );
  const exporter = new ExportService(libraryWorks, {
    resourcesDir: options.resourcesDir,
    entries: bibliographyEntries,
  });
  const workService = new WorkService(store, options.bundled.works);
  return {
    workService,
    trash: new TrashService(store, { works: workService.works }),
    attachments: new AttachmentService(workService.works),
    store,
    documents,
    citations: new LibraryCitations(store, documents),
    notes: new NotesService(store, {
      works,
      claims: claimCatalog(store, (documentId, claimId) =>
        documents.claimText(documentId, claimId),
      ),
    }),
    userClaims: new UserClaimsService(store, { works }),
    lists: new ReadingListService(store, { works }),
    works: libraryWorks,
    exporter,
    bibliographyEntries,
    exportList: (list, format) => exporter.export(listScope(list), { format }),
    health,
  };
}
