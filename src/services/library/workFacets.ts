/**
 * The bibliography's structured filters beside its text filter (what a saved filter holds): work
 * types, tags and a range of years. A work passes when it is of one of the types, carries every
 * tag, and its year lies in the range (a work without a year is outside any range).
 */
import type { WorkSummary } from '../../core/paper';

export interface WorkFacets {
  /** CSL types, any of which passes (empty or absent: any type). */
  types?: string[];
  /** Tags a work must all carry (case aside). */
  tags?: string[];
  /** First and last year, inclusive. */
  yearFrom?: number;
  yearTo?: number;
}

/** True when `facets` restricts nothing. */
export function noFacets(facets: WorkFacets): boolean {
  return (
    !facets.types?.length &&
    !facets.tags?.length &&
    facets.yearFrom === undefined &&
    facets.yearTo === undefined
  );
}

/** A test of one row against `facets`, prepared once per query. */
export function facetTest(
  facets: WorkFacets,
): (row: Pick<WorkSummary, 'type' | 'tags' | 'year'>) => boolean {
  const types = new Set(facets.types ?? []);
  const tags = (facets.tags ?? []).map((t) => t.toLowerCase());
  const { yearFrom, yearTo } = facets;
  const ranged = yearFrom !== undefined || yearTo !== undefined;
  return (row) => {
    if (types.size && !types.has(row.type)) return false;
    if (tags.length) {
      const own = new Set(row.tags.map((t) => t.toLowerCase()));
      if (!tags.every((t) => own.has(t))) return false;
    }
    if (ranged) {
      const year = row.year ? Number.parseInt(row.year, 10) : NaN;
      if (!Number.isFinite(year)) return false;
      if (yearFrom !== undefined && year < yearFrom) return false;
      if (yearTo !== undefined && year > yearTo) return false;
    }
    return true;
  };
}
