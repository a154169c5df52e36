// Opens a search hit where it lives: a work in the bibliography, a claim in the claims view, a
// note in the notes view, a passage in the reader (scrolled to and highlighted).
import { useCallback } from 'react';
import type { Hit } from '../../../shared/contract';
import { usePaper } from '../../api/queries';
import { useNavigation } from '../../app/navigation';
import { passageTarget } from './hits';

/**
 * A function that opens a hit. With `claimsInPaper` (the palette's "Go to"), a claim of the
 * paper opens in the reader at its first citation rather than in the claims view.
 */
export function useOpenHit({ claimsInPaper = false } = {}): (hit: Hit) => void {
  const nav = useNavigation();
  const paper = usePaper();
  const text = paper.status === 'ready' ? paper.data.document.text : '';
  return useCallback(
    (hit: Hit) => {
      if (hit.kind === 'work') nav.openWork(hit.id);
      else if (hit.kind === 'note') nav.openNote(hit.id);
      else if (hit.kind === 'claim') {
        if (claimsInPaper && hit.anchor?.blockId) nav.jumpTo({ kind: 'claim', id: hit.id });
        else nav.showClaim(hit.id);
      } else {
        const target = passageTarget(hit, text);
        if (target) nav.jumpTo(target);
      }
    },
    [nav, text, claimsInPaper],
  );
}
