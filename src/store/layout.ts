/**
 * Where each kind of data lives in the data folder. Notes and works are sharded by a hash of
 * their id into a fixed number of files, so saving one note rewrites one small file however big
 * the library is:
 *
 *   meta.json            schemaVersion, layout (shard counts), creation time
 *   notes/00.json … 3f.json     notes, by hash of note id
 *   works/00.json … 3f.json     user and imported works, by hash of citation key
 *   documents.json       the library's documents (papers): metadata, kept file, parse counts
 *   papers/<sha256>.md   the original files of the user's papers, by content hash
 *   document-links/00.json … 0f.json   per document: reference links, corrections
 *   changes.jsonl        the change journal: one line per write, for other processes to hear
 *   work-history/00.json … 3f.json  every revision of each stored work, by hash of citation key
 *   trash.json           deleted works, lists and claims (and which notes are in the trash)
 *   not-duplicates.json  pairs of works the user said are not duplicates
 *   lists.json           reading lists
 *   userClaims.json      the user's claims
 *   recovery-log.json    what recovery did, until the user has seen it
 *   settings.json        the app's settings (reading position)
 *   export-bindings.json files kept in sync with a list or the library, and what was written
 *   .journal/write-many.json  a multi-file write in progress (see journal.ts)
 *   .bak/…               the last 3 good versions of each file, and pre-migration copies
 *   .cache/works-listing/00.json …  what the works list shows of each work, per works shard
 *                        (derived: rebuilt from the shard when missing or stale; see digests.ts)
 *   .lock                the cross-process write lock (exists only while a write runs)
 */

export const META_FILE = 'meta.json';
export const LISTS_FILE = 'lists.json';
export const DOCUMENTS_FILE = 'documents.json';
export const DOCUMENT_LINKS_DIR = 'document-links';
export const DOCUMENT_LINKS_SHARDS = 16;
export const USER_CLAIMS_FILE = 'userClaims.json';
export const NOTES_DIR = 'notes';
export const WORKS_DIR = 'works';
export const WORK_HISTORY_DIR = 'work-history';
export const TRASH_FILE = 'trash.json';
export const NOT_DUPLICATES_FILE = 'not-duplicates.json';
export const DEFAULT_SHARDS = 64;

/** FNV-1a, 32 bit: fast, stable across runs and platforms. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The shard file of `id` in `dir`, e.g. "notes/3a.json". */
export function shardPath(dir: string, id: string, shards: number): string {
  return shardFile(dir, shardIndex(id, shards));
}

/** Which of `shards` shard files holds `id`. */
export function shardIndex(id: string, shards: number): number {
  return hashId(id) % shards;
}

/** The shard file number `index` of `dir`. */
export function shardFile(dir: string, index: number): string {
  return `${dir}/${shardName(index)}.json`;
}

/** Every shard file of `dir`, in order. */
export function shardPaths(dir: string, shards: number): string[] {
  return Array.from({ length: shards }, (_, i) => shardFile(dir, i));
}

function shardName(index: number): string {
  return index.toString(16).padStart(2, '0');
}
