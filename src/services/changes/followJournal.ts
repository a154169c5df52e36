/**
 * Hears what other processes (the CLI, a script) changed in the data folder while the app is
 * open: tails the store's change journal, on a file-system notification or at the latest every
 * `intervalMs`, and announces each foreign entry on the store's change bus, exactly as the app's
 * own writes are, so search, synced exports and the window catch up within a second.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { DATA_COLLECTIONS, type UserDataStore } from '../../store';

export interface JournalFollower {
  /** Reads the journal now (tests; the timer and the watcher call it too). */
  poll(): Promise<void>;
  stop(): void;
}

/** Starts following `store`'s journal from its current end. */
export async function followJournal(
  store: UserDataStore,
  options: { intervalMs?: number } = {},
): Promise<JournalFollower> {
  const journal = store.journal;
  let cursor = await journal.end();
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const readOnce = async (): Promise<void> => {
    const read = await journal.readSince(cursor);
    cursor = read.cursor;
    if (read.reset) {
      for (const collection of DATA_COLLECTIONS) {
        await store.changes.emit({ collection, ids: null, origin: 'external' });
      }
    }
    for (const entry of read.entries) {
      if (entry.session === store.session) continue;
      await store.changes.emit({
        collection: entry.collection,
        ids: entry.ids,
        origin: 'external',
      });
    }
  };
  const poll = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await readOnce();
        } while (again && !stopped);
      } catch (error) {
        console.error('Scholion: could not read the change journal', error);
      } finally {
        running = null;
      }
    })();
    return running;
  };

  let watcher: FSWatcher | null = null;
  if (journal.file) {
    const name = basename(journal.file);
    try {
      watcher = watch(dirname(journal.file), { persistent: false }, (_event, file) => {
        if (file === null || String(file) === name) void poll();
      });
      watcher.on('error', () => watcher?.close());
    } catch {
      watcher = null; // the timer alone still hears every change
    }
  }
  const timer = setInterval(() => void poll(), options.intervalMs ?? 500);
  timer.unref?.();
  return {
    poll,
    stop() {
      stopped = true;
      clearInterval(timer);
      watcher?.close();
    },
  };
}
