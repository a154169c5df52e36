/** The whole parsing pipeline for one paper: document -> citations -> works -> claims. */
import type { ParsedDocument } from '../document/model';
import { parseDocument } from '../document';
import type { ResolvedCitation } from '../citations/model';
import { citationsOfDocument } from '../citations';
import type { Claim } from '../claims/model';
import { extractClaims } from '../claims';
import type { Work } from '../bibliography/model';
import { buildWorkIndex, resolveCitation } from '../bibliography';

/** A paper with every citation resolved to a work (or null) and placed in its claim. */
export interface AnalysedPaper {
  /** The document's id in the library: with it, the local ids below are unique library-wide. */
  documentId: string;
  document: ParsedDocument;
  citations: ResolvedCitation[];
  claims: Claim[];
}

/**
 * Parses a paper's source text and resolves its citations against `works` (by the labels the
 * works are cited under, then author and year). An ibid resolves to the work of the citation it
 * repeats. `documentId` is the document's id in the library.
 */
export function analysePaper(
  source: string,
  works: readonly Work[],
  documentId: string,
): AnalysedPaper {
  const document = parseDocument(source);
  const parsed = citationsOfDocument(document);
  const index = buildWorkIndex([...works]);
  const workIdById = new Map<string, string | null>();
  for (const citation of parsed) {
    const target = citation.ibidOf ? workIdById.get(citation.ibidOf) : undefined;
    workIdById.set(citation.id, target !== undefined ? target : resolveCitation(citation, index));
  }
  const workIdOf = (citationId: string): string | null => workIdById.get(citationId) ?? null;
  const claims = extractClaims(document, parsed, workIdOf);
  const claimIdById = new Map<string, string>();
  for (const claim of claims) for (const id of claim.citationIds) claimIdById.set(id, claim.id);
  const citations = parsed.map((c): ResolvedCitation => ({
    ...c,
    workId: workIdOf(c.id),
    claimId: claimIdById.get(c.id) ?? null,
  }));
  return { documentId, document, citations, claims };
}
