// One paper of the library: what was found in it, its parse warnings, and what to do with it
// (read it, its claims, export its references, remove it with undo).
import type { DocumentEntry } from '../../api/documents';
import { useNavigation } from '../../app/navigation';
import { ExportButton } from '../export/ExportButtons';
import { authorsShort } from './paperRows';
import { KIND_LABELS } from './PapersTable';
import { useRemovePaper } from './useRemovePaper';
import { PaperReferences } from './PaperReferences';
import { useDocumentChange } from './useDocumentChange';

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function PaperDetail({ paper }: { paper: DocumentEntry }) {
  const nav = useNavigation();
  const remove = useRemovePaper();
  const change = useDocumentChange();
  const title = paper.title || 'Untitled paper';
  return (
    <article className="paper-detail" aria-labelledby="paper-detail-title">
      <header className="work-detail__header">
        <p className="work-detail__label">{KIND_LABELS[paper.kind]}</p>
        <h2 id="paper-detail-title" className="work-detail__title" tabIndex={-1}>
          {title}
        </h2>
        <p className="muted">
          {paper.authors.join(', ') || 'Authors unknown'}
          {paper.year ? `, ${paper.year}` : ''}
        </p>
        <p className="work-detail__actions">
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() => nav.openDocument(paper.id)}
          >
            Open in the reader
          </button>{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => nav.showClaims({ documentId: paper.id, workIds: [], sectionId: null })}
          >
            Its claims
          </button>{' '}
          {paper.worksLinked > 0 && (
            <ExportButton
              target={{ kind: 'document', documentId: paper.id }}
              what={`The works “${title}” cites`}
              label="Export references…"
            />
          )}
        </p>
      </header>

      <dl className="paper-detail__counts">
        <div>
          <dt>Citations found</dt>
          <dd>{paper.citations.toLocaleString('en')}</dd>
        </div>
        <div>
          <dt>References</dt>
          <dd>{paper.references.toLocaleString('en')}</dd>
        </div>
        <div>
          <dt>Works linked</dt>
          <dd>{paper.worksLinked.toLocaleString('en')}</dd>
        </div>
      </dl>

      <section className="paper-detail__warnings" aria-labelledby="paper-warnings-title">
        <h3 id="paper-warnings-title" className="pane__label">
          {paper.warnings.length === 0
            ? 'No parse warnings'
            : `${count(paper.warnings.length, 'parse warning')}`}
        </h3>
        {paper.warnings.length > 0 && (
          <ul className="paper-detail__warning-list">
            {paper.warnings.map((warning, i) => (
              <li key={i}>{warning}</li>
            ))}
          </ul>
        )}
      </section>

      <PaperReferences documentId={paper.id} />

      {paper.kind !== 'bundled' && (
        <p className="paper-detail__remove">
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              void change(paper.id, (api) => api.reparseDocument({ documentId: paper.id }))
            }
          >
            Read again
          </button>{' '}
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => void remove(paper.id, authorsShort(paper.authors) || title)}
          >
            Remove from library
          </button>{' '}
          <span className="muted">Your notes on it are kept; you can undo the removal.</span>
        </p>
      )}
    </article>
  );
}
