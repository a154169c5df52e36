/**
 * The stored works, notes and user claims in the search index: indexing one as it is stored (a
 * trashed note leaves the results; a stored work that goes uncovers the bundled one of its key),
 * and bringing the index up to date with a whole file of them, as the ledger of the kept index
 * knows it (see fileLedger.ts).
 */
import type { Work } from '../../core/bibliography/model';
import type { SearchIndex } from '../../core/search';
import { itemDigest, type FileLedger } from './fileLedger';
import { idOf, type SourceFiles, type SourceItems, type SourceKind } from './keptIndex';
import {
  itemsOf,
  searchableUserClaim,
  type IndexableNote,
  type IndexableUserClaim,
  type SearchSources,
} from './searchSources';

export class StoredItems {
  private readonly bundled: Map<string, Work>;

  constructor(
    private readonly index: SearchIndex,
    bundled: readonly Work[],
  ) {
    this.bundled = new Map(bundled.map((w) => [w.citationKey, w]));
  }

  /** True when `work` is the bundled one of its key (not a stored work). */
  isBundled(work: Work): boolean {
    return this.bundled.get(work.citationKey) === work;
  }

  /** Indexes an item as stored (or, for a trashed note, takes it out of the results). */
  put<K extends SourceKind>(kind: K, item: SourceItems[K]): void {
    const index = this.index;
    if (kind === 'work') index.upsertWork(item as Work);
    else if (kind === 'claim') index.upsertClaim(searchableUserClaim(item as IndexableUserClaim));
    else if ((item as IndexableNote).deletedAt) index.remove('note', (item as IndexableNote).id);
    else index.upsertNote(item as IndexableNote);
  }

  /** Takes an item that is no longer stored out of the index (a bundled work of its key returns). */
  drop(kind: SourceKind, id: string): void {
    const bundled = kind === 'work' ? this.bundled.get(id) : undefined;
    if (bundled) this.index.upsertWork(bundled);
    else this.index.remove(kind, id);
  }

  /**
   * Indexes the sources' works, notes and user claims (a build without a kept index): those
   * `fresh` accepts, `step` after each (true: stop, the service is closing).
   */
  async fill(
    sources: SearchSources,
    fresh: (kind: SourceKind, id: string) => boolean,
    step: () => Promise<boolean>,
    failed: (error: unknown) => void,
  ): Promise<void> {
    for await (const work of itemsOf(sources.userWorks, failed)) {
      if (fresh('work', work.citationKey)) this.put('work', work);
      if (await step()) return;
    }
    for await (const note of itemsOf(sources.notes, failed)) {
      if (fresh('note', note.id)) this.put('note', note);
      if (await step()) return;
    }
    for await (const claim of itemsOf(sources.userClaims, failed)) {
      if (fresh('claim', claim.id)) this.put('claim', claim);
    }
  }

  /**
   * Brings the index up to date with file `path`: indexes its items whose digest is not the
   * ledger's (every item, for a file not in the ledger), drops the ledger's items no longer in
   * it, and records the file's version unless a change touched it meanwhile. Items `fresh`
   * rejects (changed by an event since the build began) are left as the event made them.
   * `step` is called after each item indexed (a turn for the event loop); when it answers true
   * (closing) the file is left half done, unverified. Answers whether anything changed.
   */
  async sync(
    files: SourceFiles,
    ledger: FileLedger,
    kind: SourceKind,
    path: string,
    fresh: (kind: SourceKind, id: string) => boolean,
    step: () => Promise<boolean>,
  ): Promise<boolean> {
    const entry = ledger.file(kind, path);
    const touches = entry.touches;
    const read = await files.read(kind, path);
    let changed = false;
    const seen = new Set<string>();
    for (const item of read.items) {
      const id = idOf(kind, item);
      seen.add(id);
      if (!fresh(kind, id)) continue;
      const digest = itemDigest(item);
      if (entry.items.get(id) === digest) continue;
      this.put(kind, item);
      entry.items.set(id, digest);
      changed = true;
      if (await step()) return true;
    }
    for (const id of [...entry.items.keys()]) {
      if (seen.has(id) || !fresh(kind, id)) continue;
      this.drop(kind, id);
      entry.items.delete(id);
      changed = true;
    }
    if (entry.touches === touches) entry.version = read.version;
    return changed;
  }

  /**
   * Checks that the index holds file `path`'s items as they are now (by their digests) and, if so,
   * records the file's version; changes nothing else (an event still to come will).
   */
  async verify(files: SourceFiles, ledger: FileLedger, kind: SourceKind, path: string) {
    const entry = ledger.file(kind, path);
    const touches = entry.touches;
    const read = await files.read(kind, path);
    if (entry.touches !== touches || read.version === null) return;
    if (read.items.length !== entry.items.size) return;
    for (const item of read.items)
      if (entry.items.get(idOf(kind, item)) !== itemDigest(item)) return;
    entry.version = read.version;
  }
}
