// The messages between the PDF worker and the thread that asks it to read.
import type { PdfLayout, PdfPaperSource, PdfTextProblem } from '../../core/pdf';

/** Read these bytes (transferred); `id` tags the replies. */
export interface PdfWorkerRequest {
  id: number;
  data: ArrayBuffer;
  /** Also render the layout as the paper reader's source (adding a paper needs it). */
  paperSource: boolean;
}

export type PdfWorkerReply =
  | { id: number; type: 'page'; done: number; total: number }
  | { id: number; type: 'layout' }
  | { id: number; type: 'problem'; problem: PdfTextProblem }
  | { id: number; type: 'done'; layout: PdfLayout; source: PdfPaperSource | null }
  | { id: number; type: 'error'; kind: 'encrypted' | 'invalid' | 'corrupt'; message: string };
