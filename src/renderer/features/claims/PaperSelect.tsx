// The claims views' filter controls: the choice of paper (one paper, or all of them), of cited
// works, and the button that clears them.
import type { DocumentEntry } from '../../api/documents';
import { NO_CLAIM_FILTER, useNavigation } from '../../app/navigation';

export function PaperSelect({ papers }: { papers: readonly DocumentEntry[] }) {
  const nav = useNavigation();
  return (
    <label className="field">
      <span className="field__label">Paper</span>
      <select
        value={nav.claimFilter.documentId ?? ''}
        onChange={(event) =>
          nav.setClaimFilter({
            documentId: event.target.value || null,
            workIds: [],
            sectionId: null,
          })
        }
      >
        <option value="">All papers</option>
        {papers.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title || 'Untitled paper'}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The claims view's choice of work: any, one of `works`, or several (picked in the matrix). */
export function WorkSelect({ works }: { works: readonly { key: string; label: string }[] }) {
  const nav = useNavigation();
  const filter = nav.claimFilter;
  const setWorks = (workIds: string[]) => nav.setClaimFilter({ ...filter, workIds });
  return (
    <label className="field">
      <span className="field__label">Work</span>
      <select
        value={filter.workIds.length === 1 ? filter.workIds[0] : ''}
        data-filter-input
        onChange={(event) => setWorks(event.target.value ? [event.target.value] : [])}
      >
        <option value="">
          {filter.workIds.length > 1 ? 'Several (from the matrix)' : 'Any work'}
        </option>
        {works.map((w) => (
          <option key={w.key} value={w.key}>
            {w.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** "Clear filters": back to every claim of every paper. */
export function ClearClaimFilters() {
  const nav = useNavigation();
  return (
    <button
      type="button"
      className="button button--small"
      onClick={() => nav.setClaimFilter(NO_CLAIM_FILTER)}
    >
      Clear filters
    </button>
  );
}
