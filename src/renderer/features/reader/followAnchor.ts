// Places a floating element next to an anchor, inside the viewport, via the CSSOM (CSP-safe).

const GAP = 8;
const MARGIN = 12;

/**
 * Keeps `el` (position: fixed) below `anchor`, or above when there is no room, while the page
 * scrolls or resizes. Returns the function that stops following.
 */
export function followAnchor(el: HTMLElement, anchor: HTMLElement): () => void {
  const place = () => {
    const a = anchor.getBoundingClientRect();
    const width = el.offsetWidth;
    const height = el.offsetHeight;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const below = a.bottom + GAP;
    const fitsBelow = below + height + MARGIN <= vh;
    const above = a.top - GAP - height;
    const top =
      fitsBelow || above < MARGIN ? Math.min(below, Math.max(MARGIN, vh - height - MARGIN)) : above;
    const left = Math.min(Math.max(MARGIN, a.left), Math.max(MARGIN, vw - width - MARGIN));
    el.style.setProperty('top', `${Math.round(top)}px`);
    el.style.setProperty('left', `${Math.round(left)}px`);
    el.dataset.placement = fitsBelow ? 'below' : 'above';
  };
  place();
  // The card grows when its reference arrives: place it again when its size changes.
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(place) : null;
  observer?.observe(el);
  window.addEventListener('resize', place);
  window.addEventListener('scroll', place, true);
  return () => {
    observer?.disconnect();
    window.removeEventListener('resize', place);
    window.removeEventListener('scroll', place, true);
  };
}
