// Adding a paper from a file the user chose or dropped: the library reads it (a long PDF with
// its pages counted in a notice that offers Cancel), and the Papers view shows it selected, with
// what was found in it.
import { useCallback } from 'react';
import { useApiContext } from '../../api/ApiProvider';
import { addPaperFile } from '../../api/documentSource';
import { errorMessage } from '../../api/scholion';
import { toScholionError, type OnAddProgress, type ScholionApi } from '../../../shared/contract';
import { useUserDataActions } from '../../api/userData';
import { useNavigation } from '../../app/navigation';
import { useRefreshDocuments } from '../../api/documents';

/** onAddProgress of the API object, or null for a fake without events. */
function addProgressSource(api: ScholionApi): OnAddProgress | null {
  const source = (api as Partial<{ onAddProgress: OnAddProgress }>).onAddProgress;
  return typeof source === 'function' ? source : null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Returns a function that adds `file` as a paper; problems are shown as a toast. */
export function useAddPaper(): (file: File) => Promise<void> {
  const { api } = useApiContext();
  const { toasts } = useUserDataActions();
  const nav = useNavigation();
  const refresh = useRefreshDocuments();
  return useCallback(
    async (file: File) => {
      const addId = `add-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      const busy = toasts.show(`Adding “${file.name}”…`, {
        persist: true,
        action: { label: 'Cancel', run: () => void api.cancelAddDocument({ addId }) },
      });
      const stopProgress = addProgressSource(api)?.((progress) => {
        if (progress.addId !== addId || !progress.pages) return;
        const { done, total } = progress.pages;
        toasts.update(busy, `Reading “${file.name}”: page ${done} of ${total}…`);
      });
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
        stopProgress?.();
      }
    },
    [api, toasts, nav, refresh],
  );
}
