// Brings the claim that navigation asked for (showClaim) into view in the claims view.
import { useEffect } from 'react';
import { useNavigation } from '../../app/navigation';
import { cssEscape } from '../../ui/dom';

/** Scrolls to and focuses the requested claim once it is rendered, marking it for a moment. */
export function useFocusedClaim(ready: boolean): void {
  const { focusedClaim } = useNavigation();
  useEffect(() => {
    if (!focusedClaim || !ready) return;
    const frame = requestAnimationFrame(() => {
      const inDocument = focusedClaim.documentId
        ? `[data-document-id="${cssEscape(focusedClaim.documentId)}"]`
        : '';
      const el = document.querySelector<HTMLElement>(
        `.view--claims [data-claim-id="${cssEscape(focusedClaim.id)}"]${inDocument}`,
      );
      if (!el) return;
      el.tabIndex = -1;
      el.scrollIntoView?.({ block: 'center' });
      el.focus({ preventScroll: true });
      el.classList.add('claim-item--focused');
      setTimeout(() => el.classList.remove('claim-item--focused'), 2500);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusedClaim, ready]);
}
