/**
 * The search index kept with the library between runs (`.cache/search-index.json`), so search is
 * ready when the window is: at 100,000 works building it takes seconds, reading it back a
 * fraction of that. It is kept for one version of the data it was built from (the files of the
 * works, notes, user claims and papers, as the store versions them, and the bundled library):
 * a change by this app or by the CLI while the app was closed makes it stale, and it is then
 * built afresh in the background and kept again. Like every cache it is never the truth: a
 * missing, damaged or other-format file only costs the time of a build.
 */
import type { IndexSnapshot } from '../../core/search';

/** A SearchService's state as data: the index and which items each paper put in it. */
export interface SearchSnapshot {
  index: IndexSnapshot;
  documents: [string, { passages: string[]; claims: string[] }][];
}

/** Where a SearchService keeps its index between runs. */
export interface KeptSearchIndex {
  /** The version of the data as it is now; null while there are unsaved changes (keep nothing). */
  version(): Promise<string | null>;
  /** The index kept for `version`, or null (none, another version, damaged). */
  read(version: string): Promise<SearchSnapshot | null>;
  /** Keeps `snapshot` as the index of the data at `version`. */
  write(version: string, snapshot: SearchSnapshot): Promise<void>;
}

/** A snapshot as text-friendly data: the typed arrays in base64. */
export interface EncodedSnapshot {
  index: Omit<IndexSnapshot, 'lists' | 'docs' | 'weights'> & {
    lists: string;
    docs: string;
    weights: string;
  };
  documents: SearchSnapshot['documents'];
}

/** Where encoded snapshots are kept (the store's `derived` cache fits). */
export interface SnapshotFile {
  read(version: string): Promise<EncodedSnapshot | null>;
  write(version: string, value: EncodedSnapshot): Promise<void>;
}

const base64 = (a: Int32Array | Float32Array): string =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

/** The bytes of `text`, in a buffer of their own (typed arrays need an aligned offset). */
const bytes = (text: string): ArrayBuffer => {
  const buffer = Buffer.from(text, 'base64');
  return new Uint8Array(buffer).buffer;
};

/** `snapshot` as data JSON keeps compactly. */
export function encodeSnapshot(snapshot: SearchSnapshot): EncodedSnapshot {
  const { lists, docs, weights, ...rest } = snapshot.index;
  return {
    index: { ...rest, lists: base64(lists), docs: base64(docs), weights: base64(weights) },
    documents: snapshot.documents,
  };
}

/** The snapshot `encoded` holds; throws when it is not one (a damaged file). */
export function decodeSnapshot(encoded: EncodedSnapshot): SearchSnapshot {
  const { lists, docs, weights, ...rest } = encoded.index;
  if (typeof lists !== 'string' || typeof docs !== 'string' || typeof weights !== 'string')
    throw new Error('Damaged search index snapshot.');
  return {
    index: {
      ...rest,
      lists: new Int32Array(bytes(lists)),
      docs: new Int32Array(bytes(docs)),
      weights: new Float32Array(bytes(weights)),
    },
    documents: Array.isArray(encoded.documents) ? encoded.documents : [],
  };
}

/** A kept index in `file`, valid for the data version `version` gives (see KeptSearchIndex). */
export function keptSearchIndex(
  file: SnapshotFile,
  version: () => Promise<string | null>,
): KeptSearchIndex {
  return {
    version,
    read: async (v) => {
      const encoded = await file.read(v);
      return encoded ? decodeSnapshot(encoded) : null;
    },
    write: (v, snapshot) => file.write(v, encodeSnapshot(snapshot)),
  };
}
