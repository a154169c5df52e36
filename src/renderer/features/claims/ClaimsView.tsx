// The claims: every citing sentence with its works, filtered by work or section, beside the
// co-citation matrix.
import { useMemo } from 'react';
import type { WorkSummary } from '../../../shared/contract';
import { usePaperIndex, usePaperWorks } from '../../api/queries';
import { NO_CLAIM_FILTER, useNavigation } from '../../app/navigation';
import { ErrorNote, Loading } from '../../ui/Status';
import { ClaimItem } from './ClaimItem';
import { UserClaimsSection } from './UserClaimsSection';
import { buildCoCitation, filterClaims } from './coCitation';
import { CoCitationMatrixView } from './CoCitationMatrixView';

export function ClaimsView() {
  const index = usePaperIndex();
  const worksQuery = usePaperWorks();
  const nav = useNavigation();
  const filter = nav.claimFilter;

  const works = useMemo(
    () => (worksQuery.status === 'ready' ? worksQuery.data : new Map<string, WorkSummary>()),
    [worksQuery],
  );
  const data = index.status === 'ready' ? index.data : null;
  const claims = useMemo(
    () => (data ? [...data.paper.claims].sort((a, b) => a.start - b.start) : []),
    [data],
  );
  const matrix = useMemo(() => buildCoCitation(claims), [claims]);

  if (index.status === 'error') return <ErrorNote error={index.error} what="the claims" />;
  if (worksQuery.status === 'error') return <ErrorNote error={worksQuery.error} what="the works" />;
  if (!data || worksQuery.status === 'loading') return <Loading what="the claims" />;

  const section = filter.sectionId ? (data.sectionById.get(filter.sectionId) ?? null) : null;
  const shown = filterClaims(claims, { workIds: filter.workIds, section });
  const citedWorks = [...works.values()]
    .filter((w) => data.claimsByWork.has(w.key))
    .sort((a, b) => a.label.localeCompare(b.label));
  const sections = data.paper.document.sections.filter((s) => s.level >= 2);
  const setWorks = (workIds: string[]) => nav.setClaimFilter({ ...filter, workIds });
  const filtered = filter.workIds.length > 0 || filter.sectionId !== null;

  return (
    <div className="claims">
      <section className="claims__list" aria-labelledby="claims-title">
        <header className="view-header">
          <h1 id="claims-title" className="view-title">
            Claims
          </h1>
          <p className="muted" role="status">
            {filtered ? `${shown.length} of ${claims.length} claims` : `${claims.length} claims`}
          </p>
        </header>
        <UserClaimsSection paperReady />
        <div className="filters" role="group" aria-label="Filter claims">
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
              {citedWorks.map((w) => (
                <option key={w.key} value={w.key}>
                  {w.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">Section</span>
            <select
              value={filter.sectionId ?? ''}
              onChange={(event) =>
                nav.setClaimFilter({ ...filter, sectionId: event.target.value || null })
              }
            >
              <option value="">Any section</option>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
          {filtered && (
            <button
              type="button"
              className="button button--small"
              onClick={() => nav.setClaimFilter(NO_CLAIM_FILTER)}
            >
              Clear filters
            </button>
          )}
        </div>
        {filter.workIds.length > 1 && (
          <p className="filter-note">
            Claims citing both{' '}
            {filter.workIds.map((id) => works.get(id)?.label ?? id).join(' and ')}.
          </p>
        )}
        {shown.length === 0 ? (
          <p className="muted empty">No claim matches these filters.</p>
        ) : (
          <ol className="claim-list">
            {shown.map((claim) => (
              <ClaimItem key={claim.id} claim={claim} index={data} works={works} />
            ))}
          </ol>
        )}
      </section>
      <section className="claims__matrix pane" aria-labelledby="matrix-title">
        <h2 id="matrix-title" className="pane__title">
          Cited together
        </h2>
        <CoCitationMatrixView
          matrix={matrix}
          works={works}
          selected={filter.workIds}
          onSelect={setWorks}
        />
      </section>
    </div>
  );
}
