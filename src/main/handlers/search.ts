/** The search method: one query across the paper, works, claims and notes. */
import type { SearchOutputs } from '../../shared/contract';
import type { SearchService } from '../../services/search';
import type { HandlersOf } from './types';

/** Binds the search method to the SearchService. */
export function searchHandlers(search: SearchService): HandlersOf<keyof SearchOutputs> {
  return {
    search: async ({ query, limitPerKind, kinds, limitsByKind, limitInAll }) => ({
      ...(await search.find(query, { limitPerKind, kinds, limitsByKind, limitInAll })),
      building: search.building,
    }),
  };
}
