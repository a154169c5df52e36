// The files attached to a work, through the contract: listed (cached under 'work:', so any
// change to works or papers reloads them), attached from a dropped or picked file's bytes.
import type { AttachmentView, ScholionApi, WorkAttachment } from '../../shared/contract';
import { base64Of } from './documentSource';
import { useQuery } from './queries';
import type { QueryState } from './queryCache';

/** A work's attachments, then the library's papers of that work. */
export const useAttachments = (key: string): QueryState<AttachmentView[]> =>
  useQuery(`work:attachments:${key}`, (api) => api.listAttachments({ key }));

/** Attaches a file the window holds (dropped or picked): its bytes are copied into the library. */
export async function attachFileBytes(
  api: ScholionApi,
  key: string,
  file: File,
): Promise<WorkAttachment> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return api.attachFile({ key, fileName: file.name, bytesBase64: base64Of(bytes) });
}
