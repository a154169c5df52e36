// Places a floating element next to an anchor, inside the viewport, via the CSSOM (CSP-safe).
import { onToastReserveChange, toastReserve } from '../../ui/toastReserve';

const GAP = 8;
const MARGIN = 12;

/**
 * Keeps `el` (position: fixed) below `anchor`, or above when only that side has room; when
 * neither side holds it whole, it takes the roomier side and scrolls inside. The toasts' band
 * at the bottom of the window counts as outside it, so no toast hides the card's end. Follows
 * the anchor while the page scrolls or resizes and while toasts come and go. Returns the
 * function that stops following.
 */
export function followAnchor(el: HTMLElement, anchor: HTMLElement): () => void {
  let cap = '';
  const place = () => {
    // An inline citation may wrap: place the card at the line where it ends.
    const rects = anchor.getClientRects();
    const a = rects.length > 0 ? rects[rects.length - 1]! : anchor.getBoundingClientRect();
    const vw = window.innerWidth;
    // The visible bottom: above the toasts while any shows.
    const vh = window.innerHeight - toastReserve();
    // scrollHeight is the card's full height even while a max-height caps it.
    const natural = el.scrollHeight;
    const below = vh - a.bottom - GAP - MARGIN;
    const above = a.top - GAP - MARGIN;
    const side = natural <= below || below >= above ? 'below' : 'above';
    const room = Math.max(0, side === 'below' ? below : above);
    const height = Math.min(natural, room);
    const nextCap = natural > room ? `${Math.floor(room)}px` : '';
    if (nextCap !== cap) {
      cap = nextCap;
      if (cap) el.style.setProperty('max-height', cap);
      else el.style.removeProperty('max-height');
    }
    const top = side === 'below' ? a.bottom + GAP : a.top - GAP - height;
    const width = el.offsetWidth;
    const left = Math.min(Math.max(MARGIN, a.left), Math.max(MARGIN, vw - width - MARGIN));
    el.style.setProperty('top', `${Math.round(top)}px`);
    el.style.setProperty('left', `${Math.round(left)}px`);
    el.dataset.placement = side;
  };
  place();
  // The card grows when its reference arrives: place it again when its content changes.
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(place) : null;
  observer?.observe(el);
  for (const child of Array.from(el.children)) observer?.observe(child);
  const mutations = typeof MutationObserver === 'function' ? new MutationObserver(place) : null;
  mutations?.observe(el, { childList: true, subtree: true, characterData: true });
  window.addEventListener('resize', place);
  window.addEventListener('scroll', place, true);
  const stopToasts = onToastReserveChange(place);
  return () => {
    stopToasts();
    observer?.disconnect();
    mutations?.disconnect();
    window.removeEventListener('resize', place);
    window.removeEventListener('scroll', place, true);
  };
}
