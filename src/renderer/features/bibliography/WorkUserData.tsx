// What the user has on one work: notes linking it, the user's claims involving it grouped by
// the work's stance, and "Add to list…".
import { useUserClaimsForWork } from '../../api/userData';
import { useNavigation } from '../../app/navigation';
import { useClaimDraft } from '../../api/userData';
import { STANCE_LABELS, STANCE_ORDER } from '../claims/stances';
import { AddToListButton } from '../lists/AddToListDialog';
import { NoteBacklinks } from '../notes/NoteBacklinks';

export function WorkUserData({ workKey, label }: { workKey: string; label: string }) {
  const byStance = useUserClaimsForWork(workKey);
  const nav = useNavigation();
  const [, , setDraft] = useClaimDraft();
  const total =
    byStance.status === 'ready' ? STANCE_ORDER.reduce((n, s) => n + byStance.data[s].length, 0) : 0;

  return (
    <>
      <section className="work-user" aria-labelledby="work-notes-title">
        <div className="work-user__bar">
          <h3 id="work-notes-title" className="pane__label">
            Your notes
          </h3>
          <AddToListButton workKeys={[workKey]} what={label} />
        </div>
        <NoteBacklinks query={{ workKey }} links={[{ kind: 'work', workKey }]} />
      </section>
      <section className="work-user" aria-labelledby="work-user-claims-title">
        <div className="work-user__bar">
          <h3 id="work-user-claims-title" className="pane__label">
            Your claims involving it{byStance.status === 'ready' ? ` (${total})` : ''}
          </h3>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setDraft({ links: [{ workKey, stance: 'supporting' }] });
              nav.showView('claims');
            }}
          >
            New claim with this work
          </button>
        </div>
        {byStance.status === 'ready' && total === 0 && <p className="muted">None yet.</p>}
        {byStance.status === 'ready' &&
          STANCE_ORDER.map((stance) => {
            const claims = byStance.data[stance];
            if (claims.length === 0) return null;
            return (
              <div key={stance} className="stance-group" data-stance={stance}>
                <h4 className={`stance stance--${stance}`}>
                  {STANCE_LABELS[stance]} ({claims.length})
                </h4>
                <ul className="stance-group__claims">
                  {claims.map((claim) => (
                    <li key={claim.id}>
                      <button
                        type="button"
                        className="link"
                        onClick={() => nav.showClaim(claim.id)}
                      >
                        {claim.statement}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
      </section>
    </>
  );
}
