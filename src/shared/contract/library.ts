/** Contract of the library: the bundled paper, its citations, claims and works. */
import { z } from 'zod';
import type { AnalysedPaper, WorkSummary, WorkDetail } from '../../core/paper';

/** The paper as the reader shows it. */
export type PaperView = AnalysedPaper;
export type { WorkSummary, WorkDetail };

export const StyleIdSchema = z.enum(['apa', 'chicago-author-date', 'harvard', 'mla']);
export type StyleId = z.infer<typeof StyleIdSchema>;

const key = z.string().min(1).max(200);

/** Method name -> input schema. Outputs are typed in LibraryOutputs. */
export const libraryInputs = {
  getPaper: z.object({}).strict(),
  listWorks: z.object({}).strict(),
  getWork: z.object({ key }).strict(),
  formatReference: z
    .object({ key, style: StyleIdSchema, format: z.enum(['text', 'html']) })
    .strict(),
  exportBibtex: z.object({ keys: z.array(key).max(100_000) }).strict(),
} as const;

export interface LibraryOutputs {
  getPaper: PaperView;
  listWorks: WorkSummary[];
  getWork: WorkDetail;
  formatReference: string;
  exportBibtex: string;
}
