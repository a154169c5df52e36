/**
 * Keeps the index of the added papers' text between runs (in the data folder's cache): at start
 * it is read back and brought up to date with the library (papers added, re-parsed or removed
 * since, by this app or by the command line while the app was closed, are indexed again or
 * dropped, by the version of each paper's search text); after changes it is written out again.
 * A library of 1,000 papers is then searchable at start without reading and indexing every
 * paper's text, and without the memory that indexing takes.
 */
import {
  paperIndexChunks,
  paperIndexFromBytes,
  type PaperSearchText,
  type SearchIndex,
} from '../../core/search';

/** Where the index is kept (the store's `derivedBytes` fits). */
export interface KeptBytes {
  read(): Promise<Uint8Array | null>;
  write(chunks: readonly Uint8Array[]): Promise<void>;
}

/** The papers' search texts and their versions (a DocumentService fits). */
export interface VersionedPaperTexts {
  /** A paper's passages and claims with their version, or null when it is gone. */
  searchText(documentId: string): Promise<PaperSearchText | null>;
  /** The version of the search text of each added paper not in the trash, by id. */
  textVersions(): Promise<Map<string, string>>;
}

/** How long after a change the index is written (changes often come in a burst). */
const WRITE_DELAY_MS = 2_000;

export class PaperIndexKeeper {
  /** Changed since it was last written. */
  private dirty = false;
  private building = true;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> | null = null;
  /** Changes that came while the index was being written, made once it is. */
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly search: SearchIndex,
    private readonly kept: KeptBytes,
    private readonly texts: VersionedPaperTexts,
    private readonly delayMs = WRITE_DELAY_MS,
  ) {}

  /**
   * Reads the kept index and brings it up to date: a paper whose text changed or that is new is
   * indexed from its search text (`turn` between two), one that is gone is dropped. Writes the
   * index out when anything changed.
   */
  async restore(turn: () => Promise<void>): Promise<void> {
    const bytes = await this.kept.read();
    const restored = bytes ? paperIndexFromBytes(bytes) : null;
    if (restored) this.search.adoptPapers(restored);
    const versions = await this.texts.textVersions();
    const papers = this.search.papers;
    let changed = restored === null;
    for (const id of papers.ids()) {
      if (versions.get(id) === papers.get(id)?.version) continue;
      papers.remove(id);
      changed = true;
    }
    for (const [id, version] of versions) {
      if (papers.get(id)?.version === version) continue;
      const text = await this.texts.searchText(id);
      if (text) this.search.setPaperText(text);
      changed = true;
      await turn();
    }
    // Built from nothing, the posting lists are scattered over what they outgrew: packed once.
    if (!restored) papers.index.pack();
    this.building = false;
    if (changed || this.dirty) await this.write();
  }

  /** Makes a change to the papers' index now, or once it has been written if it is being. */
  change(make: () => void): void {
    if (this.writing) this.waiting.push(make);
    else make();
    this.dirty = true;
    this.later();
  }

  /** Writes the index a while after the last change (the build writes it when it ends). */
  private later(): void {
    if (this.building || this.writing) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.write(), this.delayMs);
    this.timer.unref?.();
  }

  /** Writes the index now if it changed since it was last written (call before quitting). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.writing;
    if (this.dirty && !this.building) await this.write();
  }

  /**
   * Writes the index out. Its posting arrays are written as they are, not copied, so nothing
   * changes the index until they are written (changes wait, queries do not prune).
   */
  private async write(): Promise<void> {
    if (this.writing) {
      await this.writing;
      return this.flush();
    }
    this.dirty = false;
    const index = this.search.papers.index;
    index.frozen = true;
    this.writing = this.kept.write(paperIndexChunks(this.search.papers)).finally(() => {
      index.frozen = false;
      this.writing = null;
      for (const make of this.waiting.splice(0)) make();
      if (this.dirty) this.later();
    });
    await this.writing;
  }
}
