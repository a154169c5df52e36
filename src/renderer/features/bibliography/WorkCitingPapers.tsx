// A work's detail: every paper of the library that cites it, how often, and the claims each
// makes with it, with a jump to each passage.
import { useDocuments, useLibraryIndexes } from '../../api/documents';
import { sectionAt, type PaperIndex } from '../../api/paperIndex';
import { useNavigation } from '../../app/navigation';
import { ClaimText } from '../../ui/ClaimText';
import { ErrorNote, Loading } from '../../ui/Status';

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

/** The papers citing `workId`, with their citations and claims of it. */
export function citingPapers(indexes: readonly PaperIndex[], workId: string) {
  return indexes.flatMap((index) => {
    const citations = index.citationsByWork.get(workId) ?? [];
    if (citations.length === 0) return [];
    return [{ index, citations, claims: index.claimsByWork.get(workId) ?? [] }];
  });
}

export function WorkCitingPapers({ workId }: { workId: string }) {
  const library = useLibraryIndexes();
  const documents = useDocuments();
  const nav = useNavigation();
  if (library.status === 'error') return <ErrorNote error={library.error} what="the papers" />;
  if (library.status === 'loading') return <Loading what="the papers citing this work" />;
  const papers = citingPapers(library.data, workId);
  const titles = new Map(
    documents.status === 'ready' ? documents.data.map((d) => [d.id, d.title]) : [],
  );
  const total = papers.reduce((n, p) => n + p.citations.length, 0);
  const claimCount = papers.reduce((n, p) => n + p.claims.length, 0);
  const of = library.data.length;
  const by = of === 1 ? 'your paper' : `${papers.length} of your ${of} papers`;

  return (
    <section className="work-claims" aria-labelledby="work-claims-title">
      <h3 id="work-claims-title" className="pane__label">
        {papers.length === 0
          ? 'Not cited by any of your papers'
          : `Cited by ${by}, ${times(total)}, in ${claimCount === 1 ? '1 claim' : `${claimCount} claims`}`}
      </h3>
      {papers.map(({ index, citations, claims }) => {
        const title = titles.get(index.documentId) ?? index.paper.document.meta.title;
        return (
          <section
            key={index.documentId}
            className="citing-paper"
            aria-label={`In ${title}`}
            data-document-id={index.documentId}
          >
            <h4 className="citing-paper__title">
              <button
                type="button"
                className="link"
                onClick={() => nav.openDocument(index.documentId)}
              >
                {title}
              </button>{' '}
              <span className="muted">· cited {times(citations.length)}</span>
            </h4>
            <ol className="claim-list claim-list--compact">
              {claims.map((claim) => {
                const section = sectionAt(index, claim.start);
                return (
                  <li key={claim.id} className="claim-item">
                    <p className="claim-item__section">{section?.title ?? 'Front matter'}</p>
                    <blockquote className="claim-item__text">
                      <ClaimText claim={claim} index={index} workId={workId} />
                    </blockquote>
                    <button
                      type="button"
                      className="link"
                      onClick={() => nav.jumpTo(index.documentId, { kind: 'claim', id: claim.id })}
                    >
                      Show in the paper
                    </button>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
      {claimCount > 0 && (
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            nav.showClaims({
              documentId: papers.length === 1 ? papers[0]!.index.documentId : null,
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
