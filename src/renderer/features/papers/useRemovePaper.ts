// Removing a paper from the library, with Undo in the notice that follows.
import { useCallback } from 'react';
import { useApiContext } from '../../api/ApiProvider';
import { removePaper, restorePaper } from '../../api/documentSource';
import { useRefreshDocuments } from '../../api/documents';
import { errorMessage } from '../../api/scholion';
import { useUserDataActions } from '../../api/userData';
import { useNavigation } from '../../app/navigation';

/** Returns a function that removes paper `id` (named `what` in the notice) with an Undo. */
export function useRemovePaper(): (id: string, what: string) => Promise<void> {
  const { api } = useApiContext();
  const { toasts } = useUserDataActions();
  const nav = useNavigation();
  const refresh = useRefreshDocuments();
  return useCallback(
    async (id, what) => {
      try {
        await removePaper(api, id);
      } catch (error) {
        toasts.show(`Could not remove “${what}”: ${errorMessage(error)}`, { tone: 'error' });
        return;
      }
      nav.forgetDocument(id);
      void refresh();
      toasts.show(`Removed “${what}”.`, {
        action: {
          label: 'Undo',
          run: () =>
            void restorePaper(api, id).then(
              () => refresh().then(() => nav.showPaper(id)),
              (error: unknown) =>
                toasts.show(`Could not restore “${what}”: ${errorMessage(error)}`, {
                  tone: 'error',
                }),
            ),
        },
      });
    },
    [api, toasts, nav, refresh],
  );
}
