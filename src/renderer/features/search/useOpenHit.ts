// Opens a search hit where it lives: a work in the bibliography, a claim in the claims view, a
// note in the notes view, a passage in the reader (scrolled to and highlighted).
import { useCallback } from 'react';
import type { Hit } from '../../../shared/contract';
import { useApiContext } from '../../api/ApiProvider';
import { useDocuments } from '../../api/documents';
import { loadDocument } from '../../api/documentSource';
import { useNavigation } from '../../app/navigation';
import { hitDocumentId, localHitId, passageTarget } from './hits';

/**
 * A function that opens a hit. With `claimsInPaper` (the palette's "Go to"), a claim of the
 * paper opens in the reader at its first citation rather than in the claims view.
 */
export function useOpenHit({ claimsInPaper = false } = {}): (hit: Hit) => void {
  const nav = useNavigation();
  const documents = useDocuments();
  const { api } = useApiContext();
  const first = documents.status === 'ready' ? (documents.data[0]?.id ?? null) : null;
  return useCallback(
    (hit: Hit) => {
      const documentId = hitDocumentId(hit, first);
      if (hit.kind === 'work') nav.openWork(hit.id);
      else if (hit.kind === 'note') nav.openNote(hit.id);
      else if (hit.kind === 'claim') {
        const id = hit.anchor ? localHitId(hit) : hit.id; // a user claim's id is its own
        if (claimsInPaper && hit.anchor?.blockId && documentId)
          nav.jumpTo(documentId, { kind: 'claim', id });
        else nav.showClaim(id, hit.anchor ? documentId : null);
      } else if (documentId) {
        // Only the hit's paper is read, for the sentence of the match.
        void loadDocument(api, documentId)
          .then((paper) => paper.document.text)
          .catch(() => '')
          .then((text) => {
            const target = passageTarget(hit, text);
            if (target) nav.jumpTo(documentId, target);
          });
      }
    },
    [nav, first, api, claimsInPaper],
  );
}
