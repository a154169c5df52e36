/**
 * Attachment methods: attach, list, remove/restore, open with the system viewer, read one as a
 * paper, paper links.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { WorkFilesOutputs } from '../../shared/contract';
import { ServiceError } from '../../services/errors';
import type { AttachmentService } from '../../services/works';
import type { Dialogs } from '../dialogs';
import type { FileViewer } from '../fileViewer';
import type { PaperAdds } from './paperAdds';
import type { HandlersOf } from './types';

export interface WorkFilesDeps {
  attachments: AttachmentService;
  /** How a paper is added (shared with Add paper, for its progress and cancel). */
  adds: PaperAdds;
  dialogs: Dialogs;
  /** The system viewer (main: Electron's shell); without it, opening answers 'no-viewer'. */
  viewer?: FileViewer;
}

/** Binds the attachment methods. */
export function workFilesHandlers(deps: WorkFilesDeps): HandlersOf<keyof WorkFilesOutputs> {
  const { attachments, dialogs, viewer, adds } = deps;
  return {
    attachFile: async (input) => {
      if ('bytesBase64' in input) {
        return attachments.attach(input.key, {
          fileName: input.fileName,
          bytes: Buffer.from(input.bytesBase64, 'base64'),
        });
      }
      if (!dialogs.chooseOpenPath) {
        throw new ServiceError(
          'no-dialog',
          'Choosing a file needs the Scholion window; drop the file instead.',
        );
      }
      const path = await dialogs.chooseOpenPath({
        title: input.mode === 'link' ? 'Link a file to the work' : 'Attach a file to the work',
        filters: [
          { name: 'Documents', extensions: ['pdf', 'epub', 'html', 'md', 'txt', 'docx', 'odt'] },
          { name: 'All files', extensions: ['*'] },
        ],
        buttonLabel: input.mode === 'link' ? 'Link' : 'Attach',
      });
      if (!path) throw new ServiceError('cancelled', 'No file was chosen; nothing was attached.');
      await readFile(path, { flag: 'r' }).catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ServiceError(
          'unreadable-file',
          `Scholion could not read ${basename(path)} (${reason}).`,
        );
      });
      return attachments.attach(input.key, { path, mode: input.mode });
    },
    listAttachments: async ({ key, includeRemoved }) => attachments.views(key, { includeRemoved }),
    removeAttachment: async ({ key, id }) => attachments.remove(key, id),
    restoreAttachment: async ({ key, id }) => attachments.restore(key, id),
    openAttachment: async ({ key, id }) => {
      const path = await attachments.pathToOpen(key, id);
      if (!viewer) {
        throw new ServiceError('no-viewer', 'Opening a file needs the Scholion desktop app.');
      }
      try {
        await viewer.open(path, null);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ServiceError(
          'open-failed',
          `The system could not open ${basename(path)}: ${reason}`,
        );
      }
      return { opened: true };
    },
    readAttachment: async ({ key, id, addId }) => {
      const file = await attachments.fileOf(key, id);
      const result = await adds.add({ ...file, addId });
      const attachment = await attachments.linkDocument(key, id, result.document.id);
      return { ...result, attachment };
    },
    attachDocumentToWork: async ({ key, documentId }) =>
      attachments.attachDocument(key, documentId),
    documentOfWork: async ({ key }) => ({ documentId: await attachments.documentOf(key) }),
    workOfDocument: async ({ documentId }) => ({
      key: await attachments.workOfDocument(documentId),
    }),
  };
}
