/**
 * The library's documents: the bundled paper (always the first) and the papers the user added.
 * Lists them from their records (no parse), opens one (parsed from its kept file, kept analysed
 * for the next open), adds a paper (see addDocument.ts), moves one to the trash and back, and
 * re-parses one with today's parser, keeping every link and correction the user made.
 */
import type { CslItem, Work } from '../../core/bibliography/model';
import { BUNDLED_DOCUMENT_ID } from '../../core/documents/ids';
import { emptyDocumentLinks, type DocumentLinks } from '../../core/documents/links';
import { DOCUMENT_PARSER_VERSION, type DocumentRecord } from '../../core/documents/model';
import { bundledDocumentView, type AnalysedPaper } from '../../core/paper';
import { ownItem, type UserDataStore } from '../../store';
import { NotFoundError, ServiceError } from '../errors';
import { addDocument, type AddDocumentInput, type AddDocumentResult } from './addDocument';
import { linkReferences, parsedWorksWithRevision } from './linkReferences';
import { putWorksWithHistory } from '../works/historyWrites';
import { summaryOf, type DocumentSummary, type DocumentView } from './model';
import { viewOfDocument } from './openDocument';
import { keptLayoutBytes, keptSource, readPaperSource } from './paperSource';
import { statsOf } from './stats';
import { linkPapersToWorks, workOfPaper } from './paperWork';
import { citesOf, recordCites } from '../../core/documents/cites';
import { searchTextOf, type PaperSearchText } from '../../core/search';
import { keepPaperText, paperTextVersion, readPaperText } from './paperText';
import { keepCoCited, readCoCited } from './coCited';
import { DocumentListing } from './documentListing';
import { readInThread, type PaperReader } from './readInWorker';
import { sourceFormatOf } from '../../core/documents/sourceText';

/** The bundled paper and its bibliography (a LibraryService fits). */
export interface BundledLibrary {
  readonly paper: AnalysedPaper;
  readonly works: readonly Work[];
}

/** What a citation is corrected to. */
export type CitationCorrection =
  | { kind: 'reference'; referenceKey: string }
  | { kind: 'work'; workKey: string }
  | { kind: 'not-a-citation' }
  | { kind: 'reset' };

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
      if (change.collection === 'works') this.opened.clear();
      if (change.collection !== 'documents') return;
      if (change.ids === null) this.opened.clear();
      else for (const id of change.ids) this.opened.delete(id);
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
    const record = await this.record(documentId);
    const view = await this.parse(record, await this.links(documentId));
    this.opened.set(documentId, view);
    while (this.opened.size > this.keepOpen) this.opened.delete(this.opened.keys().next().value!);
    return view;
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
  async keptFile(documentId: string): Promise<{ path: string; kind: DocumentRecord['kind'] }> {
    if (documentId === BUNDLED_DOCUMENT_ID) {
      throw new ServiceError(
        'no-file',
        'The bundled paper ships with Scholion; it has no file to open.',
      );
    }
    const record = await this.record(documentId);
    const path = record.file ? this.store.paperFiles.locate(record.file.path) : null;
    const bytes = record.file ? await this.store.paperFiles.read(record.file.path) : null;
    if (!path || !bytes) {
      throw new ServiceError(
        'missing-file',
        `The kept copy of “${record.title}” is missing from the library folder; add the paper again.`,
      );
    }
    return { path, kind: record.kind };
  }

  /** Moves a document to the trash (restore undoes it); its works and notes stay. */
  remove(documentId: string): Promise<DocumentSummary> {
    return this.setDeleted(documentId, this.now().toISOString());
  }

  /** Takes a document out of the trash. */
  restore(documentId: string): Promise<DocumentSummary> {
    return this.setDeleted(documentId, null);
  }

  /**
   * Parses a document again from its kept file with today's parser. Links and corrections the
   * user made are kept; entries that are new to this parse are linked (works made as needed).
   */
  async reparse(documentId: string): Promise<DocumentSummary> {
    if (documentId === BUNDLED_DOCUMENT_ID) return this.bundledSummary();
    const record = await this.record(documentId);
    const bytes = record.file ? await this.store.paperFiles.read(record.file.path) : null;
    if (!bytes || !record.file) {
      throw new ServiceError(
        'missing-file',
        `The kept copy of “${record.title}” (${record.file?.path ?? 'no file'}) is missing from the library folder; add the paper again.`,
      );
    }
    // A PDF is read again (today's layout), and its new layout kept beside it.
    const source = await readPaperSource(record.file.name, bytes);
    const textLayer = source.pdf
      ? (await this.store.paperFiles.put(keptLayoutBytes(source.pdf.layout), 'json')).path
      : undefined;
    const before =
      (await this.store.documentLinks.get(documentId)) ?? emptyDocumentLinks(documentId);
    const read = await this.read(source.text, documentId, {
      format: sourceFormatOf(source.kind),
    });
    const draft = viewOfDocument(record, source, before, read);
    const works = await this.libraryWorks();
    const { links, newWorks } = linkReferences(
      draft.references,
      before.references,
      before.corrections.references,
      {
        works,
        document: { id: documentId, title: record.title },
        now: this.now(),
      },
    );
    const after: DocumentLinks = { ...before, references: links };
    const view = viewOfDocument(record, source, after, read);
    const updatedAt = this.now().toISOString();
    const file = record.file && textLayer ? { ...record.file, textLayer } : record.file;
    // Kept before the record changes: search re-indexes the paper on that change.
    await keepPaperText(this.store, { ...record, file, updatedAt }, after, view);
    await putWorksWithHistory(
      this.store,
      parsedWorksWithRevision(newWorks, record.title, this.now()),
    );
    await this.store.documentLinks.update(documentId, (items) => {
      items[documentId] = after;
    });
    let stale: string | null = null;
    const updated = await this.store.documentRecords.update(documentId, (items) => {
      const current = ownItem(items, documentId);
      if (!current) throw new NotFoundError(`No document with id ${documentId}.`);
      current.stats = statsOf(view, source.encoding);
      if (source.pdf) current.stats.pages = source.pdf.pageCount;
      // Papers added before the first page's year was read take it now.
      current.year ??= source.pdf?.titleBlock.year ?? null;
      if (textLayer && current.file) {
        const old = current.file.textLayer;
        current.file.textLayer = textLayer;
        // The layout an older parser made is no one's once no record names it.
        const named = Object.values(items).some((r) => r?.file?.textLayer === old);
        if (old && old !== textLayer && !named) stale = old;
      }
      current.cites = recordCites(citesOf(view));
      current.workKey = current.workKey ?? workOfPaper(current, works);
      linkPapersToWorks(items, newWorks);
      current.parserVersion = DOCUMENT_PARSER_VERSION;
      current.updatedAt = updatedAt;
      return structuredClone(current);
    });
    // Removed only after the record names the new layout: a failed reparse keeps the old one.
    if (stale) await this.store.paperFiles.remove(stale);
    return summaryOf(updated);
  }

  /** Changes what the library decided about a document (links, corrections) and saves it. */
  async updateLinks(documentId: string, change: (links: DocumentLinks) => void): Promise<void> {
    await this.record(documentId);
    await this.store.documentLinks.update(documentId, (items) => {
      const links = ownItem(items, documentId) ?? emptyDocumentLinks(documentId);
      change(links);
      items[documentId] = links;
    });
  }

  /**
   * Sets fields of a reference-list entry. A work made from the entry takes them in; an entry
   * linked to a library work is linked again from the corrected fields (never merged silently).
   */
  async correctReference(
    documentId: string,
    key: string,
    fields: Record<string, unknown>,
  ): Promise<DocumentSummary> {
    let madeWork: string | null = null;
    await this.updateLinks(documentId, (links) => {
      links.corrections.references[key] = { fields: fields as Partial<CslItem> };
      const link = links.references[key];
      if (link?.how === 'created') madeWork = link.workKey;
      else delete links.references[key];
    });
    const workKey = madeWork as string | null;
    if (workKey) {
      await this.store.works.update(workKey, (items) => {
        const work = ownItem(items, workKey);
        if (!work) return;
        work.csl = { ...work.csl, ...(fields as Partial<CslItem>), id: workKey };
        delete work.source; // a .bib source would no longer match the record
      });
    }
    return this.reparse(documentId);
  }

  /**
   * Re-links a citation (its id in the current parse) to another entry or to a work, marks it as
   * not a citation, or drops the correction ('reset').
   */
  async correctCitation(
    documentId: string,
    citationId: string,
    to: CitationCorrection,
  ): Promise<DocumentSummary> {
    const view = await this.get(documentId);
    const key = view.citationKeys[citationId] ?? citationId; // a key itself (a dismissed one)
    if (to.kind === 'work' && !(await this.workExists(to.workKey))) {
      throw new NotFoundError(`No work with key \`${to.workKey}\` in the library.`);
    }
    if (to.kind === 'reference' && !view.references.some((r) => r.key === to.referenceKey)) {
      throw new NotFoundError('That reference is not in the paper’s reference list.');
    }
    await this.updateLinks(documentId, (links) => {
      if (to.kind === 'reset') delete links.corrections.citations[key];
      else if (to.kind === 'not-a-citation')
        links.corrections.citations[key] = { notCitation: true };
      else if (to.kind === 'work') links.corrections.citations[key] = { workKey: to.workKey };
      else links.corrections.citations[key] = { referenceKey: to.referenceKey };
    });
    return this.reparse(documentId);
  }

  /**
   * Answers a suggested match: accepted, the entry is that work; rejected, the entry becomes a
   * work of its own and that work is never suggested for it again.
   */
  async answerMatch(documentId: string, key: string, accept: boolean): Promise<DocumentSummary> {
    await this.updateLinks(documentId, (links) => {
      const link = links.references[key];
      if (!link?.candidate) {
        throw new ServiceError('no-match', 'That reference has no suggested match to answer.');
      }
      links.references[key] = accept
        ? {
            workKey: link.candidate.workKey,
            how: 'confirmed',
            candidate: null,
            rejected: link.rejected,
          }
        : {
            workKey: null,
            how: null,
            candidate: null,
            rejected: [...link.rejected, link.candidate.workKey],
          };
    });
    return this.reparse(documentId);
  }

  private async workExists(key: string): Promise<boolean> {
    return (
      this.bundled.works.some((w) => w.citationKey === key) ||
      (await this.store.works.get(key)) !== undefined
    );
  }

  /** Every work of the library: the bundled ones (a stored copy replaces one) and the stored. */
  async libraryWorks(): Promise<Work[]> {
    const stored = await this.store.works.all();
    const keys = new Set(stored.map((w) => w.citationKey));
    return [...this.bundled.works.filter((w) => !keys.has(w.citationKey)), ...stored];
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

  private async links(documentId: string): Promise<DocumentLinks> {
    return (await this.store.documentLinks.get(documentId)) ?? emptyDocumentLinks(documentId);
  }

  private async record(documentId: string): Promise<DocumentRecord> {
    const record = await this.store.documentRecords.get(documentId);
    if (!record) throw new NotFoundError(`No document with id ${documentId} in the library.`);
    return record;
  }

  private async setDeleted(documentId: string, deletedAt: string | null): Promise<DocumentSummary> {
    if (documentId === BUNDLED_DOCUMENT_ID) {
      throw new ServiceError(
        'bundled-document',
        'The bundled paper ships with Scholion and cannot be removed.',
      );
    }
    return summaryOf(
      await this.store.documentRecords.update(documentId, (items) => {
        const record = ownItem(items, documentId);
        if (!record) throw new NotFoundError(`No document with id ${documentId} in the library.`);
        record.deletedAt = deletedAt;
        return structuredClone(record);
      }),
    );
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
