// Tracks the block at the top of the reader: saves it as the reading position, reports the
// current section, and restores the saved position once the paper is shown.
import { useEffect, useRef, type RefObject } from 'react';
import type { PaperIndex } from '../../api/paperIndex';
import { useApiContext } from '../../api/ApiProvider';
import {
  loadReadingPosition,
  saveReadingPosition,
  type ReadingSpot,
} from '../../api/readingPosition';
import { cssEscape } from '../../ui/dom';

const SAVE_DELAY_MS = 600;

/** The first block whose bottom is below the top of `container`, and where in it the view starts. */
function topOfView(container: HTMLElement, index: PaperIndex, below = 0): ReadingSpot | null {
  const box = container.getBoundingClientRect();
  const top = box.top + below * box.height;
  for (const el of container.querySelectorAll<HTMLElement>('[data-block-id]')) {
    const rect = el.getBoundingClientRect();
    if (rect.bottom <= top + 1) continue;
    const block = index.blockById.get(el.dataset.blockId ?? '');
    if (!block) continue;
    const fraction = rect.height > 0 ? Math.min(1, Math.max(0, (top - rect.top) / rect.height)) : 0;
    const offset = block.start + Math.floor(fraction * (block.end - block.start));
    return { blockId: block.id, fraction, offset };
  }
  return null;
}

/** Scrolls `container` so that `spot` is at its top: by block id, else by text offset. */
function scrollToSpot(container: HTMLElement, index: PaperIndex, spot: ReadingSpot): void {
  const byId = index.blockById.get(spot.blockId);
  const block =
    byId ?? index.paper.document.blocks.find((b) => b.start <= spot.offset && spot.offset <= b.end);
  const el =
    block && container.querySelector<HTMLElement>(`[data-block-id="${cssEscape(block.id)}"]`);
  if (!block || !el) return;
  const rect = el.getBoundingClientRect();
  const length = block.end - block.start;
  const fraction = byId ? spot.fraction : length > 0 ? (spot.offset - block.start) / length : 0;
  container.scrollTop += rect.top - container.getBoundingClientRect().top + fraction * rect.height;
}

/**
 * Returns the ref of the reader's scroll container. Saves the reading position while the user
 * scrolls it and restores it once, unless `skipRestore` (a jump is about to move the view anyway).
 */
export function useReadingPosition(
  index: PaperIndex | null,
  onSection: (sectionId: string | null) => void,
  skipRestore: boolean,
): RefObject<HTMLDivElement | null> {
  const { api } = useApiContext();
  const container = useRef<HTMLDivElement>(null);
  const userMoved = useRef(false);
  const onSectionRef = useRef(onSection);
  useEffect(() => {
    onSectionRef.current = onSection;
  }, [onSection]);

  useEffect(() => {
    if (!index || skipRestore) return;
    let cancelled = false;
    void loadReadingPosition(api, index.paper.documentId).then((saved) => {
      const el = container.current;
      if (cancelled || !saved || !el || userMoved.current) return;
      scrollToSpot(el, index, saved);
    });
    return () => {
      cancelled = true;
    };
    // Restore once per paper: later changes of skipRestore must not scroll again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, index]);

  useEffect(() => {
    const el = container.current;
    if (!el || !index) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let frame = 0;
    const markMoved = () => {
      userMoved.current = true;
    };
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const top = topOfView(el, index);
        if (!top) return;
        // The current section is the one being read: what sits a third of the way down.
        const reading = topOfView(el, index, 1 / 3) ?? top;
        onSectionRef.current(index.blockById.get(reading.blockId)?.sectionId ?? null);
        if (timer) clearTimeout(timer);
        const documentId = index.paper.documentId;
        timer = setTimeout(() => void saveReadingPosition(api, documentId, top), SAVE_DELAY_MS);
      });
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    el.addEventListener('wheel', markMoved, { passive: true });
    el.addEventListener('keydown', markMoved);
    el.addEventListener('pointerdown', markMoved);
    return () => {
      el.removeEventListener('scroll', onScroll);
      el.removeEventListener('wheel', markMoved);
      el.removeEventListener('keydown', markMoved);
      el.removeEventListener('pointerdown', markMoved);
      cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, [api, index]);

  return container;
}
