// A paper's reference list as the library linked it: each entry with its work and how it was
// linked, suggested matches to confirm or reject, and the entry's fields to correct.
import { useState } from 'react';
import type { DocumentReference } from '../../../shared/contract';
import { useDocument } from '../../api/documents';
import { useWorkSummaries } from '../../api/queries';
import { useNavigation } from '../../app/navigation';
import { ErrorNote, Loading } from '../../ui/Status';
import { ReferenceFieldsForm } from './ReferenceFieldsForm';
import { useDocumentChange } from './useDocumentChange';

const HOW: Record<NonNullable<DocumentReference['how']>, string> = {
  doi: 'same DOI',
  isbn: 'same ISBN',
  'title-year-author': 'same title, year and first author',
  created: 'new work made from this entry',
  confirmed: 'match confirmed by you',
  user: 'linked by you',
};

export function PaperReferences({ documentId }: { documentId: string }) {
  const document = useDocument(documentId);
  const references = document.status === 'ready' ? document.data.references : [];
  const keys = references.flatMap((r) => [r.workId, r.candidate?.workKey ?? null]);
  const labels = useWorkSummaries(keys.filter((k): k is string => !!k));
  if (document.status === 'error')
    return <ErrorNote error={document.error} what="the reference list" />;
  if (document.status === 'loading') return <Loading what="the reference list" />;
  if (references.length === 0) return null;
  const pending = references.filter((r) => r.candidate);
  return (
    <section className="paper-refs" aria-labelledby="paper-refs-title">
      <h3 id="paper-refs-title" className="pane__label">
        Reference list · {references.length} {references.length === 1 ? 'entry' : 'entries'}
      </h3>
      {pending.length > 0 && (
        <p className="paper-refs__pending" role="status">
          {pending.length === 1
            ? '1 entry may be a work already in your library: is it?'
            : `${pending.length} entries may be works already in your library: are they?`}
        </p>
      )}
      <ol className="paper-refs__list">
        {[...pending, ...references.filter((r) => !r.candidate)].map((reference) => (
          <ReferenceItem
            key={reference.key}
            documentId={documentId}
            reference={reference}
            label={(key) => labels.get(key)?.label ?? key}
            title={(key) => labels.get(key)?.title ?? null}
          />
        ))}
      </ol>
    </section>
  );
}

function ReferenceItem({
  documentId,
  reference,
  label,
  title,
}: {
  documentId: string;
  reference: DocumentReference;
  label: (workKey: string) => string;
  /** The library work's title: what the user compares the entry with. */
  title: (workKey: string) => string | null;
}) {
  const nav = useNavigation();
  const change = useDocumentChange();
  const [editing, setEditing] = useState(false);
  const answer = (accept: boolean) =>
    void change(documentId, (api) =>
      api.answerReferenceMatch({ documentId, referenceKey: reference.key, accept }),
    );
  const candidate = reference.candidate;
  const candidateTitle = candidate ? title(candidate.workKey) : null;
  return (
    <li
      className={candidate ? 'paper-ref paper-ref--pending' : 'paper-ref'}
      data-reference-key={reference.key}
    >
      <p className="paper-ref__raw">{reference.raw}</p>
      {candidate ? (
        <div className="paper-ref__match" role="group" aria-label="Suggested match">
          <p>
            Is this{' '}
            <button type="button" className="link" onClick={() => nav.openWork(candidate.workKey)}>
              {label(candidate.workKey)}
            </button>
            {candidateTitle && (
              <>
                , <cite className="paper-ref__candidate-title">“{candidateTitle}”</cite>,
              </>
            )}{' '}
            from your library? <span className="muted">({candidate.reason})</span>
          </p>
          <button type="button" className="button button--small" onClick={() => answer(true)}>
            Same work
          </button>{' '}
          <button type="button" className="button button--small" onClick={() => answer(false)}>
            A different work
          </button>
        </div>
      ) : (
        <p className="paper-ref__work">
          {reference.workId ? (
            <>
              <button
                type="button"
                className="chip"
                onClick={() => nav.openWork(reference.workId!)}
              >
                {label(reference.workId)}
              </button>{' '}
              {reference.how && <span className="muted">{HOW[reference.how]}</span>}
            </>
          ) : (
            <span className="muted">Not linked to a work.</span>
          )}{' '}
          {!editing && (
            <button type="button" className="link" onClick={() => setEditing(true)}>
              Correct fields…
            </button>
          )}
        </p>
      )}
      {editing && (
        <ReferenceFieldsForm
          csl={reference.csl}
          onCancel={() => setEditing(false)}
          onSave={async (fields) => {
            const done = await change(documentId, (api) =>
              api.correctReference({ documentId, referenceKey: reference.key, fields }),
            );
            if (done) setEditing(false);
          }}
        />
      )}
    </li>
  );
}
