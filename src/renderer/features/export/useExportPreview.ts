// The live preview of an export: asks again whenever the choices change, showing the last
// answer until the new one arrives.
import { useEffect, useState } from 'react';
import type { ExportPreview, ExportRequestInput } from '../../../shared/contract';
import { useApiContext } from '../../api/ApiProvider';
import { errorMessage } from '../../api/scholion';

export type PreviewState =
  | { status: 'loading'; last: ExportPreview | null }
  | { status: 'ready'; data: ExportPreview }
  | { status: 'error'; message: string };

type Answer = { key: string } & ({ data: ExportPreview } | { error: string });

/** The preview of `request` (compared by value, so a new but equal object asks nothing). */
export function useExportPreview(request: ExportRequestInput): PreviewState {
  const { api } = useApiContext();
  const key = JSON.stringify(request);
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    let current = true;
    api.previewExport(JSON.parse(key) as ExportRequestInput).then(
      (data) => current && setAnswer({ key, data }),
      (error: unknown) => current && setAnswer({ key, error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, key]);
  if (!answer || answer.key !== key)
    return { status: 'loading', last: answer && 'data' in answer ? answer.data : null };
  return 'data' in answer
    ? { status: 'ready', data: answer.data }
    : { status: 'error', message: answer.error };
}
