// In a citation card: which other papers of the library cite the same work, and "Open this
// paper" when the cited work is itself one of the library's papers.
import type { WorkSummary } from '../../../shared/contract';
import { useDocuments, useLibraryIndexes } from '../../api/documents';
import { useNavigation } from '../../app/navigation';
import { paperOfWork } from '../papers/paperOfWork';

interface Props {
  work: WorkSummary;
  /** The paper the card is in. */
  documentId: string;
  onLeave: () => void;
}

export function CardAcrossPapers({ work, documentId, onLeave }: Props) {
  const nav = useNavigation();
  const documents = useDocuments();
  const library = useLibraryIndexes();
  const papers = documents.status === 'ready' ? documents.data : [];
  const itself = paperOfWork(work, papers);
  const citing =
    library.status === 'ready'
      ? library.data.filter((i) => i.citationsByWork.has(work.key)).map((i) => i.documentId)
      : [];
  const others = citing.filter((id) => id !== documentId);
  if (!itself && others.length === 0) return null;
  const title = (id: string) => papers.find((p) => p.id === id)?.title ?? 'Untitled paper';
  return (
    <section className="card__section" aria-label="In your other papers">
      {others.length > 0 && (
        <>
          <h3 className="card__label">Cited by {citing.length} of your papers</h3>
          <ul className="card__places">
            {others.map((id) => (
              <li key={id} className="card__place">
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    onLeave();
                    nav.openWork(work.key);
                  }}
                  aria-label={`${title(id)}: its claims with ${work.label}`}
                >
                  {title(id)}
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
