// Gives ids in document order and points each ibid at the citation it repeats.
import type { Citation } from './model';
import type { CitationDraft } from './parseCitations';

/**
 * Numbers `drafts` (already in document order) "c1", "c2", ... and resolves every ibid to the
 * nearest earlier citation that is not itself an ibid, copying its authors and year. An ibid
 * with nothing before it keeps `ibidOf: null` and no authors.
 */
export function resolveIbids(drafts: ReadonlyArray<CitationDraft>): Citation[] {
  let target: Citation | null = null;
  return drafts.map((draft, k) => {
    const citation: Citation = { ...draft, id: `c${k + 1}`, ibidOf: null };
    if (!citation.ibid) {
      target = citation;
      return citation;
    }
    if (target === null) return citation;
    return {
      ...citation,
      ibidOf: target.id,
      authors: [...target.authors],
      etAl: target.etAl,
      year: target.year,
      yearSuffix: target.yearSuffix,
    };
  });
}
