// A claim's sentence as main sends it for lists across papers: its citations marked (and those
// of one work stressed), from the marks' offsets within the text.
import type { ReactNode } from 'react';
import type { ClaimView } from '../../shared/contract';

/** The claim text with each citation wrapped in <cite>. */
export function ClaimMarks({ claim, workId }: { claim: ClaimView; workId?: string }) {
  const out: ReactNode[] = [];
  let at = 0;
  for (const [i, mark] of [...claim.marks].sort((a, b) => a.start - b.start).entries()) {
    if (mark.start < at || mark.end <= mark.start) continue;
    out.push(claim.text.slice(at, mark.start));
    out.push(
      <cite
        key={i}
        className={workId && mark.workId === workId ? 'cite-mark cite-mark--this' : 'cite-mark'}
      >
        {claim.text.slice(mark.start, mark.end)}
      </cite>,
    );
    at = mark.end;
  }
  out.push(claim.text.slice(at));
  return <>{out}</>;
}
