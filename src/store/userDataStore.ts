/**
 * The user's data folder, opened: notes, reading lists, user claims and works as collections
 * over one DocumentStore (one write queue, one lock). See layout.ts for the files on disk.
 */
import type { WorkListing } from '../core/bibliography/listing';
import type { Work } from '../core/bibliography/model';
import type { ReadingList } from '../core/userData/lists';
import type { Note } from '../core/userData/notes';
import type { UserClaim } from '../core/userData/userClaims';
import { Collection } from './collection';
import { DerivedCache } from './derivedCache';
import { ShardDigests } from './digests';
import { DocumentStore, type DocumentStoreOptions } from './documentStore';
import { LISTS_FILE, META_FILE, NOTES_DIR, USER_CLAIMS_FILE, WORKS_DIR } from './layout';
import type { RecoveryEvent } from './recovery';
import { listsFileSpec } from './schemas/lists';
import { metaFileSpec, type MetaFile } from './schemas/meta';
import { notesFileSpec } from './schemas/notes';
import { userClaimsFileSpec } from './schemas/userClaims';
import { worksFileSpec } from './schemas/works';
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

export type UserDataStoreOptions = Omit<DocumentStoreOptions, 'storage'>;

export class UserDataStore {
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
  /** The app's settings (where the user stopped reading). */
  readonly settings: StoredFile<SettingsFile>;
  /** The keep-in-sync exports: which list is bound to which file, and what was last written. */
  readonly exportBindings: StoredFile<ExportBindingsFile>;

  private constructor(
    readonly documents: DocumentStore,
    readonly meta: MetaFile,
  ) {
    const { notesShards, worksShards } = meta.layout;
    this.notes = new Collection(documents, notesFileSpec, { dir: NOTES_DIR, shards: notesShards });
    this.works = new Collection(documents, worksFileSpec, { dir: WORKS_DIR, shards: worksShards });
    this.workListings = new ShardDigests(documents, this.works, worksListingSpec);
    this.lists = new Collection(documents, listsFileSpec, { file: LISTS_FILE });
    this.userClaims = new Collection(documents, userClaimsFileSpec, { file: USER_CLAIMS_FILE });
    this.settings = new StoredFile(documents, SETTINGS_FILE, settingsFileSpec);
    this.exportBindings = new StoredFile(documents, EXPORT_BINDINGS_FILE, exportBindingsFileSpec);
  }

  /** Opens the data in `storage`, creating meta.json on first use. */
  static async open(storage: Storage, options: UserDataStoreOptions = {}): Promise<UserDataStore> {
    const documents = await DocumentStore.open({ ...options, storage });
    let meta = await documents.read(META_FILE, metaFileSpec);
    if (!meta.createdAt) {
      const now = (options.now ?? (() => new Date()))().toISOString();
      meta = await documents.update(META_FILE, metaFileSpec, (m) => {
        if (!m.createdAt) m.createdAt = now; // another process may have just created it
        return structuredClone(m);
      });
    }
    return new UserDataStore(documents, meta);
  }

  /** Opens (creating if needed) the data folder `dataDir`. */
  static openDir(
    dataDir: string,
    options: UserDataStoreOptions & { storage?: NodeStorageOptions } = {},
  ): Promise<UserDataStore> {
    const { storage, ...rest } = options;
    return UserDataStore.open(new NodeStorage(dataDir, storage), rest);
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
