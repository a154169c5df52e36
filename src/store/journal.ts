/**
 * A write of several files that lands whole or not at all (an import across works shards).
 * Phase one stages every new file (a temporary file beside each target, flushed to disk) and
 * keeps each target's previous content (its newest backup). Then a journal naming every file is
 * written atomically: that is the commit point. Phase two renames the staged files over their
 * targets and removes the journal. A process that dies between renames leaves the journal; the
 * next writer (or the next open) completes it, or, when a staged file is gone and its target does
 * not hold the new content, puts every file back as it was. Either way each file ends at the
 * same side of the write.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { inPool } from './storage/inPool';
import type { Storage } from './storage/types';

/** How many renames of a multi-file write are in flight at once. */
const RENAME_CONCURRENCY = 8;

export const JOURNAL_FILE = '.journal/write-many.json';

/** One file of a multi-file write. */
export interface JournalEntry {
  /** The data file, relative to the data folder. */
  path: string;
  /** The staged (temporary) file holding the new content. */
  staged: string;
  /** A copy of the previous content, or null when the file did not exist. */
  before: string | null;
  /** sha256 of the new content, to tell a completed rename from a lost staged file. */
  hash: string;
}

const journalSchema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal('journal'),
  action: z.enum(['commit', 'rollback']),
  files: z.array(
    z.object({
      path: z.string(),
      staged: z.string(),
      before: z.string().nullable(),
      hash: z.string(),
    }),
  ),
});

type Journal = z.infer<typeof journalSchema>;

/** sha256 of a text (or of its UTF-8 bytes, which hash the same), hex. */
export function contentHash(content: string | Uint8Array): string {
  const hash = createHash('sha256');
  return (typeof content === 'string' ? hash.update(content, 'utf8') : hash.update(content)).digest(
    'hex',
  );
}

async function writeJournal(
  storage: Storage,
  action: Journal['action'],
  files: readonly JournalEntry[],
): Promise<void> {
  // Only the four fields: callers pass entries carrying more (the store's cached file data),
  // which must not be written into the journal.
  const named = files.map(({ path, staged, before, hash }) => ({ path, staged, before, hash }));
  const journal: Journal = { schemaVersion: 1, kind: 'journal', action, files: named };
  await storage.writeAtomic(JOURNAL_FILE, `${JSON.stringify(journal)}\n`);
}

/**
 * Renames every staged file over its target (a file already renamed is skipped), a few at a time:
 * one after another, a 10,000-work import waited for 64 renames in turn. Every rename started is
 * waited for before a failure is thrown, so a rollback sees each file on one side.
 */
async function rollForward(storage: Storage, files: readonly JournalEntry[]): Promise<void> {
  await inPool(files, RENAME_CONCURRENCY, async (f) => {
    await storage.move(f.staged, f.path);
  });
  await storage.syncFolders(files.map((f) => f.path));
}

/** Puts every target back as it was before the write and drops the staged files. */
async function rollBack(storage: Storage, files: readonly JournalEntry[]): Promise<void> {
  for (const f of files) {
    if ((await storage.version(f.staged)) !== null) {
      await storage.remove(f.staged); // never renamed: the target is still the old one
    } else if (f.before === null) {
      await storage.remove(f.path);
    } else {
      await storage.copy(f.before, f.path);
    }
  }
  await storage.syncFolders(files.map((f) => f.path));
}

/**
 * Lands staged files together: writes the journal, renames them all, removes the journal. When
 * a rename fails, puts every file back and rethrows (if that fails too, the journal is left to
 * roll back at the next write or open). Call under the data folder's lock.
 */
export async function commitStaged(
  storage: Storage,
  files: readonly JournalEntry[],
): Promise<void> {
  if (files.length === 0) return;
  if (files.length === 1) {
    // One rename is atomic by itself: no journal needed.
    const [only] = files as [JournalEntry];
    try {
      await storage.move(only.staged, only.path);
    } catch (error) {
      await discardStaged(storage, files);
      throw error;
    }
    await storage.syncFolders([only.path]);
    return;
  }
  try {
    await writeJournal(storage, 'commit', files);
  } catch (error) {
    await discardStaged(storage, files);
    throw error;
  }
  try {
    await rollForward(storage, files);
  } catch (error) {
    try {
      await rollBack(storage, files);
      await storage.remove(JOURNAL_FILE);
    } catch {
      await writeJournal(storage, 'rollback', files).catch(() => undefined);
    }
    throw error;
  }
  // The write is complete; a journal left behind (removal failed) is harmless: replaying it
  // finds every staged file renamed and every target with its new content.
  await storage.remove(JOURNAL_FILE).catch(() => undefined);
}

/** Removes staged files that will not be committed (best effort). */
export async function discardStaged(
  storage: Storage,
  files: readonly Pick<JournalEntry, 'staged'>[],
): Promise<void> {
  for (const f of files) await storage.remove(f.staged).catch(() => undefined);
}

/**
 * Finishes a multi-file write that a process left half done (it died between renames, or its
 * rollback failed): completes it when every new content is still at hand, else puts every file
 * back. Returns what it did, or null when there was no journal. Call under the lock, before any
 * other write and before temporary files are cleaned up.
 */
export async function recoverJournal(
  storage: Storage,
): Promise<{ action: 'completed' | 'rolled-back'; files: string[] } | null> {
  const stored = await storage.read(JOURNAL_FILE);
  if (!stored) return null;
  let journal: Journal;
  try {
    journal = journalSchema.parse(JSON.parse(stored.content));
  } catch {
    // A journal is written atomically, so an unreadable one was never a commit point: the
    // staged files it would name are left to the temporary-file cleanup.
    await storage.remove(JOURNAL_FILE);
    return null;
  }
  const { files } = journal;
  let complete = journal.action === 'commit';
  if (complete) {
    for (const f of files) {
      if ((await storage.version(f.staged)) !== null) continue;
      const target = await storage.read(f.path);
      if (!target || contentHash(target.content) !== f.hash) complete = false;
    }
  }
  if (complete) await rollForward(storage, files);
  else await rollBack(storage, files);
  await storage.remove(JOURNAL_FILE);
  return { action: complete ? 'completed' : 'rolled-back', files: files.map((f) => f.path) };
}
