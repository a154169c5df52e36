/**
 * The library's documents: the bundled paper (always the first) and the papers the user added.
 * Lists them from their records (no parse) and opens one (parsed from its kept file, kept analysed
 * for the next open, its search text kept in the data folder). The other use cases live in their
 * own files and this class binds them to one store: adding (addDocument.ts), re-parsing
 * (reparseDocument.ts), the user's corrections (documentCorrections.ts), the kept file and the
 * trash (documentFiles.ts).
 */
import type { Work } from '../../core/bibliography/model';
import { BUNDLED_DOCUMENT_ID } from '../../core/documents/ids';
import { emptyDocumentLinks, type DocumentLinks } from '../../core/documents/links';
import type { DocumentRecord } from '../../core/documents/model';
import { sourceFormatOf } from '../../core/documents/sourceText';
import { bundledDocumentView, type AnalysedPaper } from '../../core/paper';
import { searchTextOf, type PaperSearchText } from '../../core/search';
import type { UserDataStore } from '../../store';
import { ServiceError } from '../errors';
import { addDocument, type AddDocumentInput, type AddDocumentResult } from './addDocument';
import {
  answerMatch,
  correctCitation,
  correctReference,
  updateDocumentLinks,
  type CitationCorrection,
  type CorrectionContext,
} from './documentCorrections';
import { keptFileOf, setDocumentDeleted } from './documentFiles';
import { DocumentListing } from './documentListing';
import { summaryOf, type DocumentSummary, type DocumentView } from './model';
import { viewOfDocument } from './openDocument';
import { keptSource } from './paperSource';
import { keepPaperText, paperTextVersion, readPaperText } from './paperText';
import { keepCoCited, readCoCited } from './coCited';
import { workOfPaper } from './paperWork';
import { citesOf } from '../../core/documents/cites';
import { readInThread, type PaperReader } from './readInWorker';
import { reparseDocument } from './reparseDocument';
import { KeyedSerialQueue } from '../../store/serialQueue';
import { libraryWorksOf, storedLinks, storedRecord } from './storedDocument';

/** The bundled paper and its bibliography (a LibraryService fits). */
export interface BundledLibrary {
  readonly paper: AnalysedPaper;
  readonly works: readonly Work[];
}

export type { CitationCorrection } from './documentCorrections';

export interface DocumentServiceOptions {
  now?: () => Date;
  /** Opened documents kept analysed (default 8). */
  keepOpen?: number;
  /** Reads a kept paper's text when it is opened (the app: in a worker thread; default in-thread). */
  read?: PaperReader;
}

export class DocumentService {
  private readonly now: () => Date;
  private readonly keepOpen: number;
  private readonly read: PaperReader;
  private readonly listing: DocumentListing;
  /** Opened documents, least recently used first. */
  private readonly opened = new Map<string, DocumentView>();
  /**
   * Changes seen per document, and those that touch every document (to the works, or to
   * documents without ids): an open that saw one while it read is not kept, since what it read
   * may be older than what is stored now.
   */
  private readonly seen = new Map<string, number>();
  private seenByAll = 0;
  /**
   * What changes a document's links (answers, corrections, reparses) runs one at a time per
   * document: each reads the links another has just written, so no answer is lost.
   */
  private readonly linkChanges = new KeyedSerialQueue();
  private bundledView: DocumentView | null = null;

  constructor(
    private readonly store: UserDataStore,
    private readonly bundled: BundledLibrary,
    options: DocumentServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.keepOpen = options.keepOpen ?? 8;
    this.read = options.read ?? readInThread;
    this.listing = new DocumentListing(store);
    // An opened document is stale when it or any work changed (a work it cites may be gone).
    store.changes.subscribe((change) => {
      if (change.collection === 'works' || (change.collection === 'documents' && !change.ids)) {
        this.seenByAll += 1;
        this.opened.clear();
      } else if (change.collection === 'documents') {
        for (const id of change.ids ?? []) {
          this.seen.set(id, (this.seen.get(id) ?? 0) + 1);
          this.opened.delete(id);
        }
      }
    });
  }

  /** Every document, the bundled paper first, then the user's by when they were added. */
  async list(where: 'documents' | 'trash' | 'all' = 'documents'): Promise<DocumentSummary[]> {
    const own = (await this.listing.summaries())
      .filter((r) => r.id !== BUNDLED_DOCUMENT_ID)
      .filter((r) => (where === 'all' ? true : (where === 'trash') === (r.deletedAt !== null)))
      .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
    return where === 'trash' ? own : [this.bundledSummary(), ...own];
  }

  /** One document's summary; throws NotFoundError for an unknown id. */
  async summary(documentId: string): Promise<DocumentSummary> {
    if (documentId === BUNDLED_DOCUMENT_ID) return this.bundledSummary();
    return summaryOf(await this.record(documentId));
  }

  /** A document opened for reading; throws NotFoundError for an unknown id. */
  async get(documentId: string): Promise<DocumentView> {
    if (documentId === BUNDLED_DOCUMENT_ID) return this.bundledDocument();
    const cached = this.opened.get(documentId);
    if (cached) {
      this.opened.delete(documentId);
      this.opened.set(documentId, cached);
      return cached;
    }
    for (let attempt = 1; ; attempt++) {
      const before = this.changesSeen(documentId);
      const record = structuredClone(await this.record(documentId));
      const view = await this.parse(record, structuredClone(await this.links(documentId)));
      if (this.changesSeen(documentId) !== before) {
        // Changed while it was read: read again (a view older than the store is never kept).
        if (attempt < 3) continue;
        return view;
      }
      this.opened.set(documentId, view);
      while (this.opened.size > this.keepOpen) {
        this.opened.delete(this.opened.keys().next().value!);
      }
      return view;
    }
  }

  /** A document to read (search indexes it), or null when it is gone, in the trash or unreadable. */
  async openIfLive(documentId: string): Promise<DocumentView | null> {
    try {
      if ((await this.summary(documentId)).deletedAt !== null) return null;
      return await this.get(documentId);
    } catch (error) {
      if (error instanceof ServiceError) return null;
      throw error;
    }
  }

  /** The ids of every document not in the trash, the bundled paper first. */
  async liveIds(): Promise<string[]> {
    return (await this.list()).map((d) => d.id);
  }

  /**
   * What search needs of a document (its passages and claims), or null when it is gone, in the
   * trash or unreadable. Read from the data folder's cache when it is current; otherwise the
   * paper is parsed (with the `read` option's reader) and its search text kept for next time.
   */
  async searchText(documentId: string): Promise<PaperSearchText | null> {
    if (documentId === BUNDLED_DOCUMENT_ID) {
      return searchTextOf({ ...this.bundledDocument(), documentId });
    }
    try {
      const record = await this.record(documentId);
      if (record.deletedAt !== null) return null;
      const links = await this.links(documentId);
      const kept = await readPaperText(this.store, record, links);
      if (kept) return kept;
      const view = this.opened.get(documentId) ?? (await this.parse(record, links));
      return await keepPaperText(this.store, record, links, view);
    } catch (error) {
      if (error instanceof ServiceError) return null;
      throw error;
    }
  }

  /**
   * The version of the search text of each paper the user added (not in the trash), by id: what
   * `searchText` answers changes exactly when its version does (no paper is read for this).
   */
  async textVersions(): Promise<Map<string, string>> {
    // Every record and link at once: a read per paper costs seconds at 1,000 papers.
    const [records, links] = await Promise.all([
      this.store.documentRecords.all(),
      this.store.documentLinks.all(),
    ]);
    const linksOf = new Map(links.map((l) => [l.documentId, l]));
    const versions = new Map<string, string>();
    for (const record of records) {
      if (record.id === BUNDLED_DOCUMENT_ID || record.deletedAt !== null) continue;
      const kept = linksOf.get(record.id) ?? emptyDocumentLinks(record.id);
      versions.set(record.id, paperTextVersion(record, kept));
    }
    return versions;
  }

  /** The search text of each paper the user added (not in the trash), one after the other. */
  async *addedPaperTexts(): AsyncGenerator<PaperSearchText> {
    for (const id of (await this.liveIds()).filter((id) => id !== BUNDLED_DOCUMENT_ID)) {
      const text = await this.searchText(id);
      if (text) yield text;
    }
  }

  /**
   * Which works each claim of a document cites together (two or more): kept in the data folder's
   * cache, derived from the paper when missing; empty for an unknown document.
   */
  async coCited(documentId: string): Promise<string[][]> {
    if (documentId === BUNDLED_DOCUMENT_ID) return citesOf(this.bundledDocument()).together;
    const record = await this.store.documentRecords.get(documentId);
    if (!record) return [];
    if (record.cites?.together) return record.cites.together; // a record written before
    const links = await this.links(documentId);
    const kept = await readCoCited(this.store, record, links);
    if (kept) return kept;
    const view = await this.openIfLive(documentId);
    if (!view) return [];
    const { together } = citesOf(view);
    await keepCoCited(this.store, record, links, together);
    return together;
  }

  /** The text of a document's claim, or null when there is no such document or claim. */
  async claimText(documentId: string, claimId: string): Promise<string | null> {
    if (documentId === BUNDLED_DOCUMENT_ID) {
      return this.bundledDocument().claims.find((c) => c.id === claimId)?.text ?? null;
    }
    const text = await this.searchText(documentId);
    return text?.claims.find((c) => c.id === `${documentId}#${claimId}`)?.text ?? null;
  }

  /** Adds a paper from its file's bytes; see addDocument. */
  add(input: AddDocumentInput): Promise<AddDocumentResult> {
    return addDocument(input, {
      store: this.store,
      libraryWorks: () => this.libraryWorks(),
      now: this.now,
    });
  }

  /**
   * Where a document's kept original is on disk (for the system viewer) and what it is. Throws
   * for the bundled paper (it has no file of its own) and for a file that is missing.
   */
  keptFile(documentId: string): Promise<{ path: string; kind: DocumentRecord['kind'] }> {
    return keptFileOf(this.store, documentId);
  }

  /** Moves a document to the trash (restore undoes it); its works and notes stay. */
  remove(documentId: string): Promise<DocumentSummary> {
    return setDocumentDeleted(this.store, documentId, this.now().toISOString());
  }

  /** Takes a document out of the trash. */
  restore(documentId: string): Promise<DocumentSummary> {
    return setDocumentDeleted(this.store, documentId, null);
  }

  /**
   * Parses a document again from its kept file with today's parser. Links and corrections the
   * user made are kept; entries that are new to this parse are linked (works made as needed).
   */
  async reparse(documentId: string): Promise<DocumentSummary> {
    if (documentId === BUNDLED_DOCUMENT_ID) return this.bundledSummary();
    return this.linkChanges.run(documentId, () => this.reparseNow(documentId));
  }

  private async reparseNow(documentId: string): Promise<DocumentSummary> {
    if (documentId === BUNDLED_DOCUMENT_ID) return this.bundledSummary();
    return reparseDocument(await this.record(documentId), {
      store: this.store,
      read: this.read,
      libraryWorks: () => this.libraryWorks(),
      now: this.now,
    });
  }

  /** Changes what the library decided about a document (links, corrections) and saves it. */
  updateLinks(documentId: string, change: (links: DocumentLinks) => void): Promise<void> {
    return this.linkChanges.run(documentId, () =>
      updateDocumentLinks(this.store, documentId, change),
    );
  }

  /**
   * Sets fields of a reference-list entry. A work made from the entry takes them in; an entry
   * linked to a library work is linked again from the corrected fields (never merged silently).
   */
  correctReference(
    documentId: string,
    key: string,
    fields: Record<string, unknown>,
  ): Promise<DocumentSummary> {
    return this.linkChanges.run(documentId, () =>
      correctReference(this.corrections(), documentId, key, fields),
    );
  }

  /**
   * Re-links a citation (its id in the current parse) to another entry or to a work, marks it as
   * not a citation, or drops the correction ('reset').
   */
  correctCitation(
    documentId: string,
    citationId: string,
    to: CitationCorrection,
  ): Promise<DocumentSummary> {
    return this.linkChanges.run(documentId, () =>
      correctCitation(this.corrections(), documentId, citationId, to),
    );
  }

  /**
   * Answers a suggested match: accepted, the entry is that work; rejected, the entry becomes a
   * work of its own and that work is never suggested for it again.
   */
  answerMatch(documentId: string, key: string, accept: boolean): Promise<DocumentSummary> {
    return this.linkChanges.run(documentId, () =>
      answerMatch(this.corrections(), documentId, key, accept),
    );
  }

  /** Every work of the library: the bundled ones (a stored copy replaces one) and the stored. */
  libraryWorks(): Promise<Work[]> {
    return libraryWorksOf(this.store, this.bundled.works);
  }

  private corrections(): CorrectionContext {
    return {
      store: this.store,
      open: (id) => this.get(id),
      reparse: (id) => this.reparseNow(id), // already in the document's turn
      workExists: async (key) =>
        this.bundled.works.some((w) => w.citationKey === key) ||
        (await this.store.works.get(key)) !== undefined,
    };
  }

  /** A stored document parsed from its kept file, with what the library decided about it. */
  private async parse(record: DocumentRecord, links: DocumentLinks): Promise<DocumentView> {
    const source = await keptSource(record, this.store.paperFiles);
    const format = sourceFormatOf(source.kind);
    return viewOfDocument(
      record,
      source,
      links,
      await this.read(source.text, record.id, { format }),
    );
  }

  private changesSeen(documentId: string): string {
    return `${this.seenByAll}/${this.seen.get(documentId) ?? 0}`;
  }

  private links(documentId: string): Promise<DocumentLinks> {
    return storedLinks(this.store, documentId);
  }

  private record(documentId: string): Promise<DocumentRecord> {
    return storedRecord(this.store, documentId);
  }

  private bundledDocument(): DocumentView {
    if (!this.bundledView) {
      const view = bundledDocumentView(
        this.bundled.paper,
        this.bundled.works,
        this.store.meta.createdAt,
      );
      view.summary.workKey = workOfPaper(view.summary, this.bundled.works);
      this.bundledView = view;
    }
    return this.bundledView;
  }

  private bundledSummary(): DocumentSummary {
    return this.bundledDocument().summary;
  }
}
