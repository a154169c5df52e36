/**
 * Reads of one stored document that every documents use case needs: its record (or a clear
 * NotFoundError), what the library decided about it (links, corrections), and the library's works.
 */
import type { Work } from '../../core/bibliography/model';
import { emptyDocumentLinks, type DocumentLinks } from '../../core/documents/links';
import type { DocumentRecord } from '../../core/documents/model';
import type { UserDataStore } from '../../store';
import { NotFoundError } from '../errors';

/** A stored document's record; throws NotFoundError for an unknown id. */
export async function storedRecord(
  store: UserDataStore,
  documentId: string,
): Promise<DocumentRecord> {
  const record = await store.documentRecords.get(documentId);
  if (!record) throw new NotFoundError(`No document with id ${documentId} in the library.`);
  return record;
}

/** What the library decided about a document (empty when nothing was decided yet). */
export async function storedLinks(
  store: UserDataStore,
  documentId: string,
): Promise<DocumentLinks> {
  return (await store.documentLinks.get(documentId)) ?? emptyDocumentLinks(documentId);
}

/** Every work of the library: the bundled ones (a stored copy replaces one) and the stored. */
export async function libraryWorksOf(
  store: UserDataStore,
  bundledWorks: readonly Work[],
): Promise<Work[]> {
  const stored = await store.works.all();
  const keys = new Set(stored.map((w) => w.citationKey));
  return [...bundledWorks.filter((w) => !keys.has(w.citationKey)), ...stored];
}
