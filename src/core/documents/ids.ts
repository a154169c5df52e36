/**
 * Document ids, and the library-wide ids of what a document contains. Blocks, claims, citations
 * and footnotes carry short ids that are unique within their document ("b12", "k3", "c41",
 * "fn2"); paired with the document's id they are unique across the library. Where one string
 * must name such a thing (a search hit, a note's claim link in the CLI, a DOM anchor) it is the
 * qualified form "<documentId>#<localId>".
 */

/** The id of the paper that ships with Scholion; passage links have used it from the start. */
export const BUNDLED_DOCUMENT_ID = 'lavenex-panizzon-2013';

/** Separates a document id from a local id in a qualified id (never part of a document id). */
export const QUALIFIER = '#';

/** A thing of one document: the pair that is unique across the library. */
export interface DocumentScopedId {
  documentId: string;
  id: string;
}

/** "lavenex-panizzon-2013#k12" for claim k12 of the bundled paper. */
export function qualifiedId(documentId: string, localId: string): string {
  return `${documentId}${QUALIFIER}${localId}`;
}

/**
 * The document and local id of a qualified id; null for an id without a document ("k12", or a
 * user claim's "uc-…", which is library-wide already).
 */
export function parseQualifiedId(value: string): DocumentScopedId | null {
  const at = value.lastIndexOf(QUALIFIER);
  if (at <= 0 || at === value.length - 1) return null;
  return { documentId: value.slice(0, at), id: value.slice(at + 1) };
}

/** True for the ids of claims the user wrote (library-wide, in no document). */
export function isUserClaimId(id: string): boolean {
  return id.startsWith('uc-');
}

/** A claim a note can link: one of a document's ("k12" of a paper), or a user's (no document). */
export interface ClaimRef {
  documentId: string | null;
  claimId: string;
}

/**
 * The claim `claimId` names: a qualified id ("doc#k12") names its document; otherwise
 * `documentId` when given (null: a user claim). Without either, a user claim id ("uc-…") is in no
 * document and a bare paper claim id ("k12") is the bundled paper's, as every claim id was before
 * the library had more than one document (notes, scripts and CLI calls written then).
 */
export function claimRef(claimId: string, documentId?: string | null): ClaimRef {
  const qualified = parseQualifiedId(claimId);
  if (qualified) return { documentId: qualified.documentId, claimId: qualified.id };
  if (documentId !== undefined) return { documentId, claimId };
  return { documentId: isUserClaimId(claimId) ? null : BUNDLED_DOCUMENT_ID, claimId };
}

/** One string per claim, unique across the library: "doc#k12", or a user claim's own id. */
export function claimKey(ref: ClaimRef): string {
  return ref.documentId === null ? ref.claimId : qualifiedId(ref.documentId, ref.claimId);
}
