/**
 * Search over the whole library: every paper's passages and claims (the bundled one and those the
 * user added; hits name their paper), bundled and user works, notes and user claims. Read back
 * from where it was kept (brought up to date with the files changed since) or built in the
 * background (in chunks, so a 100,000-work library does not freeze the app), then kept current
 * item by item as works, notes and claims change.
 */
import type { Work } from '../../core/bibliography/model';
import {
  createSearchIndex,
  type PaperSearchText,
  type SearchIndex,
  type SearchKind,
  type SearchOptions,
  type SearchResults,
} from '../../core/search';
import { FileLedger, itemDigest } from './fileLedger';
import type { KeptSearchIndex, SourceKind } from './keptIndex';
import { readKeptIndex, syncChangedFiles } from './keptIndexReader';
import { backgroundTurn } from '../background/requestsFirst';
import { KeptIndexWriter } from './keptIndexWriter';
import { PaperItems } from './paperItems';
import { isStoredRef, PaperTextsRead } from './paperTextsRead';
import { PaperIndexKeeper } from './paperIndexKeeper';
import {
  discardSources,
  itemsOf,
  type IndexableNote,
  type IndexablePaper,
  type IndexableUserClaim,
  type SearchBuildOptions,
  type SearchSources,
} from './searchSources';
import { StoredItems } from './storedItems';

export class SearchService {
  /** Sources that could not be read (their items are not searchable); see `sourceErrors`. */
  private readonly failures: unknown[] = [];
  /** While the first build runs: items changed meanwhile, which the build must not overwrite. */
  private changedDuringBuild: Set<string> | null = new Set();
  /** Resolves when every item of the sources is searchable. */
  readonly ready: Promise<void>;
  /**
   * Resolves once the index has been kept after the first build or read-back (when there is
   * somewhere to keep it and it was built, or brought up to date), or when nothing was to be kept.
   */
  readonly kept: Promise<void>;
  /** Whether the index was read from where it was kept rather than built. */
  restored = false;
  /** While a kept index is being read: the changes made meanwhile, applied to it once read. */
  private replay: (() => void)[] | null = null;
  /** Added papers' texts read for hits (see `SearchBuildOptions.texts`). */
  private readonly textsRead: PaperTextsRead;
  private readonly papers: PaperItems;
  private readonly stored: StoredItems;
  /** Which stored items the index holds, by file (with `kept`). */
  private readonly ledger: FileLedger | null;
  private readonly writer: KeptIndexWriter | null;
  /** Set by `close`: the first build stops at its next turn and keeps nothing. */
  private closing = false;

  private constructor(
    // Restored in place: the papers' index keeper holds it too.
    private readonly index: SearchIndex,
    sources: SearchSources,
    options: SearchBuildOptions,
  ) {
    if (options.workHits) index.shareWorkHits(options.workHits);
    this.textsRead = new PaperTextsRead(options.texts);
    const versioned = options.texts?.textVersions ? options.texts : undefined;
    const keeper =
      options.keptPapers && versioned
        ? new PaperIndexKeeper(index, options.keptPapers, {
            searchText: (id) => versioned.searchText(id),
            textVersions: () => versioned.textVersions!(),
          })
        : null;
    this.papers = new PaperItems(index, options.texts, keeper);
    this.keeper = keeper;
    this.whileBuilding = options.whileBuilding ?? ((build) => build());
    this.stored = new StoredItems(index, sources.library.works);
    const kept = options.kept;
    this.ledger = kept ? new FileLedger(kept.files) : null;
    this.writer =
      kept && this.ledger
        ? new KeptIndexWriter(index, kept, this.ledger, this.stored, () => this.papers.kept())
        : null;
    // The bundled paper is searchable at once.
    this.papers.put(sources.library.paper);
    const first = options.after?.catch(() => undefined) ?? Promise.resolve();
    const chunk = Math.max(1, options.chunkSize ?? 2_000);
    const opened = first.then(() => this.open(sources, chunk, kept));
    this.ready = opened.then(() => undefined);
    this.kept = opened.then((changed) => this.keep(changed)).catch(() => undefined);
  }

  /** Keeps the added papers' index between runs (with `keptPapers`). */
  private readonly keeper: PaperIndexKeeper | null;
  /** Runs the first build from the sources (see `SearchBuildOptions.whileBuilding`). */
  private readonly whileBuilding: NonNullable<SearchBuildOptions['whileBuilding']>;

  /**
   * Reads the kept index back and brings it up to date, or builds it from `sources` (from the
   * kept index's files, with `kept`); answers whether the index is to be kept now.
   */
  private async open(
    sources: SearchSources,
    chunk: number,
    kept: KeptSearchIndex | undefined,
  ): Promise<boolean> {
    // Items indexed in bulk are kept packed (see `SearchIndex.packItems`); edits after, as they are.
    this.index.packItems(true);
    try {
      return await this.fill(sources, chunk, kept);
    } finally {
      this.index.packItems(false);
    }
  }

  private async fill(
    sources: SearchSources,
    chunk: number,
    kept: KeptSearchIndex | undefined,
  ): Promise<boolean> {
    let n = 0;
    /** A turn for the event loop every `chunk` items; true once the service is closing. */
    const step = async (): Promise<boolean> => {
      if (++n % chunk === 0) await backgroundTurn();
      return this.closing;
    };
    if (kept && (await this.readKept(kept))) {
      this.restored = true;
      // The bundled paper comes with the app, which may have been updated since.
      this.papers.put(sources.library.paper);
      discardSources(sources);
      const changed = await this.syncFiles(kept, step);
      // Items indexed again (the bundled paper's too) leave their old postings: dropped, so that
      // words weigh exactly as in a fresh build.
      this.index.dropRemoved();
      await this.fillPapers(sources, true);
      this.changedDuringBuild = null;
      return changed;
    }
    return this.whileBuilding(() => this.build(sources, kept, step));
  }

  /** Builds the index from `sources` (from the kept index's files, with `kept`). */
  private async build(
    sources: SearchSources,
    kept: KeptSearchIndex | undefined,
    step: () => Promise<boolean>,
  ): Promise<boolean> {
    for (const work of sources.library.works) {
      if (this.fresh('work', work.citationKey)) this.index.upsertWork(work);
      if (await step()) return false;
    }
    if (kept) {
      discardSources({ ...sources, documents: undefined });
      await this.syncFiles(kept, step);
    } else {
      const failed = (error: unknown) => this.failures.push(error);
      await this.stored.fill(sources, (kind, id) => this.fresh(kind, id), step, failed);
    }
    if (this.closing) return false;
    this.index.pack();
    await this.fillPapers(sources, false);
    this.changedDuringBuild = null;
    return true;
  }

  /** Keeps the index after the first build or read-back (see `kept`). */
  private async keep(changed: boolean): Promise<void> {
    if (this.closing || !this.writer) return;
    await this.writer.opened(changed);
  }

  /** Reads the kept index into this one (changes made meanwhile applied); false when unusable. */
  private async readKept(kept: KeptSearchIndex): Promise<boolean> {
    this.replay = [];
    const adopted = await readKeptIndex(this.index, kept, this.ledger!, this.papers);
    const changes = this.replay;
    this.replay = null;
    if (adopted) for (const change of changes) change();
    return adopted;
  }

  /** Brings the index up to date with every file changed since the ledger last saw it. */
  private syncFiles(kept: KeptSearchIndex, step: () => Promise<boolean>): Promise<boolean> {
    return syncChangedFiles({
      kept,
      ledger: this.ledger!,
      stored: this.stored,
      fresh: (kind, id) => this.fresh(kind, id),
      step,
      failed: (error) => this.failures.push(error),
    });
  }

  private async fillPapers(sources: SearchSources, restored: boolean): Promise<void> {
    if (this.closing) return;
    const failed = (error: unknown) => this.failures.push(error);
    await this.papers.fill(
      itemsOf(sources.documents, failed),
      restored,
      (id) => this.fresh('document', id),
      failed,
    );
  }

  /** Whether item `id` of `kind` was not changed since the first build began. */
  private fresh(kind: SearchKind | 'document', id: string): boolean {
    return !this.changedDuringBuild?.has(`${kind}:${id}`);
  }

  /**
   * Starts indexing `sources` and returns at once: the paper is searchable immediately, works
   * and notes as they are indexed, `chunkSize` at a time between yields to the event loop (so
   * a 100,000-work library never blocks other requests for long). Changes reported meanwhile
   * win over the sources' snapshot. `ready` resolves when all is indexed.
   */
  static start(sources: SearchSources, options: SearchBuildOptions = {}): SearchService {
    return new SearchService(createSearchIndex(), sources, options);
  }

  /** Like `start`, resolving once everything is searchable. */
  static async build(
    sources: SearchSources,
    options: SearchBuildOptions = {},
  ): Promise<SearchService> {
    const service = SearchService.start(sources, options);
    await service.ready;
    return service;
  }

  /** True until the first build has indexed every item (results may be incomplete). */
  get building(): boolean {
    return this.changedDuringBuild !== null;
  }

  /** Errors of sources that could not be read during the build (their items are missing). */
  get sourceErrors(): readonly unknown[] {
    return this.failures;
  }

  /** Writes the kept indexes out now if they changed (call before quitting). */
  async flush(): Promise<void> {
    await this.writer?.flush();
    await this.keeper?.flush();
  }

  /**
   * Stops the first build at its next turn, waits for what is being written, and writes the
   * kept indexes if they changed: once this resolves nothing more is written into the data
   * folder (the app quits, or a test removes the folder).
   */
  async close(): Promise<void> {
    this.closing = true;
    await this.kept;
    await this.flush();
  }

  /** Notes a change of one item and makes it with `apply` (again on a kept index being read). */
  private changed(kind: SearchKind | 'document', id: string, apply: () => void): void {
    this.changedDuringBuild?.add(`${kind}:${id}`);
    apply();
    this.replay?.push(apply);
    this.writer?.changed();
  }

  /** A change of a stored item: indexed, and recorded in the ledger (with a kept index). */
  private storedChanged<K extends SourceKind>(
    kind: K,
    id: string,
    item: Parameters<StoredItems['put']>[1] | null,
    digest: number | null,
  ): void {
    this.changed(kind, id, () => {
      if (item) this.stored.put(kind, item as never);
      else this.stored.drop(kind, id);
      this.ledger?.changed(kind, id, digest);
    });
  }

  /** The digest the ledger keeps of a stored item (none without a kept index). */
  private digestOf(item: unknown): number | null {
    return this.ledger ? itemDigest(item) : null;
  }

  /**
   * Searches works, claims, notes and the papers' passages; see `SearchIndex.search`. Passages
   * and claims whose text is kept on disk are shown only when their paper's text has been read
   * (by an earlier `find`): the app searches with `find`.
   */
  search(query: string, options?: SearchOptions): SearchResults {
    return this.index.render(this.index.rank(query, options), (kind, item) =>
      this.textsRead.shown(kind, item),
    );
  }

  /** Like `search`, reading the kept text of the papers its passage and claim hits are in. */
  async find(query: string, options?: SearchOptions): Promise<SearchResults> {
    const ranked = this.index.rank(query, options);
    const wanted = new Set<string>();
    for (const { item } of [...ranked.top.passage, ...ranked.top.claim]) {
      if (isStoredRef(item)) wanted.add(item.documentId);
    }
    for (const documentId of wanted) await this.textsRead.load(documentId);
    return this.index.render(ranked, (kind, item) => this.textsRead.shown(kind, item));
  }

  /** How many items of each kind are searchable. */
  counts(): Record<SearchKind, number> {
    return {
      work: this.index.count('work'),
      claim: this.index.count('claim'),
      note: this.index.count('note'),
      passage: this.index.count('passage'),
    };
  }

  /** A work was added or edited (or, a stored work gone, the bundled one of its key is back). */
  workChanged(work: Work): void {
    const stored = !this.stored.isBundled(work);
    this.storedChanged('work', work.citationKey, work, stored ? this.digestOf(work) : null);
  }

  /** A work was deleted (by citation key). */
  workRemoved(key: string): void {
    this.storedChanged('work', key, null, null);
  }

  /** A note was created or edited; a trashed note leaves the results, a restored one returns. */
  noteChanged(note: IndexableNote): void {
    this.storedChanged('note', note.id, note, this.digestOf(note));
  }

  /** A note was deleted for good. */
  noteRemoved(id: string): void {
    this.storedChanged('note', id, null, null);
  }

  userClaimChanged(claim: IndexableUserClaim): void {
    this.storedChanged('claim', claim.id, claim, this.digestOf(claim));
  }

  userClaimRemoved(id: string): void {
    this.storedChanged('claim', id, null, null);
  }

  /**
   * A paper was added or (re-)analysed: its passages and claims replace its previous ones. Their
   * ids are qualified by the paper ("doc#b12") and their anchors name it.
   */
  documentChanged(paper: IndexablePaper | PaperSearchText): void {
    this.changed('document', paper.documentId, () => {
      this.textsRead.forget(paper.documentId);
      this.papers.put(paper);
    });
  }

  /** The bundled paper was re-analysed (see documentChanged). */
  paperChanged(paper: IndexablePaper): void {
    this.documentChanged(paper);
  }

  /** A paper was removed (or moved to the trash): its passages and claims leave the results. */
  documentRemoved(documentId: string): void {
    this.changed('document', documentId, () => {
      this.papers.drop(documentId);
      this.textsRead.forget(documentId);
    });
  }

  /** The ids of the papers whose text is searchable. */
  indexedDocuments(): string[] {
    return this.papers.ids();
  }
}
