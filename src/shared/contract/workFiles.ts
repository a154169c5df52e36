/**
 * Contract of files attached to works: attach (copied into the library folder or linked),
 * list, remove with undo, open with the system viewer (document types only), and the link
 * between a library paper and the work it is.
 */
import { z } from 'zod';
import type { WorkAttachment } from '../../core/bibliography/model';
import type { AttachmentView } from '../../core/works/attachmentKinds';
import type { AddDocumentResultView } from './documents';
import { idSchema, workKeySchema } from './userDataSchemas';

export type { AttachmentView, WorkAttachment };

const attachmentRef = z.object({ key: workKeySchema, id: idSchema }).strict();

/** Method name -> input schema. Outputs are typed in WorkFilesOutputs. */
export const workFilesInputs = {
  /**
   * Attaches a file: a dropped file's bytes (copied), or one chosen in a dialog (`pick`),
   * copied into the library folder or linked where it is.
   */
  attachFile: z.union([
    z
      .object({
        key: workKeySchema,
        fileName: z.string().min(1).max(500),
        bytesBase64: z.string().min(1).max(700_000_000),
      })
      .strict(),
    z
      .object({ key: workKeySchema, pick: z.literal(true), mode: z.enum(['copy', 'link']) })
      .strict(),
  ]),
  /**
   * The work's attachments, each with its kind and whether its file is still there, then the
   * library's papers of this work (`fromPaper`); `includeRemoved` adds those in the trash.
   */
  listAttachments: z
    .object({ key: workKeySchema, includeRemoved: z.boolean().optional() })
    .strict(),
  /** Moves an attachment to the trash; restoreAttachment undoes it (also after a restart). */
  removeAttachment: attachmentRef,
  restoreAttachment: attachmentRef,
  /** Opens an attachment with the system viewer (documents and images only). */
  openAttachment: attachmentRef,
  /**
   * Reads a PDF, Markdown or text attachment as a paper of the library (the Add paper path, with
   * progress and cancel by `addId`) and records that paper as this attachment.
   */
  readAttachment: z
    .object({ key: workKeySchema, id: idSchema, addId: z.string().min(1).max(100).optional() })
    .strict(),
  /** Makes a library paper the attachment of a work (the work's "paper"). */
  attachDocumentToWork: z.object({ key: workKeySchema, documentId: idSchema }).strict(),
  /** The library paper that is the work's attachment, or null. */
  documentOfWork: z.object({ key: workKeySchema }).strict(),
  /** The work a library paper is attached to, or null. */
  workOfDocument: z.object({ documentId: idSchema }).strict(),
} as const;

export interface WorkFilesOutputs {
  attachFile: WorkAttachment;
  listAttachments: AttachmentView[];
  removeAttachment: WorkAttachment;
  restoreAttachment: WorkAttachment;
  openAttachment: { opened: true };
  readAttachment: AddDocumentResultView & { attachment: WorkAttachment };
  attachDocumentToWork: WorkAttachment;
  documentOfWork: { documentId: string | null };
  workOfDocument: { key: string | null };
}
