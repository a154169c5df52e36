// What the user does with a work's files: attach (a copy, or a link to the file where it is),
// drop files, open one in the system viewer, remove one (to the trash, with Undo), and read a
// PDF/Markdown/text file as a paper in Scholion. Problems are toasts naming the file.
import { useMemo } from 'react';
import { toScholionError, type AttachmentView } from '../../../shared/contract';
import { attachFileBytes } from '../../api/attachments';
import { useRefreshDocuments } from '../../api/documents';
import { errorMessage } from '../../api/scholion';
import { useToastStore } from '../../api/userData';
import { useWorkChanges } from '../../api/workEdits';
import { useNavigation } from '../../app/navigation';
import { pickFile } from '../../ui/pickFile';
import { newAddId, showAddProgress } from '../papers/useAddPaper';

export interface AttachmentActions {
  /** Asks for a file (main's dialog, else the window's picker) and attaches it. */
  choose(mode: 'copy' | 'link'): Promise<void>;
  /** Attaches files dropped on the pane, as copies. */
  drop(files: readonly File[]): Promise<void>;
  open(attachment: AttachmentView): Promise<void>;
  remove(attachment: AttachmentView): Promise<void>;
  read(attachment: AttachmentView): Promise<void>;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The actions on the files of work `key`. */
export function useAttachmentActions(key: string): AttachmentActions {
  const changes = useWorkChanges();
  const toasts = useToastStore();
  const nav = useNavigation();
  const refreshDocuments = useRefreshDocuments();

  return useMemo(() => {
    const { api } = changes;
    const attachBytes = async (files: readonly File[]) => {
      for (const file of files) {
        const done = await changes
          .run((a) => attachFileBytes(a, key, file), { rethrow: true })
          .catch((error: unknown) => {
            toasts.show(`Could not attach “${file.name}”: ${errorMessage(error)}`, {
              tone: 'error',
            });
            return null;
          });
        if (done) toasts.show(`Attached “${done.name}” (a copy is kept in the library).`);
      }
    };
    const choose = async (mode: 'copy' | 'link') => {
      try {
        const attached = await changes.run((a) => a.attachFile({ key, pick: true, mode }), {
          rethrow: true,
        });
        if (attached)
          toasts.show(
            mode === 'link'
              ? `Linked “${attached.name}” where it is.`
              : `Attached “${attached.name}” (a copy is kept in the library).`,
          );
      } catch (error) {
        const code = toScholionError(error).code;
        if (code === 'cancelled') return;
        // Without main's dialog (a browser), the window's own picker can still attach a copy.
        if (code === 'no-dialog' && mode === 'copy') {
          if (!pickFile('', (file) => void attachBytes([file]))) {
            toasts.show('Drop the file on this pane to attach it.');
          }
          return;
        }
        toasts.show(errorMessage(error), { tone: 'error' });
      }
    };
    const open = async (attachment: AttachmentView) => {
      try {
        if (attachment.fromPaper && attachment.documentId) {
          await api.openDocumentFile({ documentId: attachment.documentId });
        } else {
          await api.openAttachment({ key, id: attachment.id });
        }
      } catch (error) {
        toasts.show(errorMessage(error), { tone: 'error' });
      }
    };
    const remove = async (attachment: AttachmentView) => {
      const removed = await changes.run((a) => a.removeAttachment({ key, id: attachment.id }));
      if (!removed) return;
      toasts.show(`Removed “${attachment.name}”. It is in the trash.`, {
        action: {
          label: 'Undo',
          run: () =>
            void changes
              .run((a) => a.restoreAttachment({ key, id: attachment.id }))
              .then((back) => back && toasts.show(`Restored “${attachment.name}”.`)),
        },
      });
    };
    const read = async (attachment: AttachmentView) => {
      if (attachment.documentId) return nav.openDocument(attachment.documentId);
      const addId = newAddId('read');
      // The same notice as Add paper: what is being done, a progress bar, Cancel.
      const { toast: busy, stop } = showAddProgress(api, toasts, attachment.name, addId);
      try {
        const result = await api.readAttachment({ key, id: attachment.id, addId });
        await refreshDocuments(null);
        await changes.refresh();
        toasts.dismiss(busy);
        const { document } = result;
        toasts.show(
          `Added “${document.title || attachment.name}” to your papers: ${plural(document.citations, 'citation')}, ${plural(document.worksLinked, 'work')} linked.`,
        );
        nav.openDocument(document.id);
      } catch (error) {
        toasts.dismiss(busy);
        const cancelled = toScholionError(error).code === 'cancelled';
        toasts.show(
          cancelled
            ? errorMessage(error)
            : `Could not read “${attachment.name}”: ${errorMessage(error)}`,
          { tone: cancelled ? 'info' : 'error' },
        );
      } finally {
        stop();
      }
    };
    return { choose, drop: attachBytes, open, remove, read };
  }, [changes, key, toasts, nav, refreshDocuments]);
}
