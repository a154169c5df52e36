// One claim: its sentence with the citations marked, its works, and a jump to the paper.
import type { ReactNode } from 'react';
import type { Claim } from '../../../core/claims/model';
import type { WorkSummary } from '../../../shared/contract';
import { sectionAt, type PaperIndex } from '../../api/paperIndex';
import { useNavigation } from '../../app/navigation';

/** The claim text with each of its citations wrapped in <cite>. */
function markedText(claim: Claim, index: PaperIndex): ReactNode[] {
  const citations = claim.citationIds
    .flatMap((id) => index.citationById.get(id) ?? [])
    .filter((c) => c.start >= claim.start && c.end <= claim.end)
    .sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = claim.start;
  for (const c of citations) {
    if (c.start < at) continue;
    out.push(claim.text.slice(at - claim.start, c.start - claim.start));
    out.push(
      <cite key={c.id}>{claim.text.slice(c.start - claim.start, c.end - claim.start)}</cite>,
    );
    at = c.end;
  }
  out.push(claim.text.slice(at - claim.start));
  return out;
}

export function ClaimItem({
  claim,
  index,
  works,
}: {
  claim: Claim;
  index: PaperIndex;
  works: Map<string, WorkSummary>;
}) {
  const nav = useNavigation();
  const section = sectionAt(index, claim.start);
  return (
    <li className="claim-item" data-claim-id={claim.id}>
      <p className="claim-item__section">
        {section?.title ?? 'Front matter'}
        {claim.kind === 'quote' && <span className="claim-item__kind"> · quotation</span>}
      </p>
      <blockquote className="claim-item__text">{markedText(claim, index)}</blockquote>
      <div className="claim-item__actions">
        <ul className="chips" aria-label="Works cited">
          {claim.workIds.map((id) => (
            <li key={id}>
              <button type="button" className="chip" onClick={() => nav.openWork(id)}>
                {works.get(id)?.label ?? id}
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="link"
          onClick={() => nav.jumpTo({ kind: 'claim', id: claim.id })}
        >
          Show in the paper
        </button>
      </div>
    </li>
  );
}
