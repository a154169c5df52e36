// The claims: every citing sentence with its works, of one paper or of the whole library,
// filtered by work or section, beside the co-citation matrix of the same claims. One paper is
// loaded whole; the library's claims come aggregated from main (see LibraryClaimsView).
import { useMemo } from 'react';
import type { Claim } from '../../../core/claims/model';
import type { DocumentEntry } from '../../api/documents';
import type { PaperIndex } from '../../api/paperIndex';
import { useDocumentIndex, useDocuments, useWorksOf } from '../../api/documents';
import { useNavigation, type ClaimFilter } from '../../app/navigation';
import { LibraryClaimsView } from './LibraryClaimsView';
import { ClearClaimFilters, PaperSelect, WorkSelect } from './PaperSelect';
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

/** The paper the Claims view shows: the filter's, or the only one; null: the library's claims. */
export function shownPaperId(filter: ClaimFilter, papers: readonly DocumentEntry[]): string | null {
  return filter.documentId ?? (papers.length === 1 ? papers[0]!.id : null);
}

export function ClaimsView() {
  const { claimFilter } = useNavigation();
  const documents = useDocuments();
  if (documents.status === 'error') return <ErrorNote error={documents.error} what="the papers" />;
  if (documents.status === 'loading') return <Loading what="the claims" />;
  const papers = documents.data;
  const one = shownPaperId(claimFilter, papers);
  return one ? (
    <PaperClaimsView documentId={one} papers={papers} />
  ) : (
    <LibraryClaimsView papers={papers} />
  );
}

/** The claims of one paper, loaded whole (sections, citations in place). */
function PaperClaimsView({ documentId, papers }: { documentId: string; papers: DocumentEntry[] }) {
  const nav = useNavigation();
  const filter = nav.claimFilter;
  const library = useDocumentIndex(documentId);
  const scoped = useMemo(() => (library.status === 'ready' ? [library.data] : null), [library]);
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
  const titles = new Map(papers.map((d) => [d.id, d.title]));
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
          {papers.length > 1 && <PaperSelect papers={papers} />}
          <WorkSelect works={citedWorks} />
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
          {(filtered || filter.documentId) && <ClearClaimFilters />}
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
