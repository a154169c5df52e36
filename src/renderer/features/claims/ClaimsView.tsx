// The claims: every citing sentence with its works, of one paper or of the whole library,
// filtered by work or section, beside the co-citation matrix of the same claims.
import { useMemo } from 'react';
import type { Claim } from '../../../core/claims/model';
import type { PaperIndex } from '../../api/paperIndex';
import { useDocuments, useLibraryIndexes, useWorksOf } from '../../api/documents';
import { NO_CLAIM_FILTER, useNavigation } from '../../app/navigation';
import { ErrorNote, Loading } from '../../ui/Status';
import { ClaimItem } from './ClaimItem';
import { UserClaimsSection } from './UserClaimsSection';
import { buildCoCitation, filterClaims } from './coCitation';
import { CoCitationMatrixView } from './CoCitationMatrixView';

/** A claim with the document it is in. */
interface PlacedClaim {
  claim: Claim;
  index: PaperIndex;
}

export function ClaimsView() {
  const nav = useNavigation();
  const filter = nav.claimFilter;
  const documents = useDocuments();
  const library = useLibraryIndexes();
  const all = library.status === 'ready' ? library.data : null;
  // The papers in scope: the one chosen, or every paper of the library.
  const scoped = useMemo(
    () =>
      all ? all.filter((i) => !filter.documentId || i.documentId === filter.documentId) : null,
    [all, filter.documentId],
  );
  const worksQuery = useWorksOf(scoped);
  const placed = useMemo<PlacedClaim[]>(
    () =>
      (scoped ?? []).flatMap((index) =>
        [...index.paper.claims]
          .sort((a, b) => a.start - b.start)
          .map((claim) => ({ claim, index })),
      ),
    [scoped],
  );
  const claims = useMemo(() => placed.map((p) => p.claim), [placed]);
  const matrix = useMemo(() => buildCoCitation(claims), [claims]);

  if (library.status === 'error') return <ErrorNote error={library.error} what="the claims" />;
  if (worksQuery.status === 'error') return <ErrorNote error={worksQuery.error} what="the works" />;
  if (!scoped || worksQuery.status === 'loading') return <Loading what="the claims" />;
  const works = worksQuery.data;

  // The section filter needs one paper: the one chosen, or the library's only one.
  const one = scoped.length === 1 ? scoped[0]! : null;
  const section = one && filter.sectionId ? (one.sectionById.get(filter.sectionId) ?? null) : null;
  const shownClaims = new Set(filterClaims(claims, { workIds: filter.workIds, section }));
  const shown = placed.filter((p) => shownClaims.has(p.claim));
  const citedWorks = [...works.values()].sort((a, b) => a.label.localeCompare(b.label));
  const sections = one ? one.paper.document.sections.filter((s) => s.level >= 2) : [];
  const titles = new Map(
    documents.status === 'ready' ? documents.data.map((d) => [d.id, d.title]) : [],
  );
  const setWorks = (workIds: string[]) => nav.setClaimFilter({ ...filter, workIds });
  const filtered = filter.workIds.length > 0 || filter.sectionId !== null;
  const several = scoped.length > 1;

  return (
    <div className="claims">
      <section className="claims__list" aria-labelledby="claims-title">
        <header className="view-header">
          <h1 id="claims-title" className="view-title">
            Claims
          </h1>
          <p className="muted" role="status">
            {filtered ? `${shown.length} of ${claims.length} claims` : `${claims.length} claims`}
            {several ? ` in ${scoped.length} papers` : ''}
          </p>
        </header>
        <UserClaimsSection paperReady />
        <div className="filters" role="group" aria-label="Filter claims">
          {all && all.length > 1 && (
            <label className="field">
              <span className="field__label">Paper</span>
              <select
                value={filter.documentId ?? ''}
                onChange={(event) =>
                  nav.setClaimFilter({
                    documentId: event.target.value || null,
                    workIds: [],
                    sectionId: null,
                  })
                }
              >
                <option value="">All papers</option>
                {all.map((i) => (
                  <option key={i.documentId} value={i.documentId}>
                    {titles.get(i.documentId) ?? i.paper.document.meta.title}
                  </option>
                ))}
              </select>
            </label>
          )}
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
          {one && (
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
          )}
          {(filtered || filter.documentId) && (
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
            {shown.map(({ claim, index }) => (
              <ClaimItem
                key={`${index.documentId}\u0000${claim.id}`}
                claim={claim}
                index={index}
                works={works}
                paperTitle={
                  several
                    ? (titles.get(index.documentId) ?? index.paper.document.meta.title)
                    : undefined
                }
              />
            ))}
          </ol>
        )}
      </section>
      <section className="claims__matrix pane" aria-labelledby="matrix-title">
        <h2 id="matrix-title" className="pane__title">
          Cited together{several ? ' across papers' : ''}
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
