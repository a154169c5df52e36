// A claim's sentence with its citations marked (and those of one work stressed).
import type { ReactNode } from 'react';
import type { Claim } from '../../core/claims/model';
import type { PaperIndex } from '../api/paperIndex';

interface Props {
  claim: Claim;
  index: PaperIndex;
  /** Citations of this work are stressed (e.g. the work a detail pane shows). */
  workId?: string;
}

/** The claim text with each citation wrapped in <cite>. */
export function ClaimText({ claim, index, workId }: Props) {
  const citations = claim.citationIds
    .flatMap((id) => index.citationById.get(id) ?? [])
    .filter((c) => c.start >= claim.start && c.end <= claim.end)
    .sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = claim.start;
  for (const c of citations) {
    if (c.start < at) continue;
    out.push(claim.text.slice(at - claim.start, c.start - claim.start));
    const text = claim.text.slice(c.start - claim.start, c.end - claim.start);
    out.push(
      <cite
        key={c.id}
        className={workId && c.workId === workId ? 'cite-mark cite-mark--this' : 'cite-mark'}
      >
        {text}
      </cite>,
    );
    at = c.end;
  }
  out.push(claim.text.slice(at - claim.start));
  return <>{out}</>;
}
