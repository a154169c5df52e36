// Changes to one document's parse (answers to suggested matches, corrections): the call, then
// the document and its works reloaded in place; a failure shown as a toast.
import { useCallback } from 'react';
import type { ScholionApi } from '../../../shared/contract';
import { useApiContext } from '../../api/ApiProvider';
import { useRefreshDocuments } from '../../api/documents';
import { errorMessage } from '../../api/scholion';
import { useUserDataActions } from '../../api/userData';

/**
 * Returns a function that runs `change` on document `documentId` and answers its value once the
 * document has reloaded; undefined (and a toast) when it failed.
 */
export function useDocumentChange(): <T>(
  documentId: string,
  change: (api: ScholionApi) => Promise<T>,
) => Promise<T | undefined> {
  const { api } = useApiContext();
  const { toasts } = useUserDataActions();
  const refresh = useRefreshDocuments();
  return useCallback(
    async <T>(documentId: string, change: (a: ScholionApi) => Promise<T>) => {
      try {
        const value = await change(api);
        await refresh([documentId]);
        return value;
      } catch (error) {
        toasts.show(errorMessage(error), { tone: 'error' });
        return undefined;
      }
    },
    [api, toasts, refresh],
  );
}
