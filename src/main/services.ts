/** Builds the app's services over a resources folder and a data folder (Electron-free: the e2e harness uses it too). */
import { KeptListings, LibraryService, WorkTable, type WorkQuery } from '../services/library';
import { followJournal } from '../services/changes';
import type { PaperReader } from '../services/documents';
import { followChanges, itemDigest, SearchService, storeSourceFiles } from '../services/search';
import { SettingsService } from '../services/settings';
import { requestsQuiet } from '../services/background/requestsFirst';
import type { Services } from './handlers';
import { openExportSync } from './exportSync';
import { openUserData } from './userData';
import { withHeapNearLive } from './heapGrowth';

/** Where the services read bundled resources and keep the user's data. */
export interface ServiceLocations {
  /** The folder holding the bundled paper and bibliography. */
  resourcesDir: string;
  /** The user's data folder (Electron's userData, or a temporary folder in tests). */
  dataDir: string;
  /**
   * Reads a kept paper that has to be parsed again (opened, or its search text out of date): the
   * app reads it in a worker thread; default in-thread.
   */
  readPaper?: PaperReader;
}

/** The works list's default order (by author), which the bibliography first shows. */
const FIRST_SCREEN_QUERY: WorkQuery = { sort: 'author', direction: 'ascending', filter: '' };

/** The works list's first-screen order, kept in the data folder's .cache between runs. */
const ORDER_CACHE = 'works-order';
const isOrder = (value: unknown): value is number[] => Array.isArray(value);

/** The index of the added papers' text, kept in the data folder's .cache between runs. */
const PAPER_INDEX_CACHE = 'paper-index';
/** The search index, kept in the data folder's .cache between runs (see keptIndex.ts). */
const SEARCH_INDEX_CACHE = 'search-index';

/** How long the window must have asked nothing before the citation engine is warmed up. */
const WARM_UP_QUIET_MS = 300;

/** Items the search build indexes between two turns of the event loop (~20 ms of work at most). */
const SEARCH_BUILD_CHUNK = 500;

/**
 * Opens every service the contract needs, with the works list ready for the first screen; the
 * search index fills in the background (`search.ready`).
 */
export async function openServices({
  resourcesDir,
  dataDir,
  readPaper,
}: ServiceLocations): Promise<Services> {
  const library = await LibraryService.open({ resourcesDir });
  const userData = await openUserData({
    dataDir,
    resourcesDir,
    bundled: library,
    checkNotes: 'caller', // read below, for search, after the first screen's work
    readPaper,
  });
  const { store, health } = userData;
  const [settings, exportSync] = await Promise.all([
    SettingsService.open(store.settings),
    openExportSync(userData),
  ]);
  // A file of a newer Scholion is left untouched; the user is told why it is not used.
  for (const notice of [settings.notice, exportSync.notice])
    if (notice) health.reportNotice(notice);
  // The first screen's works list: from the store's cached listings (no work is parsed), in the
  // default order, before the search build competes for the CPU.
  const workTable = new WorkTable(library);
  const listed = await store.workListings.versioned();
  const version = listed.version && `${listed.version} icu ${process.versions.icu ?? '?'}`;
  await workTable.prime(
    listed.rows,
    version,
    FIRST_SCREEN_QUERY,
    store.derived(ORDER_CACHE, isOrder),
  );
  // The paper is searchable at once; the user's works, notes and claims are read and indexed in
  // the background (search answers `building: true` meanwhile). Works are scanned a file at a
  // time and not kept in memory: the index is all search needs. Reading the notes here is also
  // the start check of every notes file, a file at a time so that the first screen's requests
  // are answered in between (they waited ~1.5 s behind all 64 files at 100,000 works); the data
  // health report waits for it, so the first one already tells of a damaged file restored.
  const notesChecked = store.notes.readEach();
  userData.health.checking(notesChecked);
  const search = SearchService.start(
    {
      library,
      userWorks: store.works.scan(),
      notes: notesChecked.then(() => store.notes.all()),
      userClaims: store.userClaims.all(),
    },
    {
      chunkSize: SEARCH_BUILD_CHUNK,
      // The notes are checked first: the index's read-back and the filter's index below are
      // seconds of work in turns of the event loop, each turn delaying every file read between.
      after: notesChecked,
      // The added papers' index is kept between runs: read back, only what changed is indexed.
      texts: userData.documents,
      keptPapers: store.derivedBytes(PAPER_INDEX_CACHE),
      // The rest (works, notes, user claims, the bundled paper) is kept too, with what it holds
      // of each file: read back at start, only the files changed since are read again. It is of
      // the bundled library and the folder's layout (another one: built afresh).
      kept: {
        bytes: store.derivedBytes(SEARCH_INDEX_CACHE),
        base: `${itemDigest(library.works)} ${store.works.paths().length}/${store.notes.paths().length}`,
        files: storeSourceFiles(store),
      },
      // A work's hit is read from its listing in the works list rather than kept twice.
      workHits: (key) => workTable.listingOf(key),
      // A build from scratch was the peak of the process's memory (see heapGrowth.ts).
      whileBuilding: withHeapNearLive,
    },
  );
  // Changes reach search and the synced files as events, whoever made them: this process, or
  // another one on the same folder (the CLI), heard through the change journal.
  // The filter's index of the works list (about a second at 100,000 works) is built in turns of
  // the event loop, like the search index; the filter reads the texts until it is ready.
  void notesChecked.finally(() => workTable.prepareFilter(listed.rows)).catch(() => undefined);
  const unfollowSearch = followChanges(search, store, library.works, {
    open: (id) => userData.documents.searchText(id),
    ids: () => userData.documents.liveIds(),
  });
  const unfollowSync = store.changes.subscribe(({ collection }) => {
    if (collection === 'lists' || collection === 'works') exportSync.changed();
  });
  const journal = await followJournal(store);
  const unfollowEntries = userData.bibliographyEntries.follow();
  // What the works list reads on each key typed in its filter, kept until the works change.
  const workListings = new KeptListings(() => store.workListings.all(), store.changes);
  const stopFollowing = () => {
    workListings.close();
    journal.stop();
    unfollowEntries();
    unfollowSearch();
    unfollowSync();
  };
  // A style's first bibliography pays ~1 s to warm citeproc up: pay it once the index is built,
  // a step at a time, each once the window has asked nothing for WARM_UP_QUIET_MS (so while the
  // user types, it waits): the engine's build (~0.2 s, one piece), then pairs of sample works
  // rendered (2-40 ms each). At once after a kept index is read, it fell on the first screen's
  // requests; in one piece (~0.8 s), and later in steps of up to ~90 ms taken between requests,
  // on the first keys typed into the bibliography's filter (keys of 110-230 ms at 100,000 works).
  // Built while the window loads, the engines delayed its first paint (~0.7 s, 5 runs each).
  void search.ready
    .then(() => library.warmUpFormatting('apa', () => requestsQuiet(WARM_UP_QUIET_MS)))
    .catch(() => undefined);
  return {
    library,
    settings,
    userData,
    exportSync,
    search,
    workTable,
    workListings,
    stopFollowing,
  };
}

/** Writes pending changes (autosaved notes) and closes the data folder; call before quitting. */
export async function closeServices(services: Services): Promise<void> {
  services.stopFollowing();
  // Indexing stops and the papers' index is written if it changed (a paper added a moment ago):
  // nothing writes into the data folder once it is closed.
  await services.search.close();
  // Files kept in sync get their last change before the data folder closes.
  await services.exportSync.close();
  await services.userData.bibliographyEntries.close();
  await services.userData.store.close();
}
