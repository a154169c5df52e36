// In a citation card: which other papers of the library cite the same work, and "Open this
// paper" when the cited work is itself one of the library's papers (the link kept with the
// paper's record, not a guess by title).
import type { WorkSummary } from '../../../shared/contract';
import { useCitingPapers, useDocuments } from '../../api/documents';
import { useNavigation } from '../../app/navigation';

interface Props {
  work: WorkSummary;
  /** The paper the card is in. */
  documentId: string;
  onLeave: () => void;
}

export function CardAcrossPapers({ work, documentId, onLeave }: Props) {
  const nav = useNavigation();
  const documents = useDocuments();
  const several = work.papersCiting > 1;
  const citing = useCitingPapers(several ? work.key : null);
  const papers = documents.status === 'ready' ? documents.data : [];
  const itself = papers.find((p) => p.workKey === work.key) ?? null;
  const others =
    citing.status === 'ready' ? citing.data.filter((p) => p.documentId !== documentId) : [];
  if (!itself && !several) return null;
  return (
    <section className="card__section" aria-label="In your other papers">
      {several && (
        <>
          <h3 className="card__label">Cited by {work.papersCiting} of your papers</h3>
          <ul className="card__places">
            {others.map((paper) => (
              <li key={paper.documentId} className="card__place">
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    onLeave();
                    nav.openWork(work.key);
                  }}
                  aria-label={`${paper.title}: its claims with ${work.label}`}
                >
                  {paper.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {itself && itself.id !== documentId && (
        <p className="card__paper-link">
          <button
            type="button"
            className="link"
            onClick={() => {
              onLeave();
              nav.openDocument(itself.id);
            }}
          >
            Open this paper
          </button>{' '}
          <span className="card__muted">— it is in your library.</span>
        </p>
      )}
    </section>
  );
}
