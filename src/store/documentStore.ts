/**
 * The one write path for the user's data. A DocumentStore caches JSON files (each a lowdb
 * instance over a StorageAdapter) and runs every read and write through one queue, so within a
 * process there is never more than one writer. Each write takes the data folder's cross-process
 * lock, re-reads the file if another process changed it, applies the change, keeps a backup of
 * the previous version and replaces the file atomically (read-modify-write under the lock).
 * Debounced changes (typing) are applied in memory at once and written after a pause, replayed
 * on the fresh file if another process wrote it meanwhile. A damaged file is set aside, restored
 * from the newest valid backup and reported; it is never silently overwritten.
 */
import { randomUUID } from 'node:crypto';
import { Low } from 'lowdb';
import {
  backupCandidates,
  backupPath,
  corruptPath,
  preMigrationPath,
  rotateBackups,
} from './backups';
import { StoreError } from './errors';
import { CorruptFileError, decodeFile, type Envelope, type FileSpec } from './fileSpec';
import { EncodeBuffers } from './encodeBuffers';
import {
  JOURNAL_FILE,
  commitStaged,
  contentHash,
  discardStaged,
  recoverJournal,
  type JournalEntry,
} from './journal';
import {
  RECOVERY_LOG_FILE,
  appendEvent,
  describeRecovery,
  recoveryLogSpec,
  type RecoveryEvent,
  type RecoveryKind,
} from './recovery';
import { SerialQueue } from './serialQueue';
import { StorageAdapter } from './storageAdapter';
import type { Storage } from './storage/types';
import { inPool } from './storage/inPool';

/** How many files `updateMany` has in hand at once. */
const UPDATE_MANY_CONCURRENCY = 4;

export interface DocumentStoreOptions {
  storage: Storage;
  /** Pause after the last debounced change before it is written (default 300 ms). */
  debounceMs?: number;
  /** Longest a debounced change waits while changes keep coming (default 2 s). */
  maxWaitMs?: number;
  /** Backups kept per file (default 3). */
  backups?: number;
  now?: () => Date;
  /** Called when a debounced write fails in the background; `flush`/`close` rethrow it. */
  onBackgroundError?: (error: unknown) => void;
}

/** A file's data, the on-disk version it came from, and whether it has unwritten changes. */
export interface VersionedData<D> {
  data: D;
  version: string | null;
  dirty: boolean;
}

/**
 * One file's part of `updateFiles`: the file, its kind, and the change (synchronous; returns
 * false when it changed nothing).
 */
export interface FileWrite<D extends Envelope = Envelope> {
  path: string;
  spec: FileSpec<D>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- bivariant: files of many kinds
  mutate: (data: any) => boolean | void;
}

/** A change to a file's data; must be synchronous, and check before it mutates. */
export type Mutation<D, R> = (data: D) => R;

interface Entry<D extends Envelope> {
  db: Low<D>;
  adapter: StorageAdapter<D>;
  /** True when db.data is the file at adapter.version plus the pending changes. */
  loaded: boolean;
  pending: Mutation<D, unknown>[];
  firstPendingAt: number;
  timer: ReturnType<typeof setTimeout> | null;
}

export class DocumentStore {
  readonly storage: Storage;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly keepBackups: number;
  private readonly now: () => Date;
  private readonly onBackgroundError: (error: unknown) => void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- entries hold files of many kinds
  private readonly entries = new Map<string, Entry<any>>();
  private readonly sessionEvents: RecoveryEvent[] = [];
  /** Every operation, in the order called. */
  private readonly operations = new SerialQueue();
  /** Appends to the recovery log, one recovery at a time. */
  private readonly recoveryLogAppends = new SerialQueue();
  private closed = false;

  constructor(options: DocumentStoreOptions) {
    this.storage = options.storage;
    this.debounceMs = options.debounceMs ?? 300;
    this.maxWaitMs = options.maxWaitMs ?? 2000;
    this.keepBackups = options.backups ?? 3;
    this.now = options.now ?? (() => new Date());
    this.onBackgroundError = options.onBackgroundError ?? (() => undefined);
  }

  /**
   * Opens a store: first finishes (or undoes) a multi-file write that a process left half done,
   * then removes temporary files left by writers that died mid-write.
   */
  static async open(options: DocumentStoreOptions): Promise<DocumentStore> {
    const store = new DocumentStore(options);
    await store.withLock(async () => undefined); // the lock finishes a journal left behind
    await options.storage.cleanup();
    return store;
  }

  /** The file's data (current on disk, plus this process's pending changes). Do not mutate it. */
  read<D extends Envelope>(path: string, spec: FileSpec<D>): Promise<D> {
    return this.enqueue(() => this.load(this.entry(path, spec), false));
  }

  /**
   * Several files' data, in one turn of the queue. Do not mutate them. The files held are checked
   * against the disk all at once (one stat each, side by side, as `load` checks one): 64 notes
   * shards checked one after another took 7-13 ms of every keystroke in the notes' search.
   */
  readMany<D extends Envelope>(paths: readonly string[], spec: FileSpec<D>): Promise<D[]> {
    return this.enqueue(async () => {
      const entries = paths.map((path) => this.entry(path, spec));
      const versions = await Promise.all(
        entries.map((e) => (e.loaded ? this.storage.version(e.adapter.path) : undefined)),
      );
      const out: D[] = [];
      for (const [i, entry] of entries.entries()) {
        out.push(await this.load(entry, false, versions[i]));
      }
      return out;
    });
  }

  /**
   * Like `read`, with the on-disk version the data came from (null: no file yet) and whether
   * this process has changes to it not yet written (`dirty`).
   */
  readVersioned<D extends Envelope>(path: string, spec: FileSpec<D>): Promise<VersionedData<D>> {
    return this.enqueue(async () => {
      const entry = this.entry(path, spec);
      const data = await this.load(entry, false);
      return { data, version: entry.adapter.version, dirty: entry.pending.length > 0 };
    });
  }

  /** True when this process has changes to the file not yet written. */
  hasPending(path: string): boolean {
    return (this.entries.get(path)?.pending.length ?? 0) > 0;
  }

  /** True when this process has read or written the file (its data may be cached). */
  holds(path: string): boolean {
    return this.entries.has(path);
  }

  /**
   * The file's data as `readVersioned` gives it, but only when this process already holds it,
   * current with the disk; null otherwise (nothing is read).
   */
  cached<D extends Envelope>(path: string, spec: FileSpec<D>): Promise<VersionedData<D> | null> {
    return this.enqueue(async () => {
      const entry = this.entries.get(path) as Entry<D> | undefined;
      if (!entry?.loaded || entry.adapter.spec.kind !== spec.kind) return null;
      if ((await this.storage.version(path)) !== entry.adapter.version) return null;
      return {
        data: entry.db.data,
        version: entry.adapter.version,
        dirty: entry.pending.length > 0,
      };
    });
  }

  /**
   * The file's data without keeping it in the cache (unless it is cached already): for reading a
   * large collection once, shard by shard, without holding all of it in memory. A damaged file
   * is recovered as by `read`. Do not mutate the result.
   */
  async readTransient<D extends Envelope>(path: string, spec: FileSpec<D>): Promise<D> {
    return (await this.readVersionedTransient(path, spec)).data;
  }

  /** `readTransient`, with the version as `readVersioned` gives it. */
  readVersionedTransient<D extends Envelope>(
    path: string,
    spec: FileSpec<D>,
  ): Promise<VersionedData<D>> {
    return this.enqueue(async () => {
      const known = this.entries.get(path) as Entry<D> | undefined;
      if (!known) {
        const stored = await this.storage.read(path);
        if (!stored) return { data: spec.empty(), version: null, dirty: false };
        try {
          const { data } = decodeFile(stored.content, spec, path);
          return { data, version: stored.version, dirty: false };
        } catch (error) {
          if (!(error instanceof CorruptFileError)) throw error;
          // Recovered (and reported) through the cache, as a read would.
        }
      }
      const entry = this.entry(path, spec);
      const data = await this.load(entry, false);
      return { data, version: entry.adapter.version, dirty: entry.pending.length > 0 };
    });
  }

  /**
   * Applies `mutate` to the file's data and saves it: at once under the lock, or after a pause
   * when `debounce` is set (the change is visible to reads immediately). If `mutate` throws,
   * nothing changes. Returns what `mutate` returns.
   */
  update<D extends Envelope, R>(
    path: string,
    spec: FileSpec<D>,
    mutate: Mutation<D, R>,
    options: { debounce?: boolean } = {},
  ): Promise<R> {
    this.assertOpen();
    return this.enqueue(async () => {
      const entry = this.entry(path, spec);
      if (options.debounce && this.debounceMs > 0) {
        const result = this.apply(entry, await this.load(entry, false), mutate);
        entry.pending.push(mutate);
        this.schedule(entry);
        return result;
      }
      return this.withLock(async () => {
        const result = this.apply(entry, await this.load(entry, true), mutate);
        await this.persist(entry);
        return result;
      });
    });
  }

  /**
   * Applies `mutate` to several files under one lock (e.g. a bulk import across shards), all or
   * nothing: every changed file is first staged (written beside its target; then all of them
   * flushed to disk together) and only then are all renamed into place, under a journal that
   * completes or undoes the renames if the process dies midway (see journal.ts). A file for
   * which `mutate` returns false is left unwritten. Files are read and staged a few at a time,
   * so one file's disk waits overlap another's encoding. If anything fails, no file changes and
   * the first error is thrown.
   */
  updateMany<D extends Envelope>(
    paths: readonly string[],
    spec: FileSpec<D>,
    mutate: (path: string, data: D) => boolean | void,
  ): Promise<void> {
    this.assertOpen();
    return this.enqueue(() =>
      this.withLock(async () => {
        const touched: Entry<D>[] = [];
        const staged: (JournalEntry & { entry: Entry<D> })[] = [];
        const buffers = new EncodeBuffers();
        let failure: { error: unknown } | null = null;
        try {
          await inPool(paths, UPDATE_MANY_CONCURRENCY, async (path) => {
            const entry = this.entry(path, spec);
            const data = await this.load(entry, true);
            touched.push(entry);
            const changed = this.apply(entry, data, (d: D) => mutate(path, d));
            if (changed !== false || entry.pending.length) {
              staged.push(await this.stage(entry, buffers));
            }
          });
          await this.flushStaged(staged);
        } catch (error) {
          failure = { error };
        }
        try {
          if (failure !== null) throw failure.error;
          await commitStaged(this.storage, staged);
        } catch (error) {
          if (failure !== null) await discardStaged(this.storage, staged);
          // The cached data holds the change the disk does not: read it again next time
          // (pending debounced changes are kept and replayed on it).
          for (const entry of touched) entry.loaded = false;
          throw error;
        }
        await this.allCommitted(staged);
      }),
    );
  }

  /**
   * Applies changes to several files, of any kinds, all or nothing (a work renamed across its
   * works shard, the notes, lists and claims that name it). Unlike `updateMany`, every file is
   * loaded first and the changes run in the order given, so a later change may use what an
   * earlier one read (the work taken out of one shard, put into another). Two changes to the
   * same file run on the same data. A change that returns false leaves its file unwritten
   * (unless another change to it did not). If any change throws, no file changes.
   */
  updateFiles(writes: readonly FileWrite[]): Promise<void> {
    this.assertOpen();
    return this.enqueue(() =>
      this.withLock(async () => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- files of many kinds
        const entries = new Map<string, Entry<any>>();
        for (const w of writes)
          if (!entries.has(w.path)) entries.set(w.path, this.entry(w.path, w.spec));
        const data = new Map<string, Envelope>();
        await inPool([...entries], UPDATE_MANY_CONCURRENCY, async ([path, entry]) => {
          data.set(path, await this.load(entry, true));
        });
        const changed = new Set<string>();
        try {
          for (const w of writes) {
            const entry = entries.get(w.path)!;
            if (this.apply(entry, data.get(w.path)!, w.mutate) !== false) changed.add(w.path);
          }
        } catch (error) {
          for (const entry of entries.values()) entry.loaded = false;
          throw error;
        }
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- files of many kinds
        const staged: (JournalEntry & { entry: Entry<any> })[] = [];
        let committing = false;
        try {
          // A few files at a time, so that one file's write overlaps another's encoding (a
          // 10,000-work import stages 128 files: works and history shards); flushed together.
          const toStage = [...entries].filter(([p, e]) => changed.has(p) || e.pending.length);
          const buffers = new EncodeBuffers();
          await inPool(toStage, UPDATE_MANY_CONCURRENCY, async ([, entry]) => {
            staged.push(await this.stage(entry, buffers));
          });
          await this.flushStaged(staged);
          committing = true;
          await commitStaged(this.storage, staged);
        } catch (error) {
          // commitStaged cleans up after itself; staging that failed leaves its files to drop.
          if (!committing) await discardStaged(this.storage, staged);
          for (const entry of entries.values()) entry.loaded = false;
          throw error;
        }
        await this.allCommitted(staged);
      }),
    );
  }

  /** Writes every pending debounced change now. Throws the first write error. */
  flush(): Promise<void> {
    return this.enqueue(async () => {
      let failure: unknown = null;
      for (const entry of this.entries.values()) {
        if (entry.timer) clearTimeout(entry.timer);
        entry.timer = null;
        try {
          await this.flushEntry(entry);
        } catch (error) {
          failure ??= error;
        }
      }
      if (failure) throw failure;
    });
  }

  /** Flushes pending changes and refuses further writes. Stays open if the flush fails. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    this.closed = true;
  }

  /**
   * Recoveries the user has not acknowledged yet (from this and earlier runs, including other
   * processes'), oldest first. The UI shows these.
   */
  recoveryReport(): Promise<RecoveryEvent[]> {
    return this.enqueue(async () => {
      const log = await this.load(this.entry(RECOVERY_LOG_FILE, recoveryLogSpec), false);
      const logged = new Set(log.events.map((e) => e.id));
      return [...log.events, ...this.sessionEvents.filter((e) => !logged.has(e.id))]
        .filter((e) => !e.acknowledged)
        .map((e) => ({ ...e }));
    });
  }

  /** Marks recovery events as seen (all when `ids` is omitted). */
  acknowledgeRecovery(ids?: readonly string[]): Promise<void> {
    const wanted = (e: RecoveryEvent) => !ids || ids.includes(e.id);
    for (const e of this.sessionEvents) if (wanted(e)) e.acknowledged = true;
    return this.update(RECOVERY_LOG_FILE, recoveryLogSpec, (log) => {
      for (const e of log.events) if (wanted(e)) e.acknowledged = true;
    });
  }

  private assertOpen(): void {
    if (this.closed)
      throw new StoreError('closed', 'The data store was closed; reopen it to save.');
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    return this.operations.run(task);
  }

  /**
   * Runs `task` under the data folder's lock, after finishing a multi-file write that a process
   * left half done (so no write lands on a half-renamed set of files).
   */
  private async withLock<T>(task: () => Promise<T>): Promise<T> {
    const unlock = await this.storage.lock();
    try {
      if ((await this.storage.version(JOURNAL_FILE)) !== null) {
        await recoverJournal(this.storage);
      }
      return await task();
    } finally {
      await unlock();
    }
  }

  private entry<D extends Envelope>(path: string, spec: FileSpec<D>): Entry<D> {
    const found = this.entries.get(path) as Entry<D> | undefined;
    if (found) {
      if (found.adapter.spec.kind !== spec.kind) {
        throw new StoreError(
          'wrong-kind',
          `${path} holds ${found.adapter.spec.kind}, not ${spec.kind}.`,
        );
      }
      return found;
    }
    const adapter = new StorageAdapter(this.storage, path, spec);
    const entry: Entry<D> = {
      db: new Low(adapter, spec.empty()),
      adapter,
      loaded: false,
      pending: [],
      firstPendingAt: 0,
      timer: null,
    };
    this.entries.set(path, entry);
    return entry;
  }

  private apply<D extends Envelope, R>(entry: Entry<D>, data: D, mutate: Mutation<D, R>): R {
    try {
      return mutate(data);
    } catch (error) {
      entry.loaded = false; // the change may have half-applied: reload from disk next time
      throw error;
    }
  }

  /** The file's data, re-read when it changed on disk; recovers a damaged file under the lock. */
  /**
   * The file's data, read again unless it is loaded and still at its version on disk (`onDisk`:
   * that version when the caller has just asked it, see `readMany`).
   */
  private async load<D extends Envelope>(
    entry: Entry<D>,
    locked: boolean,
    onDisk?: string | null,
  ): Promise<D> {
    const { adapter, db } = entry;
    if (entry.loaded) {
      const version = onDisk !== undefined ? onDisk : await this.storage.version(adapter.path);
      if (version === adapter.version) return db.data;
    }
    entry.loaded = false;
    db.data = adapter.spec.empty();
    try {
      await db.read();
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      if (!locked) return this.withLock(() => this.load(entry, true));
      await this.recover(entry, error.reason);
    }
    entry.loaded = true;
    this.replayPending(entry);
    return db.data;
  }

  private replayPending<D extends Envelope>(entry: Entry<D>): void {
    entry.pending = entry.pending.filter((mutate) => {
      try {
        mutate(entry.db.data);
        return true;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.sessionEvents.push(
          this.event('change-dropped', entry.adapter.path, reason, null, null),
        );
        return false;
      }
    });
  }

  /** Sets a damaged file aside and restores the newest valid backup (or starts empty). Locked. */
  private async recover<D extends Envelope>(entry: Entry<D>, reason: string): Promise<void> {
    const { adapter, db } = entry;
    const path = adapter.path;
    const movedTo = corruptPath(path, this.now());
    const moved = await this.storage.move(path, movedTo);
    let restoredFrom: string | null = null;
    for (const candidate of backupCandidates(path, this.keepBackups)) {
      const stored = await this.storage.read(candidate);
      if (!stored) continue;
      try {
        db.data = decodeFile(stored.content, adapter.spec, candidate).data;
        restoredFrom = candidate;
        break;
      } catch {
        // a damaged or newer backup: try the next older one
      }
    }
    if (restoredFrom) {
      await db.write();
    } else {
      db.data = adapter.spec.empty();
      adapter.version = null;
    }
    adapter.migratedFrom = null;
    const kind = restoredFrom ? 'restored-from-backup' : 'reset-to-empty';
    const event = this.event(kind, path, reason, moved ? movedTo : null, restoredFrom);
    this.sessionEvents.push(event);
    if (path !== RECOVERY_LOG_FILE) {
      // Shards recovered side by side (updateMany) append to the one log in turn.
      await this.recoveryLogAppends.run(async () => {
        const log = this.entry(RECOVERY_LOG_FILE, recoveryLogSpec);
        appendEvent(await this.load(log, true), event);
        await this.persist(log);
      });
    }
  }

  private event(
    kind: RecoveryKind,
    file: string,
    reason: string,
    movedTo: string | null,
    restoredFrom: string | null,
  ): RecoveryEvent {
    return {
      id: randomUUID(),
      kind,
      file,
      at: this.now().toISOString(),
      reason,
      movedTo,
      restoredFrom,
      message: describeRecovery(kind, file, movedTo, restoredFrom),
      acknowledged: false,
    };
  }

  /** Backs up the version on disk and writes the cached data. Called under the lock. */
  private async persist<D extends Envelope>(entry: Entry<D>): Promise<void> {
    try {
      await this.backUp(entry);
      await entry.db.write();
    } catch (error) {
      entry.loaded = false; // disk still has the old version; pending changes are kept
      throw error;
    }
    this.clearPending(entry);
  }

  /**
   * Keeps the version on disk (the newest backup, and a pre-migration copy) before it is
   * replaced; returns where the previous content is kept, or null when the file is new.
   */
  private async backUp<D extends Envelope>(entry: Entry<D>): Promise<string | null> {
    const { adapter } = entry;
    if (adapter.version === null) return null;
    if (adapter.migratedFrom !== null) {
      await this.storage.copy(adapter.path, preMigrationPath(adapter.path, adapter.migratedFrom));
    }
    await rotateBackups(this.storage, adapter.path, this.keepBackups);
    if (this.keepBackups >= 1) return backupPath(adapter.path, 1);
    // No backups kept: a copy for the journal alone, so an interrupted write can be undone.
    const before = `${JOURNAL_FILE.replace(/[^/]+$/, '')}${adapter.path.replace(/\//g, '~')}`;
    await this.storage.copy(adapter.path, before);
    return before;
  }

  /**
   * Phase one of updateMany: backs the file up and stages its new content unflushed (see
   * flushStaged), encoded into one of the write's `buffers` (the bytes staged are the bytes
   * hashed). Locked.
   */
  private async stage<D extends Envelope>(
    entry: Entry<D>,
    buffers: EncodeBuffers,
  ): Promise<JournalEntry & { entry: Entry<D> }> {
    const { adapter } = entry;
    const before = await this.backUp(entry);
    return buffers.withFile(entry.db.data, adapter.spec, async (bytes) => {
      const staged = await this.storage.stage(adapter.path, bytes, {
        flush: false,
        newFile: adapter.version === null,
      });
      return { entry, path: adapter.path, staged, before, hash: contentHash(bytes) };
    });
  }

  /**
   * Flushes the write's staged files to disk together, before the journal names them (its commit
   * point): one flush per file as each was staged cost a 10,000-work import a journal commit of
   * the file system per shard. Locked.
   */
  private async flushStaged(staged: readonly JournalEntry[]): Promise<void> {
    if (staged.length > 0) await this.storage.flushStaged(staged.map((s) => s.staged));
  }

  /** `committed` for every file of a multi-file write, a few at a time (each reads a version). */
  private async allCommitted<D extends Envelope>(
    staged: readonly { entry: Entry<D> }[],
  ): Promise<void> {
    await inPool(staged, UPDATE_MANY_CONCURRENCY, ({ entry }) => this.committed(entry));
  }

  /** After updateMany renamed a staged file into place: the cache matches the disk. */
  private async committed<D extends Envelope>(entry: Entry<D>): Promise<void> {
    entry.adapter.version = await this.storage.version(entry.adapter.path);
    entry.adapter.migratedFrom = null;
    this.clearPending(entry);
  }

  private clearPending<D extends Envelope>(entry: Entry<D>): void {
    entry.pending = [];
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
  }

  private schedule<D extends Envelope>(entry: Entry<D>): void {
    const now = Date.now();
    if (entry.timer) clearTimeout(entry.timer);
    else entry.firstPendingAt = now;
    const wait = Math.max(
      0,
      Math.min(this.debounceMs, entry.firstPendingAt + this.maxWaitMs - now),
    );
    entry.timer = setTimeout(() => {
      entry.timer = null;
      this.enqueue(() => this.flushEntry(entry)).catch(this.onBackgroundError);
    }, wait);
    entry.timer.unref?.();
  }

  private async flushEntry<D extends Envelope>(entry: Entry<D>): Promise<void> {
    if (!entry.pending.length) return;
    await this.withLock(async () => {
      await this.load(entry, true);
      if (entry.pending.length) await this.persist(entry);
    });
  }
}
