// The claims of every paper of the library: main aggregates them and sends the first claims that
// match the work filter, their total, and which works the papers cite together (the window never
// loads every paper).
import { ClaimWorkChips } from './ClaimWorkChips';
import { useMemo } from 'react';
import type { ClaimView } from '../../../shared/contract';
import type { DocumentEntry } from '../../api/documents';
import { useLibraryClaims, useWorksByKey } from '../../api/documents';
import { useNavigation } from '../../app/navigation';
import { ClaimMarks } from '../../ui/ClaimMarks';
import { ErrorNote, Loading } from '../../ui/Status';
import { CoCitationMatrixView } from './CoCitationMatrixView';
import { libraryCoCitation } from './coCitation';
import { ClearClaimFilters, PaperSelect, WorkSelect } from './PaperSelect';
import { UserClaimsSection } from './UserClaimsSection';
import { PaperClaimExtras } from './PaperClaimExtras';

/** Claims listed at once; the count says how many more match. */
const SHOWN = 300;

export function LibraryClaimsView({ papers }: { papers: readonly DocumentEntry[] }) {
  const nav = useNavigation();
  const filter = nav.claimFilter;
  const answer = useLibraryClaims({ documentId: null, workIds: filter.workIds, limit: SHOWN });
  const data = answer.status === 'ready' ? answer.data : null;
  const keys = useMemo(
    () => (data ? [...new Set([...data.works.map(([k]) => k), ...data.coCited])] : null),
    [data],
  );
  const worksQuery = useWorksByKey(keys);
  const matrix = useMemo(() => (data ? libraryCoCitation(data) : null), [data]);
  if (answer.status === 'error') return <ErrorNote error={answer.error} what="the claims" />;
  if (worksQuery.status === 'error') return <ErrorNote error={worksQuery.error} what="the works" />;
  if (!data || !matrix || worksQuery.status === 'loading') return <Loading what="the claims" />;
  const works = worksQuery.data;
  const titles = new Map(papers.map((p) => [p.id, p.title || 'Untitled paper']));
  const citedWorks = [...works.values()].sort((a, b) => a.label.localeCompare(b.label));
  const setWorks = (workIds: string[]) => nav.setClaimFilter({ ...filter, workIds });
  const filtered = filter.workIds.length > 0;
  const count = `${data.total.toLocaleString('en')} claim${data.total === 1 ? '' : 's'}`;

  return (
    <div className="claims">
      <section className="claims__list" aria-labelledby="claims-title">
        <header className="view-header">
          <h1 id="claims-title" className="view-title">
            Claims
          </h1>
          <p className="muted" role="status">
            {filtered
              ? `${count} cite ${filter.workIds.length > 1 ? 'these works' : 'this work'}`
              : count}{' '}
            in {data.papers} papers
            {data.claims.length < data.total ? ` (the first ${data.claims.length} shown)` : ''}
          </p>
        </header>
        <UserClaimsSection paperReady />
        <div className="filters" role="group" aria-label="Filter claims">
          <PaperSelect papers={papers} />
          <WorkSelect works={citedWorks} />
          {filtered && <ClearClaimFilters />}
        </div>
        {data.claims.length === 0 ? (
          <p className="muted empty">No claim matches these filters.</p>
        ) : (
          <ol className="claim-list">
            {data.claims.map((claim) => (
              <LibraryClaimItem
                key={`${claim.documentId}\u0000${claim.id}`}
                claim={claim}
                paperTitle={titles.get(claim.documentId) ?? 'Untitled paper'}
                labelOf={(id) => works.get(id)?.label ?? id}
              />
            ))}
          </ol>
        )}
      </section>
      <section className="claims__matrix pane" aria-labelledby="matrix-title">
        <h2 id="matrix-title" className="pane__title">
          Cited together across papers
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

function LibraryClaimItem({
  claim,
  paperTitle,
  labelOf,
}: {
  claim: ClaimView;
  paperTitle: string;
  labelOf: (workId: string) => string;
}) {
  const nav = useNavigation();
  return (
    <li className="claim-item" data-claim-id={claim.id} data-document-id={claim.documentId}>
      <p className="claim-item__section">
        <span className="claim-item__paper">{paperTitle} · </span>
        {claim.section ?? 'Front matter'}
        {claim.kind === 'quote' && <span className="claim-item__kind"> · quotation</span>}
      </p>
      <blockquote className="claim-item__text">
        <ClaimMarks claim={claim} />
      </blockquote>
      <div className="claim-item__actions">
        <ClaimWorkChips workIds={claim.workIds} labelOf={labelOf} />
        <button
          type="button"
          className="link"
          onClick={() => nav.jumpTo(claim.documentId, { kind: 'claim', id: claim.id })}
        >
          Show in the paper
        </button>
      </div>
      <PaperClaimExtras documentId={claim.documentId} claimId={claim.id} workIds={claim.workIds} />
    </li>
  );
}
