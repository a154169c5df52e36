/**
 * Reads the search index kept with the library back at start (see keptIndex.ts) and brings it up
 * to date: every file whose version is not the one the ledger saw is read again, and only its
 * items that changed are indexed again (or dropped).
 */
import { backgroundTurn } from '../background/requestsFirst';
import type { SearchIndex } from '../../core/search';
import type { FileLedger } from './fileLedger';
import { isKeptHeaderFor, SOURCE_KINDS, type KeptSearchIndex, type SourceKind } from './keptIndex';
import type { PaperItems } from './paperItems';
import type { StoredItems } from './storedItems';

/**
 * Reads the kept index into `index` (in place), its ledger into `ledger` and its papers kept
 * whole into `papers`; false, with all three left as they were, when there is none or it cannot
 * be used (damaged, cut short, of another format or bundled library): it is then built afresh.
 */
export async function readKeptIndex(
  index: SearchIndex,
  kept: KeptSearchIndex,
  ledger: FileLedger,
  papers: PaperItems,
): Promise<boolean> {
  const source = await kept.bytes.open();
  if (!source) return false;
  try {
    // A section at a time: the whole file (~96 MB at 100,000 works) is never in memory at once.
    await index.restoreFrom(
      source,
      (extra) => {
        // Checked before anything is taken: a refused file leaves everything as it was.
        if (!isKeptHeaderFor(extra.header, kept.base)) throw new Error('Another kept index.');
        ledger.adopt({ header: extra.header.ledger, sections: extra.sections });
        papers.adopt(extra.header.papers);
      },
      backgroundTurn, // the window's requests first (see requestsFirst.ts)
    );
    return true;
  } catch {
    return false; // a cache costs only the time of a build
  } finally {
    await source.close().catch(() => undefined);
  }
}

/** What `syncChangedFiles` needs of the service. */
export interface SyncContext {
  kept: KeptSearchIndex;
  ledger: FileLedger;
  stored: StoredItems;
  /** Whether an item was not changed by an event since the build began (else left as it is). */
  fresh: (kind: SourceKind, id: string) => boolean;
  /** A turn for the event loop now and then; true once the service is closing. */
  step: () => Promise<boolean>;
  /** A file that could not be read (its items stay as they were, the file unverified). */
  failed: (error: unknown) => void;
}

/**
 * Brings the index up to date with every file of the works, notes and user claims changed since
 * the ledger last saw it (with an empty ledger: every file, which is the first build). Answers
 * whether anything changed.
 */
export async function syncChangedFiles(context: SyncContext): Promise<boolean> {
  const { kept, ledger, stored, fresh, step, failed } = context;
  const { files } = kept;
  let changed = false;
  for (const kind of SOURCE_KINDS) {
    for (const path of files.paths(kind)) {
      // Before each file, changed or not: once the service is closing nothing more is read.
      if (await step()) return changed;
      try {
        const now = await files.version(path);
        if (now !== null && now === ledger.file(kind, path).version) continue;
        if (await stored.sync(files, ledger, kind, path, fresh, step)) changed = true;
      } catch (error) {
        failed(error);
      }
    }
  }
  return changed;
}
