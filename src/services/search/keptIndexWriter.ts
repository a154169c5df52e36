/**
 * Writes the search index and its ledger with the library (see keptIndex.ts): when the first build
 * ends, and again a while after changes, so that the next start reads back an index that is
 * current, or nearly (a file changed since is read again then, not the whole library). Before
 * writing, each file a change touched is read again and checked against the ledger, so the
 * versions kept are ones the index is known to hold.
 */
import type { SearchIndex } from '../../core/search';
import type { FileLedger } from './fileLedger';
import { KEPT_FORMAT, type KeptHeader, type KeptSearchIndex } from './keptIndex';
import type { PaperItemIds } from './paperItems';
import type { StoredItems } from './storedItems';

/** How long after a change the index is written again (changes in between share the write). */
const WRITE_DELAY_MS = 5_000;

export class KeptIndexWriter {
  /** Changed since it was last written. */
  private dirty = false;
  /** Set once the first build or read-back is done: writes are only made from then on. */
  private open = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> | null = null;

  constructor(
    private readonly index: SearchIndex,
    private readonly kept: KeptSearchIndex,
    private readonly ledger: FileLedger,
    private readonly stored: StoredItems,
    private readonly papers: () => [string, PaperItemIds][],
  ) {}

  /** Notes a change made to the index: it is written again a while after the last one. */
  changed(): void {
    this.dirty = true;
    this.later();
  }

  /** The first build (or read-back) is done: writes now if `changed`, and after changes. */
  async opened(changed: boolean): Promise<void> {
    this.open = true;
    if (changed || this.dirty) await this.write();
  }

  /** Writes the index a while after the last change. */
  private later(): void {
    if (!this.open || this.writing) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.write(), this.kept.writeDelayMs ?? WRITE_DELAY_MS);
    this.timer.unref?.();
  }

  /** Writes the index now if it changed since it was last written (call before quitting). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.writing;
    if (this.dirty && this.open) await this.write();
  }

  /**
   * Checks the files changes touched, then writes the index out (as it is when the write begins:
   * changes go on meanwhile, and make it written again).
   */
  private async write(): Promise<void> {
    if (this.writing) {
      await this.writing;
      return this.flush();
    }
    this.dirty = false;
    this.writing = this.checkAndWrite().finally(() => {
      this.writing = null;
      if (this.dirty) this.later();
    });
    await this.writing;
  }

  private async checkAndWrite(): Promise<void> {
    const files = this.kept.files;
    for (const [path, file] of [...this.ledger.entries()]) {
      if (file.version !== null) continue;
      await this.stored.verify(files, this.ledger, file.kind, path).catch(() => undefined);
    }
    const { header: ledger, digests } = this.ledger.toKept();
    const header: KeptHeader = {
      format: KEPT_FORMAT,
      base: this.kept.base,
      ledger,
      papers: this.papers(),
    };
    // Not a copy of the index: it goes on taking changes (searchable at once) while the bytes
    // are written, without touching them (see `SearchIndex.writeBytes`).
    await this.index.writeBytes((chunks) => this.kept.bytes.write(chunks), {
      header,
      sections: [digests],
    });
  }
}
