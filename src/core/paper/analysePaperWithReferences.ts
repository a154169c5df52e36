/** A paper with its reference list: the bundled pipeline plus the list, the style and the links. */
import type { Work } from '../bibliography/model';
import { buildWorkIndex, resolveCitation } from '../bibliography';
import type { ResolvedCitation } from '../citations/model';
import {
  analyseReferencesAndCitations,
  findReferenceList,
  linkAuthorYearCitations,
  type CitationStyle,
  type ReferenceEntry,
  type UnresolvedCitation,
} from '../references';
import { analysePaper, type AnalysedPaper } from './analysePaper';

/** A citation with the reference entry it cites and, for a numeric one, its number. */
export interface ReferencedCitation extends ResolvedCitation {
  referenceId: string | null;
  number: number | null;
  /** For a note citation the note it stands in (offsets are then into the source). */
  noteId: string | null;
}

export interface PaperWithReferences extends Omit<AnalysedPaper, 'citations'> {
  style: CitationStyle;
  /** Entries of the paper's reference list; offsets into the source text. */
  references: ReferenceEntry[];
  citations: ReferencedCitation[];
  unresolved: UnresolvedCitation[];
  /** Ids of entries no citation uses. */
  unused: string[];
}

/**
 * Analyses a Markdown or plain-text paper with its reference list. Author-year papers keep the
 * document pipeline's citations and claims (offsets into `document.text`), minus any read from
 * the reference list, each linked to its entry. Numeric and notes papers take the citations of
 * the reference analysis (offsets into `source`); their claims wait for the document model to
 * carry numeric markers and notes, so `claims` is empty for them. `documentId` is the
 * document's id in the library.
 */
export function analysePaperWithReferences(
  source: string,
  works: readonly Work[],
  documentId: string,
): PaperWithReferences {
  const paper = analysePaper(source, works, documentId);
  const analysis = analyseReferencesAndCitations(source);
  const { references, style } = analysis;
  const used = (ids: Iterable<string | null>): string[] => {
    const cited = new Set(ids);
    return references.filter((r) => !cited.has(r.id)).map((r) => r.id);
  };
  if (style === 'author-year') {
    const list = findReferenceList(paper.document.text);
    const kept = paper.citations.filter((c) => !list || c.start < list.start);
    const keptIds = new Set(kept.map((c) => c.id));
    const links = linkAuthorYearCitations(kept, references, source);
    const citations = kept.map((c, k): ReferencedCitation => {
      const link = links[k]!.link;
      return { ...c, referenceId: link.referenceId, number: null, noteId: null };
    });
    const unresolved =
      references.length === 0
        ? []
        : links.flatMap(({ citationId, link }) =>
            link.referenceId === null ? [{ citationId, reason: link.reason }] : [],
          );
    const claims = paper.claims
      .map((k) => ({ ...k, citationIds: k.citationIds.filter((id) => keptIds.has(id)) }))
      .filter((k) => k.citationIds.length > 0);
    return {
      ...paper,
      claims,
      style,
      references,
      citations,
      unresolved,
      unused: used(citations.map((c) => c.referenceId)),
    };
  }
  const index = buildWorkIndex([...works]);
  const citations = analysis.citations.map((c): ReferencedCitation => ({
    ...c,
    workId: c.authors.length > 0 ? resolveCitation(c, index) : null,
    claimId: null,
  }));
  return {
    ...paper,
    claims: [],
    style,
    references,
    citations,
    unresolved: analysis.unresolved,
    unused: analysis.unused,
  };
}
