// One claim of the user's: the statement, its works by stance, its passage, its notes.
import { useState } from 'react';
import type { UserClaim } from '../../../shared/contract';
import { useWorkSummaries } from '../../api/queries';
import { useDocumentIndex } from '../../api/documents';
import { useUserDataActions } from '../../api/userData';
import { useNavigation } from '../../app/navigation';
import { AddToListButton } from '../lists/AddToListDialog';
import { NoteBacklinks } from '../notes/NoteBacklinks';
import { passageRange } from '../notes/passages';
import { STANCE_LABELS, STANCE_ORDER } from './stances';
import { UserClaimForm } from './UserClaimForm';

export function UserClaimItem({ claim }: { claim: UserClaim }) {
  const nav = useNavigation();
  const labels = useWorkSummaries(claim.links.map((l) => l.workKey));
  const passageDocument = claim.passage?.documentId ?? null;
  const index = useDocumentIndex(passageDocument);
  const { run, toasts } = useUserDataActions();
  const [editing, setEditing] = useState(false);
  const text = index.status === 'ready' ? index.data.paper.document.text : null;
  const at = claim.passage && text ? passageRange(text, claim.passage.selector) : null;

  if (editing) {
    return (
      <li className="claim-item claim-item--user" data-claim-id={claim.id}>
        <UserClaimForm claim={claim} onDone={() => setEditing(false)} />
      </li>
    );
  }

  const remove = async () => {
    const deleted = await run((api) => api.deleteUserClaim({ id: claim.id }), ['userClaims']);
    if (!deleted) return;
    toasts.show('Claim deleted.', {
      action: {
        label: 'Undo',
        run: () => void run((api) => api.restoreUserClaim({ id: deleted.id }), ['userClaims']),
      },
    });
  };

  return (
    <li className="claim-item claim-item--user" data-claim-id={claim.id}>
      <p className="claim-item__section">Your claim</p>
      <blockquote className="claim-item__text">{claim.statement}</blockquote>
      {STANCE_ORDER.map((stance) => {
        const linked = claim.links.filter((l) => l.stance === stance);
        if (linked.length === 0) return null;
        return (
          <div key={stance} className={`stance-row stance-row--${stance}`}>
            <span className={`stance stance--${stance}`}>{STANCE_LABELS[stance]}</span>
            <ul className="chips" aria-label={`${STANCE_LABELS[stance]} works`}>
              {linked.map((l) => (
                <li key={l.workKey}>
                  <button
                    type="button"
                    className="chip"
                    disabled={!labels.has(l.workKey)}
                    onClick={() => nav.openWork(l.workKey)}
                  >
                    {labels.get(l.workKey)?.label ?? `${l.placeholder} (deleted)`}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {claim.passage && (
        <p className="claim-item__passage">
          <span className="field__label">Passage</span> “{claim.passage.selector.exact}”{' '}
          {at && (
            <button
              type="button"
              className="link"
              onClick={() =>
                passageDocument && nav.jumpTo(passageDocument, { kind: 'passage', ...at })
              }
            >
              Show in the paper
            </button>
          )}
        </p>
      )}
      <section className="claim-item__notes" aria-label="Your notes on this claim">
        <NoteBacklinks
          query={{ claimId: claim.id }}
          links={[{ kind: 'claim', claimId: claim.id }]}
        />
      </section>
      <div className="claim-item__actions">
        <AddToListButton
          workKeys={claim.links.map((l) => l.workKey)}
          what={`the claim’s ${claim.links.length === 1 ? 'work' : `${claim.links.length} works`}`}
        />
        <span className="claim-item__buttons">
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => void remove()}
          >
            Delete
          </button>
        </span>
      </div>
    </li>
  );
}
