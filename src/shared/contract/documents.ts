/**
 * Contract of documents: the library's papers (the bundled one first, then those the user added
 * as Markdown or text), each opened by id for the reader, added from a file, moved to the trash
 * and back, re-parsed, and the user's corrections to a parse.
 */
import { z } from 'zod';
import type {
  DocumentReference,
  DocumentSummary,
  DocumentView,
} from '../../core/paper/documentView';
import type { CitingPaper, ClaimView, LibraryClaims } from '../../core/paper/acrossPapers';
import { idSchema, workKeySchema } from './userDataSchemas';

export type { DocumentReference, DocumentSummary, DocumentView };
export type { CitingPaper, ClaimView, LibraryClaims };

/** What adding a paper did: the document, and whether it was new (false: it was there already). */
export interface AddDocumentResultView {
  document: DocumentSummary;
  added: boolean;
}

/** What opening a paper's kept file in the system viewer did. */
export interface OpenedDocumentFile {
  /** The page the viewer was told to show; null when it opened at its own start (page 1). */
  atPage: number | null;
  /** One line for the user, e.g. "Opened at p. 7 in Evince." */
  message: string;
}

/** Progress of an add, sent as `addProgress` events on the data channel (see events.ts). */
export interface AddProgressView {
  /** The addId the renderer gave addDocument. */
  addId: string;
  phase: 'reading' | 'parsing' | 'linking' | 'writing' | 'done';
  /** While parsing: the stage of the read that has started (see core's ReadStage). */
  stage?: 'reference-list' | 'citations' | 'layout' | 'placing';
  /** 0..1 over the whole add; never goes back. */
  fraction: number;
  /** While a PDF is read: pages read so far and its pages in all. */
  pages?: { done: number; total: number };
}

const documentId = idSchema;

/** Base64 of a file's bytes, as a dropped or picked file is read in the window (≤ 64 MB). */
const fileBytes = z
  .string()
  .max(90_000_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64');

const cslFields = z.record(z.string().max(100), z.unknown());

/** Method name -> input schema. Outputs are typed in DocumentsOutputs. */
export const documentsInputs = {
  /** The papers list: the bundled paper first, then the user's by when added; or the trash. */
  listDocuments: z.object({ in: z.enum(['documents', 'trash', 'all']).optional() }).strict(),
  /** One document opened for reading: text, blocks, citations, claims, reference list. */
  getDocument: z.object({ documentId }).strict(),
  /**
   * Adds a paper: the window sends the file's name and bytes (a drop, or a file it picked), or
   * asks main to show the open dialog (`pick: true`, answered by 'cancelled' when dismissed).
   * `addId` names the add for its progress events and `cancelAddDocument`.
   */
  addDocument: z.union([
    z
      .object({
        fileName: z.string().trim().min(1).max(500),
        bytesBase64: fileBytes,
        addId: z.string().min(1).max(100).optional(),
      })
      .strict(),
    z.object({ pick: z.literal(true), addId: z.string().min(1).max(100).optional() }).strict(),
  ]),
  /** Cancels an add under way (before it writes); the add then fails with 'cancelled'. */
  cancelAddDocument: z.object({ addId: z.string().min(1).max(100) }).strict(),
  /** Moves a document to the trash; restoreDocument undoes it. The bundled paper stays. */
  removeDocument: z.object({ documentId }).strict(),
  restoreDocument: z.object({ documentId }).strict(),
  /** Parses a document again from its kept file; links and corrections are kept. */
  reparseDocument: z.object({ documentId }).strict(),
  /** Sets fields of a reference-list entry (they win over the parse, and survive reparse). */
  correctReference: z
    .object({ documentId, referenceKey: z.string().min(1).max(400), fields: cslFields })
    .strict(),
  /**
   * Re-links a citation (by its id in the current parse) to another entry of the list or
   * straight to a library work, or marks it as not a citation; `reset` drops the correction.
   */
  correctCitation: z
    .object({
      documentId,
      citationId: idSchema,
      to: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('reference'), referenceKey: z.string().min(1).max(400) }),
        z.object({ kind: z.literal('work'), workKey: workKeySchema }),
        z.object({ kind: z.literal('not-a-citation') }),
        z.object({ kind: z.literal('reset') }),
      ]),
    })
    .strict(),
  /**
   * Answers a suggested match of an entry to a library work: accept links the entry to it;
   * reject makes the entry its own work (never suggested that work again).
   */
  answerReferenceMatch: z
    .object({
      documentId,
      referenceKey: z.string().min(1).max(400),
      accept: z.boolean(),
    })
    .strict(),
  /**
   * Opens the paper's kept original (a PDF, or its Markdown/text file) in the system viewer, at
   * `page` where the viewer can be told one. Main resolves the file from the id; the window never
   * names a path.
   */
  openDocumentFile: z
    .object({ documentId, page: z.number().int().min(1).max(100_000).optional() })
    .strict(),
  /** The papers citing a work, each with how often and its claims with the work. */
  citingPapers: z.object({ workKey: workKeySchema }).strict(),
  /**
   * Claims of every paper (or of `documentId`) citing every work of `workIds`: the first `limit`,
   * their total, and which works the scope cites together (the library-wide claims view).
   */
  libraryClaims: z
    .object({
      documentId: documentId.nullable().default(null),
      workIds: z.array(workKeySchema).max(20).default([]),
      limit: z.number().int().min(1).max(5000).default(500),
    })
    .strict(),
} as const;

export interface DocumentsOutputs {
  listDocuments: DocumentSummary[];
  getDocument: DocumentView;
  addDocument: AddDocumentResultView;
  cancelAddDocument: { cancelled: boolean };
  removeDocument: DocumentSummary;
  restoreDocument: DocumentSummary;
  reparseDocument: DocumentSummary;
  correctReference: DocumentSummary;
  correctCitation: DocumentSummary;
  answerReferenceMatch: DocumentSummary;
  openDocumentFile: OpenedDocumentFile;
  citingPapers: CitingPaper[];
  libraryClaims: LibraryClaims;
}
