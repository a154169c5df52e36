/**
 * A stored document's life in the library folder: where its kept original is (for the system
 * viewer), and moving it to the trash and back. The bundled paper has neither a file nor a trash.
 */
import { BUNDLED_DOCUMENT_ID } from '../../core/documents/ids';
import type { DocumentRecord } from '../../core/documents/model';
import { ownItem, type UserDataStore } from '../../store';
import { NotFoundError, ServiceError } from '../errors';
import { summaryOf, type DocumentSummary } from './model';
import { storedRecord } from './storedDocument';

/**
 * Where a document's kept original is on disk and what it is. Throws for the bundled paper (it
 * has no file of its own) and for a file that is missing.
 */
export async function keptFileOf(
  store: UserDataStore,
  documentId: string,
): Promise<{ path: string; kind: DocumentRecord['kind'] }> {
  if (documentId === BUNDLED_DOCUMENT_ID) {
    throw new ServiceError(
      'no-file',
      'The bundled paper ships with Scholion; it has no file to open.',
    );
  }
  const record = await storedRecord(store, documentId);
  const path = record.file ? store.paperFiles.locate(record.file.path) : null;
  const bytes = record.file ? await store.paperFiles.read(record.file.path) : null;
  if (!path || !bytes) {
    throw new ServiceError(
      'missing-file',
      `The kept copy of “${record.title}” is missing from the library folder; add the paper again.`,
    );
  }
  return { path, kind: record.kind };
}

/** Moves a document to the trash (a date) or out of it (null); its works and notes stay. */
export async function setDocumentDeleted(
  store: UserDataStore,
  documentId: string,
  deletedAt: string | null,
): Promise<DocumentSummary> {
  if (documentId === BUNDLED_DOCUMENT_ID) {
    throw new ServiceError(
      'bundled-document',
      'The bundled paper ships with Scholion and cannot be removed.',
    );
  }
  return summaryOf(
    await store.documentRecords.update(documentId, (items) => {
      const record = ownItem(items, documentId);
      if (!record) throw new NotFoundError(`No document with id ${documentId} in the library.`);
      record.deletedAt = deletedAt;
      return structuredClone(record);
    }),
  );
}
