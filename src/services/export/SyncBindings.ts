/**
 * The user's keep-in-sync exports: reading lists (or the library) bound to files that are
 * rewritten whenever their works change. Bindings live in the store (export-bindings.json, with
 * what was last written to each file); each file is written through BoundExport, which leaves a
 * file edited outside Scholion alone until the user chooses: overwrite (keeping a .bak), import
 * the changes, or unbind.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type { Work } from '../../core/bibliography/model';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/formats';
import {
  StoreNewerVersionError,
  type ExportBindingsFile,
  type StoredBinding,
  type StoredFile,
  type WrittenRecord,
} from '../../store';
import { NotFoundError, ServiceError } from '../errors';
import { BoundExport } from './BoundExport';

/** What a file is kept in sync with. */
export type SyncTarget = { kind: 'library' } | { kind: 'list'; listId: string };

export interface SyncBinding {
  id: string;
  target: SyncTarget;
  /** Absolute path of the file kept in sync. */
  path: string;
  format: ExportFormat;
  /** ISO time the binding was made. */
  createdAt: string;
}

export interface SyncBindingStatus extends SyncBinding {
  /** "the whole library", "the reading list “Partnerships”"; says so when the list is gone. */
  description: string;
  /** ISO time this run of the app last wrote the file; null if it did not need to. */
  lastWrittenAt: string | null;
  /** Why the last write failed or was not attempted; null when all is well. */
  problem: string | null;
  /**
   * Set when the file was changed outside Scholion since Scholion last wrote it: it is not
   * rewritten until the user overwrites, imports or unbinds. ISO times.
   */
  editedOutside: { detectedAt: string; modifiedAt: string } | null;
}

/** The works a target holds now, or null when the target no longer exists. */
export type TargetWorks = (
  target: SyncTarget,
) => Promise<{ works: readonly Work[]; description: string } | null>;

export interface SyncBindingsDeps {
  worksOf: TargetWorks;
  /** Wait after a change before writing, so a burst of changes writes once (default 200 ms). */
  debounceMs?: number;
  now?: () => Date;
}

interface Live {
  binding: SyncBinding;
  file: BoundExport;
  editedOutside: SyncBindingStatus['editedOutside'];
  /** The works to write next (read just before each write). */
  works: readonly Work[];
  description: string;
  lastWrittenAt: string | null;
  problem: string | null;
}

const isFormat = (format: string): format is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(format);

/** What the user is told about a file edited outside Scholion. */
function editedMessage(path: string): string {
  return `${basename(path)} was changed outside Scholion since Scholion last wrote it, so it was not overwritten. Overwrite it (the changed file is kept as ${basename(path)}.bak), import its changes, or stop syncing.`;
}

export class SyncBindings {
  private readonly live = new Map<string, Live>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();
  private readonly now: () => Date;

  private constructor(
    private readonly file: StoredFile<ExportBindingsFile>,
    private readonly deps: SyncBindingsDeps,
    bindings: readonly StoredBinding[],
    /** Why bindings cannot be changed (a newer Scholion's file), or null. */
    readonly notice: string | null,
  ) {
    this.now = deps.now ?? (() => new Date());
    for (const b of bindings) {
      if (!isFormat(b.format)) continue; // a format this version cannot write: left in the file
      const { written, editedOutside, ...binding } = b;
      this.live.set(b.id, this.track({ ...binding, format: b.format }, written, editedOutside));
    }
  }

  /**
   * Loads the bindings from the store (a damaged file is restored from its backup and reported)
   * and brings every bound file up to date in the background (changes made while Scholion was
   * closed, e.g. by the CLI) — except files changed outside Scholion, which are marked instead.
   * A file written by a newer Scholion is left untouched: no file is kept in sync then, and
   * `notice` says why.
   */
  static async open(
    file: StoredFile<ExportBindingsFile>,
    deps: SyncBindingsDeps,
  ): Promise<SyncBindings> {
    let stored: ExportBindingsFile;
    try {
      stored = await file.read();
    } catch (error) {
      if (!(error instanceof StoreNewerVersionError)) throw error;
      return new SyncBindings(file, deps, [], error.message);
    }
    const sync = new SyncBindings(file, deps, stored.bindings, null);
    if (sync.live.size > 0) sync.changed();
    return sync;
  }

  /** Every binding with its state, in the order they were made. */
  async list(): Promise<SyncBindingStatus[]> {
    await this.running;
    return [...this.live.values()].map((l) => this.status(l));
  }

  /**
   * Binds `target` to the file at `path` (absolute) and writes it now (a file already there,
   * which the user chose to replace, is kept as `<file>.bak`). Throws when the target does not
   * exist, the file is bound already, or it cannot be written (then nothing is bound).
   */
  async bind(target: SyncTarget, path: string, format: ExportFormat): Promise<SyncBindingStatus> {
    this.assertWritable();
    if (!isAbsolute(path))
      throw new ServiceError('invalid', `Choose a full file path to keep in sync, not "${path}".`);
    const taken = [...this.live.values()].find((l) => l.binding.path === path);
    if (taken)
      throw new ServiceError(
        'conflict',
        `${path} is already kept in sync with ${taken.description}; unbind it first.`,
      );
    const found = await this.deps.worksOf(target);
    if (!found) throw new NotFoundError('That reading list no longer exists.');
    const binding: SyncBinding = {
      id: `sync-${randomBytes(5).toString('hex')}`,
      target,
      path,
      format,
      createdAt: this.now().toISOString(),
    };
    const live = this.track(binding, null, null, true);
    await this.write(live); // records the problem (nothing bound) when the file cannot be written
    if (live.problem) throw new ServiceError('export-write-failed', live.problem);
    this.live.set(binding.id, live);
    try {
      await this.save((file) => file.bindings.push(this.stored(live)));
    } catch (error) {
      this.live.delete(binding.id);
      throw error;
    }
    return this.status(live);
  }

  /** Stops keeping a file in sync (the file stays as it is). */
  async unbind(id: string): Promise<SyncBindingStatus> {
    this.assertWritable();
    const live = this.find(id);
    live.file.dispose();
    this.live.delete(id);
    try {
      await this.save((file) => {
        file.bindings = file.bindings.filter((b) => b.id !== id);
      });
    } catch (error) {
      this.live.set(id, live);
      throw error;
    }
    return this.status(live);
  }

  /**
   * Writes Scholion's version over a bound file that was edited outside Scholion; what was
   * there is kept as `<file>.bak`.
   */
  async overwrite(id: string): Promise<SyncBindingStatus> {
    this.assertWritable();
    const live = this.find(id);
    await this.serialised(() => this.write(live, true));
    if (live.problem) throw new ServiceError('export-write-failed', live.problem);
    return this.status(live);
  }

  /** The bound file's text and name as they are on disk, to import its changes. */
  async readBoundFile(id: string): Promise<{ text: string; fileName: string }> {
    const { binding } = this.find(id);
    try {
      return { text: await readFile(binding.path, 'utf8'), fileName: basename(binding.path) };
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new ServiceError('not-found', `Could not read ${binding.path} (${reason}).`);
    }
  }

  /** Says that works may have changed: every bound file is checked after the debounce delay. */
  changed(): void {
    if (this.live.size === 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.syncAll();
    }, this.deps.debounceMs ?? 200);
  }

  /** Brings every bound file up to date now (writes are serialised; failures are recorded). */
  syncAll(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    return this.serialised(async () => {
      for (const live of [...this.live.values()]) await this.write(live);
    });
  }

  /** Writes pending changes now and stops; call before quitting. */
  async close(): Promise<void> {
    if (this.timer) await this.syncAll();
    await this.running;
    for (const live of this.live.values()) live.file.dispose();
  }

  private serialised(task: () => Promise<void>): Promise<void> {
    const next = this.running.then(task);
    this.running = next.catch(() => undefined);
    return next;
  }

  private find(id: string): Live {
    const live = this.live.get(id);
    if (!live) throw new NotFoundError('That file is not kept in sync (any more).');
    return live;
  }

  private assertWritable(): void {
    if (this.notice) throw new ServiceError('storage', this.notice);
  }

  private track(
    binding: SyncBinding,
    written: WrittenRecord | null,
    editedOutside: Live['editedOutside'],
    replaceExisting = false,
  ): Live {
    const live: Live = {
      binding,
      editedOutside,
      description: binding.target.kind === 'library' ? 'the whole library' : 'a reading list',
      lastWrittenAt: null,
      problem: editedOutside ? editedMessage(binding.path) : null,
      works: [],
      file: new BoundExport({
        path: binding.path,
        format: binding.format,
        debounceMs: 0,
        works: async () => live.works,
        written,
        replaceExisting,
        now: this.now,
        // A binding being made is saved whole once its first write succeeded.
        onWritten: (record) =>
          this.live.has(binding.id) ? this.saveWritten(live, record) : undefined,
      }),
    };
    return live;
  }

  private async write(live: Live, overwrite = false): Promise<void> {
    const found = await this.deps.worksOf(live.binding.target);
    if (!found) {
      live.description = 'a reading list that was deleted';
      live.problem = `The reading list this file was bound to no longer exists; ${live.binding.path} was left as it was. Unbind it.`;
      return;
    }
    live.description = found.description;
    live.works = found.works;
    try {
      const outcome = overwrite ? await live.file.overwrite() : await live.file.sync();
      if (outcome === 'edited-outside') {
        await this.markEdited(live, live.file.editedAt ?? this.now());
        return;
      }
      if (outcome === 'written') live.lastWrittenAt = this.now().toISOString();
      live.problem = null;
    } catch (error) {
      live.problem = error instanceof Error ? error.message : String(error);
    }
  }

  private async markEdited(live: Live, modifiedAt: Date): Promise<void> {
    live.problem = editedMessage(live.binding.path);
    if (live.editedOutside?.modifiedAt === modifiedAt.toISOString()) return;
    live.editedOutside = {
      detectedAt: this.now().toISOString(),
      modifiedAt: modifiedAt.toISOString(),
    };
    if (this.live.has(live.binding.id)) await this.saveBinding(live);
  }

  private async saveWritten(live: Live, record: WrittenRecord): Promise<void> {
    live.editedOutside = null;
    await this.saveBinding(live, record);
  }

  private saveBinding(live: Live, written?: WrittenRecord): Promise<void> {
    return this.save((file) => {
      const stored = file.bindings.find((b) => b.id === live.binding.id);
      if (!stored) return;
      if (written) stored.written = written;
      stored.editedOutside = live.editedOutside;
    });
  }

  private stored(live: Live): StoredBinding {
    return {
      ...structuredClone(live.binding),
      written: live.file.record,
      editedOutside: live.editedOutside,
    };
  }

  private status(live: Live): SyncBindingStatus {
    return {
      ...structuredClone(live.binding),
      description: live.description,
      lastWrittenAt: live.lastWrittenAt,
      problem: live.problem,
      editedOutside: live.editedOutside,
    };
  }

  private async save(change: (file: ExportBindingsFile) => void): Promise<void> {
    try {
      await this.file.update(change);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ServiceError('storage', `Scholion could not save the synced files (${reason}).`);
    }
  }
}
