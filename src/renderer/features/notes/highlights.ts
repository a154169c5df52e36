// Marks noted passages in the reader with the CSS Custom Highlight API: no element is added to
// the paper's DOM, so citations and selections work as before. Ranges are rebuilt whenever the
// reader re-renders (a jump's highlight splits text nodes).
import { useEffect, type RefObject } from 'react';
import type { PaperIndex } from '../../api/paperIndex';
import { offsetsToRanges } from './domOffsets';
import type { NotedPassage } from './passages';

export const NOTE_HIGHLIGHT = 'scholion-note';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function registry(): { highlights: HighlightRegistry; make: (ranges: Range[]) => unknown } | null {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  const Ctor = (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!css?.highlights || !Ctor) return null;
  return { highlights: css.highlights, make: (ranges) => new Ctor(...ranges) };
}

/** Keeps the noted passages highlighted inside `root` while mounted. */
export function usePassageHighlights(
  root: RefObject<HTMLElement | null>,
  index: PaperIndex,
  passages: readonly NotedPassage[],
): void {
  useEffect(() => {
    const el = root.current;
    const reg = registry();
    if (!el || !reg) return;
    let frame = 0;
    const paint = () => {
      const ranges = passages.flatMap((p) => offsetsToRanges(el, index, p.start, p.end));
      reg.highlights.set(NOTE_HIGHLIGHT, reg.make(ranges));
    };
    paint();
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(paint);
    });
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      reg.highlights.delete(NOTE_HIGHLIGHT);
    };
  }, [root, index, passages]);
}
