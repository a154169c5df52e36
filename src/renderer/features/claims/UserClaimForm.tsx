// Records or edits a claim of the user's: a statement, works with a stance each, and optionally
// a passage of the paper it rests on.
import { useId, useState } from 'react';
import type { Stance, UserClaim } from '../../../shared/contract';
import { useWorkSummaries } from '../../api/queries';
import { useUserDataActions, type ClaimDraft } from '../../api/userData';
import { WorkPicker } from '../search/WorkPicker';
import { STANCE_LABELS, STANCE_ORDER } from './stances';

interface Props {
  /** The claim to edit; a new one is recorded when absent. */
  claim?: UserClaim;
  initial?: ClaimDraft;
  onDone: (claim: UserClaim | null) => void;
}

export function UserClaimForm({ claim, initial, onDone }: Props) {
  const id = useId();
  const { run } = useUserDataActions();
  const [statement, setStatement] = useState(claim?.statement ?? initial?.statement ?? '');
  const [links, setLinks] = useState(
    claim?.links.map(({ workKey, stance }) => ({ workKey, stance })) ?? initial?.links ?? [],
  );
  const [passage, setPassage] = useState(claim?.passage ?? initial?.passage ?? null);
  // The linked works' labels only; works are found by searching, never by loading them all.
  const works = useWorkSummaries(links.map((l) => l.workKey));
  const labelOf = (key: string) => works.get(key)?.label ?? key;

  const save = async () => {
    const input = { statement, links, passage };
    const saved = await run(
      (api) =>
        claim ? api.updateUserClaim({ id: claim.id, ...input }) : api.createUserClaim(input),
      ['userClaims'],
    );
    if (saved) onDone(saved);
  };

  return (
    <form
      className="claim-form"
      aria-label={claim ? 'Edit your claim' : 'New claim'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="field" htmlFor={`${id}-statement`}>
        <span className="field__label">Your claim</span>
      </label>
      <textarea
        id={`${id}-statement`}
        className="claim-form__statement"
        value={statement}
        maxLength={5000}
        required
        autoFocus
        placeholder="e.g. Mobility partnerships are conditionality in disguise."
        onChange={(e) => setStatement(e.target.value)}
      />
      <fieldset className="claim-form__works">
        <legend className="field__label">Works and their stance</legend>
        {links.length === 0 && <p className="muted">No works yet.</p>}
        <ul className="claim-form__links">
          {links.map((link, i) => (
            <li key={link.workKey} className="claim-form__link">
              <span className="claim-form__work">{labelOf(link.workKey)}</span>
              <label>
                <span className="visually-hidden">Stance of {labelOf(link.workKey)}</span>
                <select
                  value={link.stance}
                  onChange={(e) =>
                    setLinks(
                      links.map((l, j) =>
                        j === i ? { ...l, stance: e.target.value as Stance } : l,
                      ),
                    )
                  }
                >
                  {STANCE_ORDER.map((s) => (
                    <option key={s} value={s}>
                      {STANCE_LABELS[s]}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="chip__remove"
                aria-label={`Remove ${labelOf(link.workKey)}`}
                onClick={() => setLinks(links.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <WorkPicker
          label="Add a work"
          placeholder="Add a work: type an author, title or key…"
          exclude={new Set(links.map((l) => l.workKey))}
          onPick={(workKey) => setLinks([...links, { workKey, stance: 'supporting' }])}
        />
      </fieldset>
      {passage && (
        <p className="claim-form__passage">
          <span className="field__label">Passage</span> “{passage.selector.exact}”{' '}
          <button type="button" className="link" onClick={() => setPassage(null)}>
            Remove
          </button>
        </p>
      )}
      <div className="claim-form__actions">
        <button type="submit" className="button" disabled={!statement.trim()}>
          {claim ? 'Save claim' : 'Record claim'}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
