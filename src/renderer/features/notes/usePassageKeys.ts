// "." and ",": focus the next / previous noted passage's marker in the reader.
import { useEffect, type RefObject } from 'react';
import { isTypingTarget } from '../../app/shortcuts';
import { MARKER_CLASS } from './PassageMarkers';

/** The marker after (or before) the focused one, else after the top of the visible text. */
export function adjacentMarker(
  root: HTMLElement,
  forward: boolean,
  focused: Element | null,
): HTMLElement | null {
  const markers = Array.from(root.querySelectorAll<HTMLElement>(`.${MARKER_CLASS}`));
  if (focused && root.contains(focused) && focused !== root) {
    const after = (m: HTMLElement) =>
      m !== focused && !!(focused.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING);
    return forward
      ? (markers.find(after) ?? null)
      : ([...markers].reverse().find((m) => m !== focused && !after(m)) ?? null);
  }
  const top = root.getBoundingClientRect().top;
  return forward
    ? (markers.find((m) => m.getBoundingClientRect().top >= top) ?? null)
    : ([...markers].reverse().find((m) => m.getBoundingClientRect().top < top) ?? null);
}

/** While `active`, "." / "," move the focus to the next / previous noted passage in `root`. */
export function usePassageKeys(root: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '.' && event.key !== ',') return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target) || document.querySelector('[aria-modal="true"]')) return;
      const el = root.current;
      if (!el) return;
      const marker = adjacentMarker(el, event.key === '.', document.activeElement);
      if (!marker) return;
      event.preventDefault();
      marker.scrollIntoView?.({ block: 'center' });
      marker.focus({ preventScroll: true });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [root, active]);
}
