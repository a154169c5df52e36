/** Turns the parsed paper into searchable passages (one per block or footnote) and claims. */
import type { Citation } from '../citations/model';
import type { Claim } from '../claims/model';
import type { ParsedDocument } from '../document/model';
import type { PaperSearchText, SearchableClaim, SearchablePassage } from './types';

/** "doc#b12" when the items are a document's of several; the local id alone otherwise. */
const idIn = (documentId: string | undefined, id: string): string =>
  documentId === undefined ? id : `${documentId}#${id}`;
const anchorIn = (documentId: string | undefined) =>
  documentId === undefined ? {} : { documentId };

/**
 * One passage per heading, paragraph, block quote and footnote, with its offsets and section.
 * With `documentId` (a library of several papers) ids are qualified ("doc#b12", "doc#fn:3") and
 * anchors name the document.
 */
export function passagesFromDocument(
  doc: ParsedDocument,
  documentId?: string,
): SearchablePassage[] {
  const sectionTitle = new Map(doc.sections.map((s) => [s.id, s.title]));
  const blockById = new Map(doc.blocks.map((b) => [b.id, b]));
  const passages: SearchablePassage[] = doc.blocks.map((b) => ({
    id: idIn(documentId, b.id),
    text: b.text,
    section: b.sectionId ? (sectionTitle.get(b.sectionId) ?? null) : null,
    anchor: { ...anchorIn(documentId), blockId: b.id, start: b.start, end: b.end },
  }));
  for (const fn of doc.footnotes) {
    const ref = fn.refBlockId ? blockById.get(fn.refBlockId) : undefined;
    const marker = ref?.footnoteRefs.find((r) => r.footnoteId === fn.id);
    const at = marker?.offset ?? ref?.start ?? 0;
    passages.push({
      id: idIn(documentId, `fn:${fn.id}`),
      text: fn.text,
      section: `Footnote ${fn.label}`,
      anchor: { ...anchorIn(documentId), blockId: fn.refBlockId, start: at, end: at },
    });
  }
  return passages;
}

/**
 * The paper's claims, each with the labels of the citations it carries ("Aleinikoff 2003"); with
 * `documentId`, ids qualified ("doc#k3") and anchors naming the document.
 */
export function claimsFromPaper(
  claims: readonly Claim[],
  citations: readonly Pick<Citation, 'id' | 'raw'>[],
  documentId?: string,
): SearchableClaim[] {
  const raw = new Map(citations.map((c) => [c.id, c.raw]));
  return claims.map((c) => ({
    id: idIn(documentId, c.id),
    text: c.text,
    origin: 'paper',
    cites: [...new Set(c.citationIds.map((id) => raw.get(id)).filter((r): r is string => !!r))],
    anchor: { ...anchorIn(documentId), blockId: c.blockId, start: c.start, end: c.end },
  }));
}

/** A paper's search text: its passages and claims, ids qualified by the paper. */
export function searchTextOf(paper: {
  documentId: string;
  document: ParsedDocument;
  claims: readonly Claim[];
  citations: readonly Pick<Citation, 'id' | 'raw'>[];
}): PaperSearchText {
  return {
    documentId: paper.documentId,
    passages: passagesFromDocument(paper.document, paper.documentId),
    claims: claimsFromPaper(paper.claims, paper.citations, paper.documentId),
  };
}
