// Adding a paper from a file the user chose or dropped: the library reads it, and the Papers
// view shows it selected, with what was found in it.
import { useCallback } from 'react';
import { useApiContext } from '../../api/ApiProvider';
import { addPaperFile } from '../../api/documentSource';
import { errorMessage } from '../../api/scholion';
import { useUserDataActions } from '../../api/userData';
import { useNavigation } from '../../app/navigation';
import { useRefreshDocuments } from '../../api/documents';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Returns a function that adds `file` as a paper; problems are shown as a toast. */
export function useAddPaper(): (file: File) => Promise<void> {
  const { api } = useApiContext();
  const { toasts } = useUserDataActions();
  const nav = useNavigation();
  const refresh = useRefreshDocuments();
  return useCallback(
    async (file: File) => {
      const busy = toasts.show(`Adding “${file.name}”…`);
      try {
        const { entry } = await addPaperFile(api, file);
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
        toasts.show(`Could not add “${file.name}”: ${errorMessage(error)}`, { tone: 'error' });
      }
    },
    [api, toasts, nav, refresh],
  );
}
