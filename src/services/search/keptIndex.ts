/**
 * The search index kept with the library between runs (`.cache/search-index.bin`), so search is
 * ready when the window is: at 100,000 works building it takes seconds, reading it back a
 * fraction of that. With the index it keeps a ledger: for each file the works, notes and user
 * claims are stored in, the file's version and a digest of each item the index holds from it.
 * At start a file whose version moved on (a change by this app not yet kept, by the CLI while the
 * app was closed) is read again and only its items that changed are indexed again; while the app
 * runs the index is written again a while after changes. Like every cache it is never the truth:
 * a missing, damaged or other-format file, or another bundled library, only costs a build.
 */
import type { Work } from '../../core/bibliography/model';
import type { ByteSource } from '../../core/search';
import type { UserDataStore } from '../../store';
import type { KeptBytes } from './paperIndexKeeper';
import type { PaperItemIds } from './paperItems';
import type { IndexableNote, IndexableUserClaim } from './searchSources';

/** The kinds of stored item the kept index holds, each read from files of its own. */
export const SOURCE_KINDS = ['work', 'note', 'claim'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The item of each kind. */
export interface SourceItems {
  work: Work;
  note: IndexableNote;
  claim: IndexableUserClaim;
}

/** A file's items and the version of the file they were read from (null: changes not yet written). */
export interface SourceFileRead<T> {
  items: T[];
  version: string | null;
}

/** The files the works, notes and user claims are stored in (a UserDataStore's, see below). */
export interface SourceFiles {
  /** Every file of a kind. */
  paths(kind: SourceKind): readonly string[];
  /** The file item `id` of `kind` is stored in. */
  pathOf(kind: SourceKind, id: string): string;
  /** The version of a file now; null while this process has changes to it not yet written. */
  version(path: string): Promise<string | null>;
  /** The items of a file, and the version they are of (read together). */
  read<K extends SourceKind>(kind: K, path: string): Promise<SourceFileRead<SourceItems[K]>>;
}

/** Where the index's bytes are kept: read back a section at a time (see `ByteSource`). */
export interface KeptIndexBytes extends KeptBytes {
  /** The bytes kept, to be read a part at a time (closed by the reader), or null. */
  open(): Promise<ByteSource | null>;
}

/** Where a SearchService keeps its index between runs, and what it depends on. */
export interface KeptSearchIndex {
  /** Where the bytes are kept (the store's `derivedBytes` fits). */
  bytes: KeptIndexBytes;
  /**
   * The version of what the index depends on besides the files (the bundled library): a kept
   * index of another is not used.
   */
  base: string;
  files: SourceFiles;
  /** How long after a change the index is written again (default 5 s; changes come in bursts). */
  writeDelayMs?: number;
}

/** The id of an item of `kind`. */
export const idOf = <K extends SourceKind>(kind: K, item: SourceItems[K]): string =>
  kind === 'work' ? (item as Work).citationKey : (item as IndexableNote).id;

/** The files of `store`'s works, notes and user claims, as search reads them. */
export function storeSourceFiles(store: UserDataStore): SourceFiles {
  const collections = { work: store.works, note: store.notes, claim: store.userClaims };
  const documents = store.documents;
  return {
    paths: (kind) => collections[kind].paths(),
    pathOf: (kind, id) => collections[kind].pathFor(id),
    version: async (path) =>
      documents.hasPending(path) ? null : ((await documents.storage.version(path)) ?? 'none'),
    read: async <K extends SourceKind>(kind: K, path: string) => {
      const collection = collections[kind] as unknown as (typeof collections)['work'];
      const read = await documents.readVersionedTransient(path, collection.spec);
      return {
        items: Object.values(read.data.items) as unknown as SourceItems[K][],
        version: read.dirty ? null : (read.version ?? 'none'),
      };
    },
  };
}

/** Bump when what is kept beside the index (the header below, the ledger) changes shape. */
export const KEPT_FORMAT = 1;

/** What is kept beside the index (the ledger's digests are a section of their own). */
export interface KeptHeader {
  format: number;
  base: string;
  ledger: unknown;
  papers: [string, PaperItemIds][];
}

/** Whether `header` was kept by this format for the data of `base`. */
export const isKeptHeaderFor = (header: unknown, base: string): header is KeptHeader =>
  (header as KeptHeader | null)?.format === KEPT_FORMAT &&
  (header as KeptHeader).base === base &&
  Array.isArray((header as KeptHeader).papers) &&
  (header as KeptHeader).papers.every(
    (p) =>
      Array.isArray(p) &&
      typeof p[0] === 'string' &&
      Array.isArray(p[1]?.passages) &&
      Array.isArray(p[1]?.claims),
  );
