// Adding a paper from a file the user chose or dropped: the library reads it, in a notice with a
// progress bar that says what it is doing (a long PDF's pages counted) and offers Cancel until it
// starts saving; then the Papers view shows it selected, with what was found in it.
import { useCallback } from 'react';
import { useApiContext } from '../../api/ApiProvider';
import { addPaperFile } from '../../api/documentSource';
import { errorMessage } from '../../api/scholion';
import {
  toScholionError,
  type AddProgressEvent,
  type OnAddProgress,
  type ScholionApi,
} from '../../../shared/contract';
import { useUserDataActions } from '../../api/userData';
import type { ToastStore } from '../../ui/toastStore';
import { useNavigation } from '../../app/navigation';
import { useRefreshDocuments } from '../../api/documents';

/** onAddProgress of the API object, or null for a fake without events. */
function addProgressSource(api: ScholionApi): OnAddProgress | null {
  const source = (api as Partial<{ onAddProgress: OnAddProgress }>).onAddProgress;
  return typeof source === 'function' ? source : null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the add of `name` is doing, in words, for its notice. */
export function addProgressMessage(name: string, progress: AddProgressEvent): string {
  switch (progress.phase) {
    case 'reading':
      return progress.pages
        ? `Reading “${name}”: page ${progress.pages.done} of ${progress.pages.total}…`
        : `Reading “${name}”…`;
    case 'parsing':
      switch (progress.stage) {
        case 'reference-list':
          return `Reading the reference list of “${name}”…`;
        case 'citations':
          return `Finding the citations of “${name}”…`;
        case 'layout':
          return `Laying out the text of “${name}”…`;
        case 'placing':
          return `Placing the citations in the text of “${name}”…`;
        default:
          return `Finding the citations and references of “${name}”…`;
      }
    case 'linking':
      return `Linking the references of “${name}” to your library…`;
    case 'writing':
    case 'done':
      return `Saving “${name}”…`;
  }
}

/** What `showAddProgress` put on screen: its toast, and the end of its progress updates. */
export interface AddProgressNotice {
  toast: number;
  stop: () => void;
}

/**
 * Shows the notice of an add under way (named `addId` for addDocument or readAttachment): what
 * it is doing, a progress bar, and Cancel until saving starts. Call `stop` when the add ends.
 */
export function showAddProgress(
  api: ScholionApi,
  toasts: ToastStore,
  name: string,
  addId: string,
): AddProgressNotice {
  const toast = toasts.show(`Adding “${name}”…`, {
    persist: true,
    progress: 0,
    action: { label: 'Cancel', run: () => void api.cancelAddDocument({ addId }) },
  });
  const stop = addProgressSource(api)?.((progress) => {
    if (progress.addId !== addId) return;
    toasts.update(toast, {
      message: addProgressMessage(name, progress),
      progress: progress.fraction,
      // Once saving has begun the add runs to its end (or is undone): Cancel would mislead.
      ...(progress.phase === 'writing' || progress.phase === 'done' ? { action: null } : {}),
    });
  });
  return { toast, stop: stop ?? (() => undefined) };
}

/** A fresh id for an add, so its progress events and Cancel reach it alone. */
export const newAddId = (prefix = 'add'): string =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Returns a function that adds `file` as a paper; problems are shown as a toast. */
export function useAddPaper(): (file: File) => Promise<void> {
  const { api } = useApiContext();
  const { toasts } = useUserDataActions();
  const nav = useNavigation();
  const refresh = useRefreshDocuments();
  return useCallback(
    async (file: File) => {
      const addId = newAddId();
      const { toast: busy, stop: stopProgress } = showAddProgress(api, toasts, file.name, addId);
      try {
        const { entry } = await addPaperFile(api, file, addId);
        await refresh();
        toasts.dismiss(busy);
        nav.showPaper(entry.id);
        const found =
          entry.citations === 0
            ? 'no citations found'
            : `${plural(entry.citations, 'citation')}, ${plural(entry.worksLinked, 'work')} linked`;
        toasts.show(`Added “${entry.title || file.name}”: ${found}.`, {
          action: { label: 'Open', run: () => nav.openDocument(entry.id) },
        });
      } catch (error) {
        toasts.dismiss(busy);
        if (toScholionError(error).code === 'cancelled') toasts.show(errorMessage(error));
        else {
          // "scan.pdf: no text layer: …" names the file once, in the notice's opening.
          const message = errorMessage(error).replace(`${file.name}: `, '');
          toasts.show(`Could not add “${file.name}”: ${message}`, { tone: 'error' });
        }
      } finally {
        stopProgress();
      }
    },
    [api, toasts, nav, refresh],
  );
}
