/**
 * The user's corrections to a parse: a reference's fields, a citation re-linked (to another
 * entry or a work) or marked as not a citation, and answers to suggested matches. Corrections are
 * stored apart from the parse (document links) and the document is re-parsed to apply them, so
 * they survive every later reparse.
 */
import type { CslItem } from '../../core/bibliography/model';
import { emptyDocumentLinks, type DocumentLinks } from '../../core/documents/links';
import { ownItem, type UserDataStore } from '../../store';
import { NotFoundError, ServiceError } from '../errors';
import type { DocumentSummary, DocumentView } from './model';
import { storedRecord } from './storedDocument';

/** What a citation is corrected to. */
export type CitationCorrection =
  | { kind: 'reference'; referenceKey: string }
  | { kind: 'work'; workKey: string }
  | { kind: 'not-a-citation' }
  | { kind: 'reset' };

export interface CorrectionContext {
  store: UserDataStore;
  /** The document as opened now (its citation ids are the ones the user sees). */
  open: (documentId: string) => Promise<DocumentView>;
  reparse: (documentId: string) => Promise<DocumentSummary>;
  workExists: (workKey: string) => Promise<boolean>;
}

/** Changes what the library decided about a document (links, corrections) and saves it. */
export async function updateDocumentLinks(
  store: UserDataStore,
  documentId: string,
  change: (links: DocumentLinks) => void,
): Promise<void> {
  await storedRecord(store, documentId);
  await store.documentLinks.update(documentId, (items) => {
    const links = ownItem(items, documentId) ?? emptyDocumentLinks(documentId);
    change(links);
    items[documentId] = links;
  });
}

/**
 * Sets fields of a reference-list entry. A work made from the entry takes them in; an entry
 * linked to a library work is linked again from the corrected fields (never merged silently).
 */
export async function correctReference(
  context: CorrectionContext,
  documentId: string,
  key: string,
  fields: Record<string, unknown>,
): Promise<DocumentSummary> {
  const { store } = context;
  let madeWork: string | null = null;
  await updateDocumentLinks(store, documentId, (links) => {
    links.corrections.references[key] = { fields: fields as Partial<CslItem> };
    const link = links.references[key];
    if (link?.how === 'created') madeWork = link.workKey;
    else delete links.references[key];
  });
  const workKey = madeWork as string | null;
  if (workKey) {
    await store.works.update(workKey, (items) => {
      const work = ownItem(items, workKey);
      if (!work) return;
      work.csl = { ...work.csl, ...(fields as Partial<CslItem>), id: workKey };
      delete work.source; // a .bib source would no longer match the record
    });
  }
  return context.reparse(documentId);
}

/**
 * Re-links a citation (its id in the current parse) to another entry or to a work, marks it as
 * not a citation, or drops the correction ('reset').
 */
export async function correctCitation(
  context: CorrectionContext,
  documentId: string,
  citationId: string,
  to: CitationCorrection,
): Promise<DocumentSummary> {
  const view = await context.open(documentId);
  const key = view.citationKeys[citationId] ?? citationId; // a key itself (a dismissed one)
  if (to.kind === 'work' && !(await context.workExists(to.workKey))) {
    throw new NotFoundError(`No work with key \`${to.workKey}\` in the library.`);
  }
  if (to.kind === 'reference' && !view.references.some((r) => r.key === to.referenceKey)) {
    throw new NotFoundError('That reference is not in the paper’s reference list.');
  }
  await updateDocumentLinks(context.store, documentId, (links) => {
    if (to.kind === 'reset') delete links.corrections.citations[key];
    else if (to.kind === 'not-a-citation') links.corrections.citations[key] = { notCitation: true };
    else if (to.kind === 'work') links.corrections.citations[key] = { workKey: to.workKey };
    else links.corrections.citations[key] = { referenceKey: to.referenceKey };
  });
  return context.reparse(documentId);
}

/**
 * Answers a suggested match: accepted, the entry is that work; rejected, the entry becomes a
 * work of its own and that work is never suggested for it again.
 */
export async function answerMatch(
  context: CorrectionContext,
  documentId: string,
  key: string,
  accept: boolean,
): Promise<DocumentSummary> {
  await updateDocumentLinks(context.store, documentId, (links) => {
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
  return context.reparse(documentId);
}
