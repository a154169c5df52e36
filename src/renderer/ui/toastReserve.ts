// The band at the bottom of the window that the toasts take up while any shows. Floating things
// (dialogs through the CSS variable, citation cards through placement) stay out of it, so a
// toast never hides a dialog's buttons or the end of a card.

/** The CSS custom property on <html> holding the band's height, e.g. "72px" ("0px" when none). */
export const TOAST_RESERVE_VAR = '--toast-reserve';

let reserve = 0;
const listeners = new Set<() => void>();

/** Height in px of the bottom band the toasts take up now (0 when no toast shows). */
export function toastReserve(): number {
  return reserve;
}

/** Records the band's height (the toast region measures itself), for CSS and for listeners. */
export function setToastReserve(px: number): void {
  const next = Math.max(0, Math.ceil(px));
  if (next === reserve) return;
  reserve = next;
  document.documentElement.style.setProperty(TOAST_RESERVE_VAR, `${next}px`);
  listeners.forEach((listener) => listener());
}

/** Calls `listener` whenever the band's height changes; returns the function that stops it. */
export function onToastReserveChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
