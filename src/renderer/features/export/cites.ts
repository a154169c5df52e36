// The citations to copy for a citation in the paper, a claim, or a passage the reader selected.
import type { ResolvedCitation } from '../../../core/citations/model';
import type { PaperIndex } from '../../api/paperIndex';
import type { CiteRequest } from './requests';

/** One resolved citation as a cite (its work, and the locator the paper gives). */
export function citeOf(citation: ResolvedCitation): CiteRequest | null {
  if (!citation.workId) return null;
  return citation.locator
    ? { key: citation.workId, locator: citation.locator }
    : { key: citation.workId };
}

/** The cites of several citations: each work once, with the first locator given for it. */
export function citesOf(citations: readonly ResolvedCitation[]): CiteRequest[] {
  const out: CiteRequest[] = [];
  for (const c of citations) {
    const cite = citeOf(c);
    if (!cite) continue;
    const seen = out.find((o) => o.key === cite.key);
    if (!seen) out.push(cite);
    else if (!seen.locator && cite.locator) seen.locator = cite.locator;
  }
  return out;
}

/** The cites of the paper's citations inside [start, end). */
export function citesInRange(index: PaperIndex, start: number, end: number): CiteRequest[] {
  return citesOf(index.paper.citations.filter((c) => c.start < end && start < c.end));
}

/** The cites of a claim of the paper. */
export function citesOfClaim(index: PaperIndex, claimId: string): CiteRequest[] {
  const claim = index.claimById.get(claimId);
  if (!claim) return [];
  return citesOf(claim.citationIds.flatMap((id) => index.citationById.get(id) ?? []));
}
