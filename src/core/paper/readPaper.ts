/**
 * Reading a paper the user added: its document, its reference list (each entry parsed), its
 * citations (in the body, not in the list) each linked to an entry. What the entries are in the
 * library (which work each is) is decided by the caller, who then completes the analysis with
 * `completePaper`: claims, and every citation resolved to its entry's work.
 */
import type { ResolvedCitation } from '../citations/model';
import { extractClaims } from '../claims';
import type { Claim } from '../claims/model';
import { parseDocument, type SourceFormat } from '../document';
import type { ParsedDocument } from '../document/model';
import { analyseReferencesAndCitations, type CitationStyle } from '../references';
import { readSource } from '../references/readSource';
import type { AnalysedPaper } from './analysePaper';
import { placeAnalysis, type PaperCitation, type ReferenceEntry } from './referenceTools';
import { alignSource } from './sourceOffsets';

export interface ReadPaper {
  documentId: string;
  document: ParsedDocument;
  /** How the paper cites: author-year, numeric or notes. */
  style: CitationStyle;
  /** The reference list's section, if found. */
  referenceSectionId: string | null;
  references: ReferenceEntry[];
  /** Citations of the body, in order. */
  citations: PaperCitation[];
  /** Citation id -> the id of the entry it cites (null: none found). */
  referenceOf: Map<string, string | null>;
  /**
   * The claims of `citations`, made with the parse (so off the caller's thread when the paper is
   * read in a worker), `workIds` empty until `completePaper` knows the works. Absent when a
   * correction dropped citations: `completePaper` makes them again.
   */
  claims?: Claim[];
}

/**
 * The stages of reading a paper, in order: its reference list read entry by entry, its citations
 * found and linked to the entries, its text laid out (blocks, sections, notes), and the citations
 * placed in the laid-out text.
 */
export type ReadStage = 'reference-list' | 'citations' | 'layout' | 'placing';

/**
 * Reads `source` (Markdown or plain text) as document `documentId`: its document model, and the
 * reference analysis of its source (the style, the list split into entries, every citation and
 * the entry it cites) placed in the document's text. `format` 'text' reads a plain-text paper's
 * headings from lines standing alone (see core/document). `onStage` is told as each stage starts.
 */
export function readPaper(
  source: string,
  documentId: string,
  format: SourceFormat = 'markdown',
  onStage?: (stage: ReadStage) => void,
): ReadPaper {
  const analysis = analyseReferencesAndCitations(source, { onStage });
  onStage?.('layout');
  // A numeric paper's <sup>3</sup> is a citation, to be kept in the text (not a lost footnote).
  const superscriptCitations = analysis.style === 'numeric';
  const document = parseDocument(source, { format, superscriptCitations });
  onStage?.('placing');
  const noteLabels = new Map(readSource(source).notes.map((n) => [n.id, n.label]));
  const placed = placeAnalysis(analysis, document, alignSource(source, document), noteLabels);
  return { documentId, document, ...placed, claims: extractClaims(document, placed.citations) };
}

/** A reference entry with the library work it is (null while unlinked). */
export interface LinkedReference extends ReferenceEntry {
  workId: string | null;
}

/** A paper the user added, analysed: its references and which entry each citation cites. */
export interface AnalysedAddedPaper extends AnalysedPaper {
  references: LinkedReference[];
  referenceSectionId: string | null;
  /** Citation id -> entry id. */
  citationReferences: Record<string, string | null>;
}

/**
 * Completes the analysis once each entry's work is known (`workOfReference`: entry id -> work
 * key or null): citations resolve to their entry's work (or to `workOverride`'s, when it answers
 * one for a citation: a user's correction), and claims are extracted.
 */
export function completePaper(
  read: ReadPaper,
  workOfReference: (referenceId: string) => string | null,
  workOverride: (citationId: string) => string | undefined = () => undefined,
): AnalysedAddedPaper {
  const workIdOf = (citationId: string): string | null => {
    const own = workOverride(citationId);
    if (own !== undefined) return own;
    const ref = read.referenceOf.get(citationId);
    return ref ? workOfReference(ref) : null;
  };
  const claims = read.claims
    ? read.claims.map((claim) => ({
        ...claim,
        workIds: distinctWorks(claim.citationIds, workIdOf),
      }))
    : extractClaims(read.document, read.citations, workIdOf);
  const claimOf = new Map<string, string>();
  for (const claim of claims) for (const id of claim.citationIds) claimOf.set(id, claim.id);
  const citations = read.citations.map((c): ResolvedCitation => ({
    ...c,
    workId: workIdOf(c.id),
    claimId: claimOf.get(c.id) ?? null,
  }));
  return {
    documentId: read.documentId,
    document: read.document,
    citations,
    claims,
    references: read.references.map((r) => ({ ...r, workId: workOfReference(r.id) })),
    referenceSectionId: read.referenceSectionId,
    citationReferences: Object.fromEntries(read.referenceOf),
  };
}

/** The works of a claim's citations, each once, in order of first citation (as extractClaims). */
function distinctWorks(
  citationIds: readonly string[],
  workIdOf: (citationId: string) => string | null,
): string[] {
  const works = citationIds.map(workIdOf).filter((w): w is string => w !== null);
  return [...new Set(works)];
}
