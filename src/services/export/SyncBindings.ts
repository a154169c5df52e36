/**
 * The user's keep-in-sync exports: reading lists (or the library) bound to files that are
 * rewritten whenever their works change. Bindings are kept in one small JSON file; each file is
 * written through BoundExport (atomic, and only when its content changes).
 */
import { randomBytes } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import type { Work } from '../../core/bibliography/model';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/formats';
import { NotFoundError, ServiceError } from '../errors';
import type { JsonStorage } from '../settings';
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

const fileSchema = z.object({
  schemaVersion: z.literal(1),
  bindings: z.array(
    z.object({
      id: z.string().min(1),
      target: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('library') }),
        z.object({ kind: z.literal('list'), listId: z.string().min(1) }),
      ]),
      path: z.string().min(1),
      format: z.enum(EXPORT_FORMATS),
      createdAt: z.string(),
    }),
  ),
});

interface Live {
  binding: SyncBinding;
  file: BoundExport;
  /** The works to write next (read just before each write). */
  works: readonly Work[];
  description: string;
  lastWrittenAt: string | null;
  problem: string | null;
}

export class SyncBindings {
  private readonly live = new Map<string, Live>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();
  private readonly now: () => Date;

  private constructor(
    private readonly storage: JsonStorage,
    private readonly deps: SyncBindingsDeps,
    bindings: readonly SyncBinding[],
  ) {
    this.now = deps.now ?? (() => new Date());
    for (const b of bindings) this.live.set(b.id, this.track(b));
  }

  /**
   * Loads the bindings (an unreadable file starts with none, and is replaced at the next bind)
   * and brings every bound file up to date in the background (changes made while Scholion was
   * closed, e.g. by the CLI).
   */
  static async open(storage: JsonStorage, deps: SyncBindingsDeps): Promise<SyncBindings> {
    let raw: unknown;
    try {
      raw = await storage.read();
    } catch {
      raw = undefined;
    }
    const parsed = fileSchema.safeParse(raw);
    const sync = new SyncBindings(storage, deps, parsed.success ? parsed.data.bindings : []);
    if (sync.live.size > 0) sync.changed();
    return sync;
  }

  /** Every binding with its state, in the order they were made. */
  async list(): Promise<SyncBindingStatus[]> {
    await this.running;
    return [...this.live.values()].map((l) => this.status(l));
  }

  /**
   * Binds `target` to the file at `path` (absolute) and writes it now. Throws when the target
   * does not exist, the file is bound already, or it cannot be written (then nothing is bound).
   */
  async bind(target: SyncTarget, path: string, format: ExportFormat): Promise<SyncBindingStatus> {
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
    const live = this.track(binding);
    await this.write(live); // throws (nothing bound) when the file cannot be written
    if (live.problem) throw new ServiceError('export-write-failed', live.problem);
    this.live.set(binding.id, live);
    try {
      await this.save();
    } catch (error) {
      this.live.delete(binding.id);
      throw error;
    }
    return this.status(live);
  }

  /** Stops keeping a file in sync (the file stays as it is). */
  async unbind(id: string): Promise<SyncBindingStatus> {
    const live = this.live.get(id);
    if (!live) throw new NotFoundError('That file is not kept in sync (any more).');
    live.file.dispose();
    this.live.delete(id);
    try {
      await this.save();
    } catch (error) {
      this.live.set(id, live);
      throw error;
    }
    return this.status(live);
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
    const next = this.running.then(async () => {
      for (const live of [...this.live.values()]) await this.write(live);
    });
    this.running = next;
    return next;
  }

  /** Writes pending changes now and stops; call before quitting. */
  async close(): Promise<void> {
    if (this.timer) await this.syncAll();
    await this.running;
    for (const live of this.live.values()) live.file.dispose();
  }

  private track(binding: SyncBinding): Live {
    const live: Live = {
      binding,
      description: binding.target.kind === 'library' ? 'the whole library' : 'a reading list',
      lastWrittenAt: null,
      problem: null,
      works: [],
      file: new BoundExport({
        path: binding.path,
        format: binding.format,
        debounceMs: 0,
        works: async () => live.works,
      }),
    };
    return live;
  }

  private async write(live: Live): Promise<void> {
    const found = await this.deps.worksOf(live.binding.target);
    if (!found) {
      live.description = 'a reading list that was deleted';
      live.problem = `The reading list this file was bound to no longer exists; ${live.binding.path} was left as it was. Unbind it.`;
      return;
    }
    live.description = found.description;
    live.works = found.works;
    try {
      if (await live.file.sync()) live.lastWrittenAt = this.now().toISOString();
      live.problem = null;
    } catch (error) {
      live.problem = error instanceof Error ? error.message : String(error);
    }
  }

  private status(live: Live): SyncBindingStatus {
    return {
      ...structuredClone(live.binding),
      description: live.description,
      lastWrittenAt: live.lastWrittenAt,
      problem: live.problem,
    };
  }

  private async save(): Promise<void> {
    const bindings = [...this.live.values()].map((l) => l.binding);
    try {
      await this.storage.write({ schemaVersion: 1, bindings });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ServiceError('storage', `Scholion could not save the synced files (${reason}).`);
    }
  }
}
