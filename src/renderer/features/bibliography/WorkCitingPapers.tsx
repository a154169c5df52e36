// A work's detail: every paper of the library that cites it, how often, and the claims each
// makes with it, with a jump to each passage. Main aggregates them (only those papers are read).
import { useCitingPapers, useDocuments } from '../../api/documents';
import { useNavigation } from '../../app/navigation';
import { ClaimMarks } from '../../ui/ClaimMarks';
import { ErrorNote, Loading } from '../../ui/Status';

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

export function WorkCitingPapers({ workId }: { workId: string }) {
  const citing = useCitingPapers(workId);
  const documents = useDocuments();
  const nav = useNavigation();
  if (citing.status === 'error') return <ErrorNote error={citing.error} what="the papers" />;
  if (citing.status === 'loading') return <Loading what="the papers citing this work" />;
  const papers = citing.data;
  const total = papers.reduce((n, p) => n + p.citations, 0);
  const claimCount = papers.reduce((n, p) => n + p.claims.length, 0);
  const of = documents.status === 'ready' ? documents.data.length : null;
  const by =
    of === 1
      ? 'your paper'
      : of === null
        ? `${papers.length} of your papers`
        : `${papers.length} of your ${of} papers`;

  return (
    <section className="work-claims" aria-labelledby="work-claims-title">
      <h3 id="work-claims-title" className="pane__label">
        {papers.length === 0
          ? 'Not cited by any of your papers'
          : `Cited by ${by}, ${times(total)}, in ${claimCount === 1 ? '1 claim' : `${claimCount} claims`}`}
      </h3>
      {papers.map((paper) => (
        <section
          key={paper.documentId}
          className="citing-paper"
          aria-label={`In ${paper.title}`}
          data-document-id={paper.documentId}
        >
          <h4 className="citing-paper__title">
            <button
              type="button"
              className="link"
              onClick={() => nav.openDocument(paper.documentId)}
            >
              {paper.title}
            </button>{' '}
            <span className="muted">· cited {times(paper.citations)}</span>
          </h4>
          <ol className="claim-list claim-list--compact">
            {paper.claims.map((claim) => (
              <li key={claim.id} className="claim-item">
                <p className="claim-item__section">{claim.section ?? 'Front matter'}</p>
                <blockquote className="claim-item__text">
                  <ClaimMarks claim={claim} workId={workId} />
                </blockquote>
                <button
                  type="button"
                  className="link"
                  onClick={() => nav.jumpTo(paper.documentId, { kind: 'claim', id: claim.id })}
                >
                  Show in the paper
                </button>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {claimCount > 0 && (
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            nav.showClaims({
              documentId: papers.length === 1 ? papers[0]!.documentId : null,
              workIds: [workId],
              sectionId: null,
            })
          }
        >
          Open these claims in the claims view
        </button>
      )}
    </section>
  );
}
