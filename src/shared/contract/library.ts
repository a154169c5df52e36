/** Contract of the library's works: listed, sorted, filtered, formatted. */
import { z } from 'zod';
import { STYLE_IDS } from '../../core/formats/registry';
import type { DocumentView, WorkSummary, WorkDetail } from '../../core/paper';
import { WORK_SORT_KEYS } from '../../core/bibliography/sortKeys';

/** A document as the reader shows it (getDocument's answer). */
export type PaperView = DocumentView;
export type { WorkSummary, WorkDetail };

export const StyleIdSchema = z.enum(STYLE_IDS);
export type StyleId = z.infer<typeof StyleIdSchema>;

const key = z.string().min(1).max(200);

/** The columns the bibliography sorts by (every column it can show). */
export const WorkSortSchema = z.enum(WORK_SORT_KEYS);
export type WorkSort = z.infer<typeof WorkSortSchema>;

/**
 * The library in one order, as keys (a 100,000-work library is ~1.3 MB of keys, against ~32 MB
 * of summaries). `keys` are the works matching the filter from the `offset`-th on (a page, when
 * a `limit` was asked; the list asks a page at a time), `rows` their summaries when asked for;
 * `matched` counts every match, `total` the whole library.
 */
export interface WorkOrder {
  total: number;
  matched: number;
  offset: number;
  keys: string[];
  rows?: WorkSummary[];
}

/** Method name -> input schema. Outputs are typed in LibraryOutputs. */
export const libraryInputs = {
  /** Every work, or with `keys` only those (in that order; unknown keys are left out). */
  listWorks: z.object({ keys: z.array(key).max(100_000).optional() }).strict(),
  /**
   * The works' keys sorted by a column (ties by author, year and label) and filtered: a work
   * matches when its label, authors, title, year, key or type contain every word of `filter`,
   * accents and case aside; `types`, `tags` and the year range narrow it further (a saved
   * filter's query).
   */
  queryWorks: z
    .object({
      sort: WorkSortSchema.default('author'),
      direction: z.enum(['ascending', 'descending']).default('ascending'),
      filter: z.string().max(1000).default(''),
      /** Only works of these CSL types (empty: any). */
      types: z.array(z.string().min(1).max(60)).max(60).optional(),
      /** Only works carrying every one of these tags. */
      tags: z.array(z.string().min(1).max(200)).max(50).optional(),
      /** Only works from these years (inclusive); a work without a year is left out. */
      yearFrom: z.number().int().min(0).max(9999).optional(),
      yearTo: z.number().int().min(0).max(9999).optional(),
      /** The page: `limit` keys from the `offset`-th match (default: every match). */
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(100_000).optional(),
      /** Also answer the page's summaries (one round trip for the rows a list shows). */
      rows: z.boolean().optional(),
    })
    .strict(),
  getWork: z.object({ key }).strict(),
  formatReference: z
    .object({ key, style: StyleIdSchema, format: z.enum(['text', 'html']) })
    .strict(),
  exportBibtex: z.object({ keys: z.array(key).max(100_000) }).strict(),
} as const;

export interface LibraryOutputs {
  listWorks: WorkSummary[];
  queryWorks: WorkOrder;
  getWork: WorkDetail;
  formatReference: string;
  exportBibtex: string;
}
