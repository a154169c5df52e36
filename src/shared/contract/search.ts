/**
 * Contract of search: one query across the paper's passages, works, claims and notes, as the user
 * types. Hits come grouped by kind, best first, with the ranges of the matched words.
 */
import { z } from 'zod';
import {
  SEARCH_KINDS,
  type Highlight,
  type Hit,
  type SearchKind,
  type SearchResults,
  type TextAnchor,
} from '../../core/search/types';

export { SEARCH_KINDS };
export type { Highlight, Hit, SearchKind, TextAnchor };

/** What a search answers: the grouped hits, and whether the index is still being built. */
export interface SearchResultsView extends SearchResults {
  /** True while the library is still being indexed: results may be incomplete. */
  building: boolean;
}

const kind = z.enum(SEARCH_KINDS as unknown as [SearchKind, ...SearchKind[]]);

/** Method name -> input schema. Outputs are typed in SearchOutputs. */
export const searchInputs = {
  search: z
    .object({
      query: z.string().max(1000),
      /** Hits per kind (default 10). */
      limitPerKind: z.number().int().min(1).max(200).optional(),
      /** Only these kinds (default all). */
      kinds: z.array(kind).min(1).max(SEARCH_KINDS.length).optional(),
      /** Hits for these kinds instead of limitPerKind: the groups the user expanded. */
      limitsByKind: z.partialRecord(kind, z.number().int().min(1).max(10_000)).optional(),
      /** At most this many hits in all, each kind with matches keeping one (a first screenful). */
      limitInAll: z.number().int().min(1).max(1_000).optional(),
    })
    .strict(),
} as const;

export interface SearchOutputs {
  search: SearchResultsView;
}
