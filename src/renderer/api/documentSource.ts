// The contract calls behind the documents hooks, in one place: the papers list, one document,
// adding (the file's bytes as base64), removing and restoring.
import type { DocumentSummary, PaperView, ScholionApi } from '../../shared/contract';

/** One paper of the library as the Papers view lists it. */
export type DocumentEntry = DocumentSummary;

/** Every document of the library (not those in the trash). */
export const documentEntries = (api: ScholionApi): Promise<DocumentEntry[]> =>
  api.listDocuments({});

/** One document with its citations, claims and reference list. */
export const loadDocument = (api: ScholionApi, documentId: string): Promise<PaperView> =>
  api.getDocument({ documentId });

/** What adding a paper did, for the notice after it. */
export interface AddedPaper {
  entry: DocumentEntry;
  /** False when the same file was in the library already (nothing was added). */
  added: boolean;
}

/** Base64 of `bytes`, in chunks (a spread of a large array would overflow the stack). */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Reads `file` and adds it to the library as a paper; `addId` names it for progress/cancel. */
export async function addPaperFile(
  api: ScholionApi,
  file: File,
  addId?: string,
): Promise<AddedPaper> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = await api.addDocument({
    fileName: file.name,
    bytesBase64: base64Of(bytes),
    ...(addId ? { addId } : {}),
  });
  return { entry: result.document, added: result.added };
}

/** Moves paper `documentId` to the trash (restorable). */
export async function removePaper(api: ScholionApi, documentId: string): Promise<void> {
  await api.removeDocument({ documentId });
}

/** Brings a removed paper back. */
export async function restorePaper(api: ScholionApi, documentId: string): Promise<void> {
  await api.restoreDocument({ documentId });
}
