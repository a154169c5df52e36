// The band at the bottom of the window that the toasts take up while any shows. Floating things
// (dialogs through the CSS variable, citation cards through placement) stay out of it, so a
// toast never hides a dialog's buttons or the end of a card.
import { Signal } from './signal';

/** The CSS custom property on <html> holding the band's height, e.g. "72px" ("0px" when none). */
const TOAST_RESERVE_VAR = '--toast-reserve';

/** Height in px of the bottom band the toasts take up (0 when no toast shows). */
const band = new Signal(0);

/** Height in px of the bottom band the toasts take up now (0 when no toast shows). */
export const toastReserve = band.get;

/** Calls `listener` whenever the band's height changes; returns the function that stops it. */
export const onToastReserveChange = band.subscribe;

/** Records the band's height (the toast region measures itself), for CSS and for listeners. */
export function setToastReserve(px: number): void {
  const next = Math.max(0, Math.ceil(px));
  if (next === band.get()) return;
  document.documentElement.style.setProperty(TOAST_RESERVE_VAR, `${next}px`);
  band.set(next);
}
