/**
 * Keep-in-sync export: a list (or the library) bound to a file that Scholion rewrites atomically
 * whenever it changes, so a LaTeX or pandoc manuscript always sees the current works.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Work } from '../../core/bibliography/model';
import type { ExportFormat } from '../../core/formats';
import { ServiceError } from '../errors';
import { renderWorks } from './ExportService';

export interface BoundExportOptions {
  /** The file to keep in sync (e.g. the manuscript's references.bib). */
  path: string;
  format: ExportFormat;
  /** The bound works as they are now (the list's works, or the whole library). */
  works: () => Promise<readonly Work[]>;
  /** Milliseconds to wait for more changes before writing (default 200; 0 writes at once). */
  debounceMs?: number;
  /** Told when a write fails (the next change tries again). */
  onError?: (error: Error) => void;
}

/** Rewrites one bound file when told that its works changed. */
export class BoundExport {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<boolean> = Promise.resolve(false);
  private lastWritten: string | null = null;

  constructor(private readonly opts: BoundExportOptions) {}

  get path(): string {
    return this.opts.path;
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
   * Writes the file now if its content would change (a pending debounced write is folded in).
   * Resolves true when the file was written. Writes are serialised; each is atomic (a temporary
   * file in the same folder, flushed to disk, then renamed over the old one).
   */
  sync(): Promise<boolean> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const next = this.running.catch(() => false).then(() => this.write());
    this.running = next;
    return next;
  }

  /** Cancels a pending write. */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async write(): Promise<boolean> {
    const content = renderWorks(await this.opts.works(), { format: this.opts.format });
    if (this.lastWritten === null)
      this.lastWritten = await readFile(this.opts.path, 'utf8').catch(() => null);
    if (content === this.lastWritten) return false;
    await writeFileAtomic(this.opts.path, content);
    this.lastWritten = content;
    return true;
  }
}

/** Writes `content` to `path` via a temporary file and rename, so readers never see half a file. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const reason =
      (error as NodeJS.ErrnoException).code ??
      (error instanceof Error ? error.message : String(error));
    throw new ServiceError(
      'export-write-failed',
      `Could not write ${path} (${reason}); the old file was left as it was.`,
    );
  }
}
