/**
 * Keep-in-sync export: a list (or the library) bound to a file that Scholion rewrites atomically
 * whenever it changes, so a LaTeX or pandoc manuscript always sees the current works. Scholion
 * remembers what it last wrote (a hash, the time and size); a file that differs from that was
 * edited outside Scholion (by hand, by JabRef) and is never overwritten unasked.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Work } from '../../core/bibliography/model';
import type { ExportFormat } from '../../core/formats';
import { contentHash, resolveTarget, type WrittenRecord } from '../../store';
import { renderWorks } from './ExportService';
import { writeExportFile } from './writeExportFile';

export interface BoundExportOptions {
  /** The file to keep in sync (e.g. the manuscript's references.bib). */
  path: string;
  format: ExportFormat;
  /** The bound works as they are now (the list's works, or the whole library). */
  works: () => Promise<readonly Work[]>;
  /** What Scholion last wrote there (from an earlier run); null or absent when unknown. */
  written?: WrittenRecord | null;
  /**
   * True when the user has just chosen this file to be replaced (a new binding): a file there
   * is then overwritten, its old content kept as `<file>.bak`.
   */
  replaceExisting?: boolean;
  /** Told after each write, with the record to keep for the next run. */
  onWritten?: (record: WrittenRecord) => void | Promise<void>;
  /** Milliseconds to wait for more changes before writing (default 200; 0 writes at once). */
  debounceMs?: number;
  /** Told when a write fails (the next change tries again). */
  onError?: (error: Error) => void;
  now?: () => Date;
}

/** What a sync did: wrote the file, found it current, or left it alone because it was edited. */
export type SyncOutcome = 'written' | 'unchanged' | 'edited-outside';

interface OnDisk {
  content: string;
  hash: string;
  mtimeMs: number;
}

/** The bound file as it is now (through symbolic links), or null when there is none. */
async function readOnDisk(path: string): Promise<OnDisk | null> {
  try {
    const [content, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    return { content, hash: contentHash(content), mtimeMs: info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Rewrites one bound file when told that its works changed. */
export class BoundExport {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private written: WrittenRecord | null;
  private replaceExisting: boolean;
  /** The modification time of the file found edited outside Scholion, or null. */
  editedAt: Date | null = null;

  constructor(private readonly opts: BoundExportOptions) {
    this.written = opts.written ?? null;
    this.replaceExisting = opts.replaceExisting ?? false;
  }

  get path(): string {
    return this.opts.path;
  }

  /** What Scholion last wrote to the file, or null when unknown. */
  get record(): WrittenRecord | null {
    return this.written;
  }

  /** Says the bound works changed; the file is rewritten after the debounce delay. */
  changed(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.sync().catch((error: unknown) =>
        this.opts.onError?.(error instanceof Error ? error : new Error(String(error))),
      );
    }, this.opts.debounceMs ?? 200);
  }

  /**
   * Writes the file now if its content would change (a pending debounced write is folded in),
   * unless it was changed outside Scholion since Scholion last wrote it: then it is left as it
   * is ('edited-outside', `editedAt` says when) until `overwrite`. Writes are serialised; each is
   * atomic (see the store's writeFileAtomic: links are written through, permissions kept).
   */
  sync(): Promise<SyncOutcome> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    return this.serialised(() => this.write(false));
  }

  /**
   * Writes Scholion's version over a file edited outside Scholion, keeping what was there as
   * `<file>.bak` (beside the file a link points to).
   */
  overwrite(): Promise<SyncOutcome> {
    return this.serialised(() => this.write(true));
  }

  /** Cancels a pending write. */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private serialised(task: () => Promise<SyncOutcome>): Promise<SyncOutcome> {
    const next = this.running.catch(() => undefined).then(task);
    this.running = next;
    return next;
  }

  private async write(force: boolean): Promise<SyncOutcome> {
    const content = renderWorks(await this.opts.works(), { format: this.opts.format });
    const hash = contentHash(content);
    const disk = await readOnDisk(this.opts.path);
    let keepBackup = false;
    if (disk) {
      const ours = this.written ? disk.hash === this.written.hash : disk.hash === hash;
      if (!ours && !force && !this.replaceExisting) {
        this.editedAt = new Date(disk.mtimeMs);
        return 'edited-outside';
      }
      keepBackup = !ours;
      if (disk.hash === hash) {
        // Already what Scholion would write (e.g. a file of an earlier run): adopt it.
        if (!this.written || this.written.hash !== hash)
          await this.remember(hash, disk.mtimeMs, content);
        this.editedAt = null;
        this.replaceExisting = false;
        return 'unchanged';
      }
    }
    if (disk && keepBackup) {
      const real = await resolveTarget(this.opts.path);
      await writeExportFile(`${real}.bak`, disk.content);
    }
    const real = await writeExportFile(this.opts.path, content);
    await this.remember(hash, (await stat(real)).mtimeMs, content);
    this.editedAt = null;
    this.replaceExisting = false;
    return 'written';
  }

  private async remember(hash: string, mtimeMs: number, content: string): Promise<void> {
    const now = (this.opts.now ?? (() => new Date()))();
    this.written = {
      hash,
      mtimeMs,
      size: Buffer.byteLength(content, 'utf8'),
      at: now.toISOString(),
    };
    await this.opts.onWritten?.(this.written);
  }
}
