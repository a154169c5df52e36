/**
 * Adds of papers under way, by their addId: the window cancels one and hears its progress.
 * Shared by "Add paper" and "Read in Scholion" on a work's attachment, which add the same way.
 */
import type { AddProgressEvent } from '../../shared/contract';
import type { AddDocumentResult, DocumentService, PaperReader } from '../../services/documents';

export interface PaperAddsDeps {
  documents: DocumentService;
  /** Reads an added paper (the app: in a worker thread; default in-thread). */
  readPaper?: PaperReader;
  /** Where progress of an add goes (to the window). */
  progress?: (event: AddProgressEvent) => void;
}

export interface PaperAdds {
  /** Adds a paper from its bytes; `addId` names it for progress and `cancel`. */
  add(file: { fileName: string; bytes: Uint8Array; addId?: string }): Promise<AddDocumentResult>;
  /** Cancels an add under way (before it writes); answers whether one was running. */
  cancel(addId: string): boolean;
}

/** Paper adds over the documents service, each cancellable by its addId. */
export function paperAdds(deps: PaperAddsDeps): PaperAdds {
  const running = new Map<string, AbortController>();
  return {
    add: async ({ fileName, bytes, addId }) => {
      const controller = new AbortController();
      if (addId) running.set(addId, controller);
      try {
        return await deps.documents.add({
          fileName,
          bytes,
          signal: controller.signal,
          read: deps.readPaper,
          onProgress: addId ? (p) => deps.progress?.({ addId, ...p }) : undefined,
        });
      } finally {
        if (addId) running.delete(addId);
      }
    },
    cancel: (addId) => {
      const controller = running.get(addId);
      controller?.abort();
      return controller !== undefined;
    },
  };
}
