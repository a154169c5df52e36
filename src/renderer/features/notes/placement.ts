// Places a floating element (position: fixed) below a rectangle, or above it when there is no
// room, inside the viewport, through the CSSOM (the CSP forbids style attributes).

const GAP = 8;
const MARGIN = 12;

/** Positions `el` next to `rect` (viewport coordinates). */
export function placeNear(
  el: HTMLElement,
  rect: DOMRect | { left: number; top: number; bottom: number },
): void {
  const width = el.offsetWidth;
  const height = el.offsetHeight;
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const below = rect.bottom + GAP;
  const fitsBelow = below + height + MARGIN <= vh;
  const top = fitsBelow ? below : Math.max(MARGIN, rect.top - GAP - height);
  const left = Math.min(Math.max(MARGIN, rect.left), Math.max(MARGIN, vw - width - MARGIN));
  el.style.setProperty('top', `${Math.round(top)}px`);
  el.style.setProperty('left', `${Math.round(left)}px`);
}
