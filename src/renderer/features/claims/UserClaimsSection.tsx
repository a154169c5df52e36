// The user's claims in the claims view, above the paper's: recorded, edited, deleted here.
import { useState } from 'react';
import { useUserClaims, useClaimDraft } from '../../api/userData';
import { ErrorNote } from '../../ui/Status';
import { useFocusedClaim } from './useFocusedClaim';
import { UserClaimForm } from './UserClaimForm';
import { UserClaimItem } from './UserClaimItem';

export function UserClaimsSection({ paperReady }: { paperReady: boolean }) {
  const claims = useUserClaims();
  const [draft, clearDraft] = useClaimDraft();
  const [creating, setCreating] = useState(false);
  useFocusedClaim(paperReady && claims.status === 'ready');
  const formOpen = creating || draft !== null;
  const close = () => {
    setCreating(false);
    clearDraft();
  };
  return (
    <section className="user-claims" aria-labelledby="user-claims-title">
      <div className="user-claims__header">
        <h2 id="user-claims-title" className="pane__label">
          Your claims{claims.status === 'ready' ? ` (${claims.data.length})` : ''}
        </h2>
        {!formOpen && (
          <button type="button" className="button button--small" onClick={() => setCreating(true)}>
            New claim
          </button>
        )}
      </div>
      {formOpen && (
        <UserClaimForm key={JSON.stringify(draft)} initial={draft ?? undefined} onDone={close} />
      )}
      {claims.status === 'error' && <ErrorNote error={claims.error} what="your claims" />}
      {claims.status === 'ready' && claims.data.length === 0 && !formOpen && (
        <p className="muted">
          Record what you make of the literature: a statement, and the works that support, contrast
          or merely mention it.
        </p>
      )}
      {claims.status === 'ready' && claims.data.length > 0 && (
        <ol className="claim-list">
          {claims.data.map((claim) => (
            <UserClaimItem key={claim.id} claim={claim} />
          ))}
        </ol>
      )}
      <h2 className="pane__label user-claims__paper">The paper’s claims</h2>
    </section>
  );
}
