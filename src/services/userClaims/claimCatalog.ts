/** A ClaimCatalog (for note links) over the documents' claims and the user's claims. */
import { claimRef } from '../../core/documents/ids';
import type { UserDataStore } from '../../store';
import type { ClaimCatalog } from '../notes/NotesService';

/** Where the catalog finds a document's claim: its text, or null when there is no such claim. */
export type DocumentClaimText = (documentId: string, claimId: string) => Promise<string | null>;

/**
 * Claim texts by claim key: a document's claims through `documentClaim` (e.g. the documents
 * service), the user's claims from the store, read on each lookup.
 */
export function claimCatalog(store: UserDataStore, documentClaim: DocumentClaimText): ClaimCatalog {
  return {
    async lookup(keys) {
      const out = new Map<string, string>();
      for (const key of keys) {
        const ref = claimRef(key, key.includes('#') ? undefined : null);
        const text =
          ref.documentId === null
            ? (await store.userClaims.get(ref.claimId))?.statement
            : await documentClaim(ref.documentId, ref.claimId);
        if (text !== undefined && text !== null) out.set(key, text);
      }
      return out;
    },
  };
}

/** A DocumentClaimText over fixed claims of documents (the bundled paper's, in the CLI). */
export function claimsOf(
  papers: ReadonlyArray<{
    documentId: string;
    claims: ReadonlyArray<{ id: string; text: string }>;
  }>,
): DocumentClaimText {
  const byDocument = new Map(
    papers.map((p) => [p.documentId, new Map(p.claims.map((c) => [c.id, c.text]))]),
  );
  return async (documentId, claimId) => byDocument.get(documentId)?.get(claimId) ?? null;
}
