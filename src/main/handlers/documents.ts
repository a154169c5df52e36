/**
 * Documents methods: the papers list, opening a document, adding a paper (from bytes the window
 * read, or a file main asks for), trash and restore, re-parse, and corrections to a parse. Adds
 * under way are kept by their addId, so the window can cancel one and hear its progress.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AddProgressEvent, DocumentsOutputs } from '../../shared/contract';
import type { DocumentService, LibraryCitations, PaperReader } from '../../services/documents';
import { ServiceError } from '../../services/errors';
import type { Dialogs } from '../dialogs';
import { openedMessage, type FileViewer } from '../fileViewer';
import { paperAdds, type PaperAdds } from './paperAdds';
import type { HandlersOf } from './types';

export interface DocumentHandlerDeps {
  documents: DocumentService;
  /** Citations across the library's papers. */
  citations: LibraryCitations;
  dialogs: Dialogs;
  /** Reads an added paper (the app: in a worker thread; default in-thread). */
  readPaper?: PaperReader;
  /** Where progress of an add goes (to the window). */
  progress?: (event: AddProgressEvent) => void;
  /** The system viewer for a paper's kept file; without it, opening answers 'no-viewer'. */
  viewer?: FileViewer;
  /** Adds under way, shared with other ways of adding a paper (made here when absent). */
  adds?: PaperAdds;
}

/** Binds the documents methods to the DocumentService. */
export function documentsHandlers(deps: DocumentHandlerDeps): HandlersOf<keyof DocumentsOutputs> {
  const { documents, citations, dialogs } = deps;
  const adds = deps.adds ?? paperAdds(deps);

  const bytesOf = async (
    input: { fileName: string; bytesBase64: string } | { pick: true },
  ): Promise<{ fileName: string; bytes: Uint8Array }> => {
    if ('bytesBase64' in input) {
      return { fileName: input.fileName, bytes: Buffer.from(input.bytesBase64, 'base64') };
    }
    if (!dialogs.chooseOpenPath) {
      throw new ServiceError(
        'no-dialog',
        'Choosing a file needs the Scholion window; drop the file instead.',
      );
    }
    const path = await dialogs.chooseOpenPath({
      title: 'Add a paper',
      filters: [
        {
          name: 'Papers (PDF, Markdown, text)',
          extensions: ['pdf', 'md', 'markdown', 'txt', 'text'],
        },
        { name: 'All files', extensions: ['*'] },
      ],
      buttonLabel: 'Add paper',
    });
    if (!path) throw new ServiceError('cancelled', 'No paper was chosen; nothing was added.');
    try {
      return { fileName: basename(path), bytes: await readFile(path) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ServiceError(
        'unreadable-file',
        `Scholion could not read ${basename(path)} (${reason}).`,
      );
    }
  };

  return {
    listDocuments: async ({ in: where }) => documents.list(where),
    getDocument: async ({ documentId }) => documents.get(documentId),
    addDocument: async (input) => adds.add({ ...(await bytesOf(input)), addId: input.addId }),
    cancelAddDocument: async ({ addId }) => ({ cancelled: adds.cancel(addId) }),
    removeDocument: async ({ documentId }) => documents.remove(documentId),
    restoreDocument: async ({ documentId }) => documents.restore(documentId),
    reparseDocument: async ({ documentId }) => documents.reparse(documentId),
    correctReference: async ({ documentId, referenceKey, fields }) =>
      documents.correctReference(documentId, referenceKey, fields),
    correctCitation: async ({ documentId, citationId, to }) =>
      documents.correctCitation(documentId, citationId, to),
    answerReferenceMatch: async ({ documentId, referenceKey, accept }) =>
      documents.answerMatch(documentId, referenceKey, accept),
    openDocumentFile: async ({ documentId, page }) => {
      const file = await documents.keptFile(documentId);
      if (!deps.viewer) {
        throw new ServiceError('no-viewer', 'Opening a file needs the Scholion window.');
      }
      const wanted = file.kind === 'pdf' ? (page ?? null) : null;
      let opened;
      try {
        opened = await deps.viewer.open(file.path, wanted);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ServiceError(
          'cannot-open',
          `The system viewer could not open the paper (${reason}).`,
        );
      }
      return { atPage: opened.atPage, message: openedMessage(opened, wanted) };
    },
    citingPapers: async ({ workKey }) => citations.citingPapers(workKey),
    libraryClaims: async (filter) => citations.claims(filter),
  };
}
