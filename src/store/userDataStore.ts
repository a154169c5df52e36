/**
 * The user's data folder, opened: documents, notes, reading lists, user claims and works as
 * collections over one DocumentStore (one write queue, one lock), the kept originals of the
 * user's papers, and the change events of every write. See layout.ts for the files on disk.
 */
import { randomUUID } from 'node:crypto';
import type { WorkListing } from '../core/bibliography/listing';
import type { Work } from '../core/bibliography/model';
import type { DocumentLinks } from '../core/documents/links';
import type { DocumentRecord } from '../core/documents/model';
import type { ReadingList } from '../core/userData/lists';
import type { Note } from '../core/userData/notes';
import type { TrashEntry } from '../core/userData/trash';
import type { UserClaim } from '../core/userData/userClaims';
import type { WorkHistory } from '../core/works/history';
import type { NotDuplicatePair } from '../core/works/duplicates';
import { ChangeBus, type DataCollection } from './changes';
import { FileChangeJournal, MemoryChangeJournal, type ChangeJournal } from './changeJournal';
import { Collection } from './collection';
import { DerivedBytes, DerivedCache } from './derivedCache';
import { ShardDigests } from './digests';
import { DocumentStore, type DocumentStoreOptions, type FileWrite } from './documentStore';
import {
  DOCUMENT_LINKS_DIR,
  DOCUMENT_LINKS_SHARDS,
  DOCUMENTS_FILE,
  LISTS_FILE,
  META_FILE,
  NOT_DUPLICATES_FILE,
  NOTES_DIR,
  TRASH_FILE,
  USER_CLAIMS_FILE,
  WORK_HISTORY_DIR,
  WORKS_DIR,
} from './layout';
import { MemoryPaperFiles, NodePaperFiles, type PaperFileStore } from './paperFiles';
import type { RecoveryEvent } from './recovery';
import { listsFileSpec } from './schemas/lists';
import { documentLinksFileSpec } from './schemas/documentLinks';
import { documentsFileSpec } from './schemas/documents';
import { metaFileSpec, type MetaFile } from './schemas/meta';
import { notesFileSpec } from './schemas/notes';
import { userClaimsFileSpec } from './schemas/userClaims';
import { worksFileSpec } from './schemas/works';
import { workHistoryFileSpec } from './schemas/workHistory';
import { trashFileSpec } from './schemas/trash';
import { notDuplicatesFileSpec } from './schemas/notDuplicates';
import { worksListingSpec } from './schemas/worksListing';
import { SETTINGS_FILE, settingsFileSpec, type SettingsFile } from './schemas/settings';
import {
  EXPORT_BINDINGS_FILE,
  exportBindingsFileSpec,
  type ExportBindingsFile,
} from './schemas/exportBindings';
import { StoredFile } from './storedFile';
import { MemoryStorage } from './storage/memoryStorage';
import { NodeStorage, type NodeStorageOptions } from './storage/nodeStorage';
import type { Storage } from './storage/types';

export type UserDataStoreOptions = Omit<DocumentStoreOptions, 'storage'> & {
  /** Where the papers' original files are kept (default: in memory). */
  paperFiles?: PaperFileStore;
  /** The change journal shared with other processes (default: in memory). */
  journal?: ChangeJournal;
};

export class UserDataStore {
  /** The library's documents (papers): what each is, its kept original, its last parse's counts. */
  readonly documentRecords: Collection<DocumentRecord>;
  /** Per document: which work each reference is, matches to confirm, the user's corrections. */
  readonly documentLinks: Collection<DocumentLinks>;
  readonly notes: Collection<Note>;
  readonly lists: Collection<ReadingList>;
  readonly userClaims: Collection<UserClaim>;
  /** User-entered and imported works (the bundled bibliography ships with the app). */
  readonly works: Collection<Work>;
  /**
   * What the works list shows of each stored work, cached beside the works files so listing a
   * 100,000-work library does not parse every work.
   */
  readonly workListings: ShardDigests<Work, WorkListing>;
  /** Every revision of each stored work, by citation key (see core/works/history.ts). */
  readonly workHistory: Collection<WorkHistory>;
  /** Deleted works, lists and claims, and the trash entries of deleted notes. */
  readonly trash: Collection<TrashEntry>;
  /** Pairs of works the user dismissed as not duplicates (never proposed again). */
  readonly notDuplicates: Collection<NotDuplicatePair>;
  /** The app's settings (where the user stopped reading). */
  readonly settings: StoredFile<SettingsFile>;
  /** The keep-in-sync exports: which list is bound to which file, and what was last written. */
  readonly exportBindings: StoredFile<ExportBindingsFile>;

  /** Every write's `{ collection, ids }`, and (via `externalChanges`) other processes' writes. */
  readonly changes = new ChangeBus();
  /** This open store, as the change journal names it. */
  readonly session = randomUUID();

  private constructor(
    readonly documents: DocumentStore,
    readonly meta: MetaFile,
    /** The papers' original files, kept by content hash. */
    readonly paperFiles: PaperFileStore,
    /** Where writes are recorded for other processes. */
    readonly journal: ChangeJournal,
  ) {
    const { notesShards, worksShards } = meta.layout;
    const announce = (collection: DataCollection) => (ids: readonly string[]) =>
      this.announce(collection, ids);
    this.notes = new Collection(
      documents,
      notesFileSpec,
      { dir: NOTES_DIR, shards: notesShards },
      announce('notes'),
    );
    this.works = new Collection(
      documents,
      worksFileSpec,
      { dir: WORKS_DIR, shards: worksShards },
      announce('works'),
    );
    this.workListings = new ShardDigests(documents, this.works, worksListingSpec);
    this.workHistory = new Collection(documents, workHistoryFileSpec, {
      dir: WORK_HISTORY_DIR,
      shards: worksShards,
    });
    this.trash = new Collection(documents, trashFileSpec, { file: TRASH_FILE }, announce('trash'));
    this.notDuplicates = new Collection(documents, notDuplicatesFileSpec, {
      file: NOT_DUPLICATES_FILE,
    });
    this.lists = new Collection(documents, listsFileSpec, { file: LISTS_FILE }, announce('lists'));
    this.userClaims = new Collection(
      documents,
      userClaimsFileSpec,
      { file: USER_CLAIMS_FILE },
      announce('userClaims'),
    );
    this.documentRecords = new Collection(
      documents,
      documentsFileSpec,
      { file: DOCUMENTS_FILE },
      announce('documents'),
    );
    this.documentLinks = new Collection(
      documents,
      documentLinksFileSpec,
      { dir: DOCUMENT_LINKS_DIR, shards: DOCUMENT_LINKS_SHARDS },
      announce('documents'),
    );
    this.settings = new StoredFile(documents, SETTINGS_FILE, settingsFileSpec);
    this.exportBindings = new StoredFile(documents, EXPORT_BINDINGS_FILE, exportBindingsFileSpec);
  }

  /**
   * Writes several files of any collections all or nothing (see DocumentStore.updateFiles),
   * then announces `changes` (which ids of which collections the write touched).
   */
  async writeFiles(
    writes: readonly FileWrite[],
    changes: readonly { collection: DataCollection; ids: readonly string[] }[],
  ): Promise<void> {
    await this.documents.updateFiles(writes);
    for (const change of changes) await this.announce(change.collection, change.ids);
  }

  /** Records a write in the journal (for other processes) and tells this process's subscribers. */
  private async announce(collection: DataCollection, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    try {
      await this.journal.append({ session: this.session, collection, ids: [...ids] });
    } catch (error) {
      // Only other processes miss this change (the open app refreshes on its next one).
      console.error('Scholion: could not record a change in the journal', error);
    }
    await this.changes.emit({ collection, ids, origin: 'local' });
  }

  /** Opens the data in `storage`, creating meta.json on first use. */
  static async open(storage: Storage, options: UserDataStoreOptions = {}): Promise<UserDataStore> {
    const { paperFiles, journal, ...storeOptions } = options;
    const documents = await DocumentStore.open({ ...storeOptions, storage });
    let meta = await documents.read(META_FILE, metaFileSpec);
    if (!meta.createdAt) {
      const now = (options.now ?? (() => new Date()))().toISOString();
      meta = await documents.update(META_FILE, metaFileSpec, (m) => {
        if (!m.createdAt) m.createdAt = now; // another process may have just created it
        return structuredClone(m);
      });
    }
    return new UserDataStore(
      documents,
      meta,
      paperFiles ?? new MemoryPaperFiles(),
      journal ?? new MemoryChangeJournal(),
    );
  }

  /** Opens (creating if needed) the data folder `dataDir`. */
  static openDir(
    dataDir: string,
    options: UserDataStoreOptions & { storage?: NodeStorageOptions } = {},
  ): Promise<UserDataStore> {
    const { storage, ...rest } = options;
    return UserDataStore.open(new NodeStorage(dataDir, storage), {
      paperFiles: new NodePaperFiles(dataDir),
      journal: new FileChangeJournal(dataDir),
      ...rest,
    });
  }

  /** A store in memory, for tests. */
  static openInMemory(
    options: UserDataStoreOptions & { storage?: MemoryStorage } = {},
  ): Promise<UserDataStore> {
    const { storage, ...rest } = options;
    return UserDataStore.open(storage ?? new MemoryStorage(), rest);
  }

  /** Where the data lives, for messages. */
  get location(): string {
    return this.documents.storage.location;
  }

  /**
   * A cache (in `.cache/<name>.json`) for a value derived from the user's data, such as a sorted
   * order of the works list; `accept` checks a value read back.
   */
  derived<T>(name: string, accept: (value: unknown) => value is T): DerivedCache<T> {
    return new DerivedCache(this.documents.storage, name, accept);
  }

  /** Bytes derived from the user's data, kept in `.cache/<name>.bin` (see DerivedBytes). */
  derivedBytes(name: string): DerivedBytes {
    return new DerivedBytes(this.documents.storage, name);
  }

  /**
   * A version of every file of `collections` that changes whenever one of them is replaced, by
   * this process or another (the CLI): a key for a cache of what is derived from them, such as
   * the search index. Null while this process has changes to one of them not yet written.
   */
  async filesVersion(collections: readonly { paths(): string[] }[]): Promise<string | null> {
    const versions: string[] = [];
    for (const path of collections.flatMap((c) => c.paths())) {
      if (this.documents.hasPending(path)) return null;
      versions.push(`${path}=${(await this.documents.storage.version(path)) ?? '-'}`);
    }
    return versions.join(',');
  }

  /** Writes pending (debounced) changes now. */
  flush(): Promise<void> {
    return this.documents.flush();
  }

  /** Writes pending changes (and caches being written) and closes the store. */
  async close(): Promise<void> {
    await this.workListings.settled();
    await this.documents.close();
  }

  /** Recoveries (damaged files restored, changes dropped) the user has not acknowledged. */
  recoveryReport(): Promise<RecoveryEvent[]> {
    return this.documents.recoveryReport();
  }

  /** Marks recovery events as seen (all when `ids` is omitted). */
  acknowledgeRecovery(ids?: readonly string[]): Promise<void> {
    return this.documents.acknowledgeRecovery(ids);
  }
}
