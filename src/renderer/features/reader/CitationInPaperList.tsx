// In a citation card of a paper with its own reference list: the entry the citation cites, and
// corrections — cite another entry, or "not a citation" — kept apart from the parse.
import { useState } from 'react';
import type { ResolvedCitation } from '../../../core/citations/model';
import type { PaperIndex } from '../../api/paperIndex';
import { useDocumentChange } from '../papers/useDocumentChange';

interface Props {
  citation: ResolvedCitation;
  index: PaperIndex;
  onChanged: () => void;
}

export function CitationInPaperList({ citation, index, onChanged }: Props) {
  const { documentId, paper } = index;
  const change = useDocumentChange();
  const [correcting, setCorrecting] = useState(false);
  if (paper.references.length === 0) return null;
  const entryId = paper.citationReferences[citation.id] ?? null;
  const entry = paper.references.find((r) => r.id === entryId) ?? null;
  const correct = async (
    to:
      { kind: 'reference'; referenceKey: string } | { kind: 'not-a-citation' } | { kind: 'reset' },
  ) => {
    const done = await change(documentId, (api) =>
      api.correctCitation({ documentId, citationId: citation.id, to }),
    );
    if (done) {
      setCorrecting(false);
      onChanged();
    }
  };
  return (
    <section className="card__section" aria-label="In this paper’s reference list">
      <h3 className="card__label">In this paper’s reference list</h3>
      {entry ? (
        <p className="card__entry">{entry.raw}</p>
      ) : (
        <p className="card__muted">No entry of the list was found for this citation.</p>
      )}
      {correcting ? (
        <div className="card__correct" role="group" aria-label="Correct this citation">
          <label className="field">
            <span className="field__label">It cites</span>
            <select
              defaultValue={entry?.key ?? ''}
              onChange={(event) =>
                event.target.value &&
                void correct({ kind: 'reference', referenceKey: event.target.value })
              }
            >
              <option value="" disabled>
                Choose an entry…
              </option>
              {paper.references.map((r) => (
                <option key={r.key} value={r.key}>
                  {r.raw.length > 90 ? `${r.raw.slice(0, 89)}…` : r.raw}
                </option>
              ))}
            </select>
          </label>
          <p>
            <button
              type="button"
              className="button button--small"
              onClick={() => void correct({ kind: 'not-a-citation' })}
            >
              Not a citation
            </button>{' '}
            <button
              type="button"
              className="button button--small"
              onClick={() => void correct({ kind: 'reset' })}
            >
              Undo my corrections
            </button>{' '}
            <button type="button" className="link" onClick={() => setCorrecting(false)}>
              Cancel
            </button>
          </p>
        </div>
      ) : (
        <button type="button" className="link" onClick={() => setCorrecting(true)}>
          Wrong? Correct this citation…
        </button>
      )}
    </section>
  );
}
