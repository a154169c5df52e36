// Windowed (virtualised) long lists: only the rows near the viewport are in the DOM, so a list of
// 100,000 works scrolls smoothly. Short lists render whole. Sizes go through the CSSOM (CSP-safe).
import { measureElement, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Lists up to this long render every row (nothing to gain, and the browser's find still works). */
export const WINDOW_THRESHOLD = 300;

export interface WindowedRows {
  /** Whether only a window of the rows is rendered. */
  windowed: boolean;
  /** The indices to render, in order. */
  indices: number[];
  /** Space before and after the rendered rows, in px (zero when not windowed). */
  before: number;
  after: number;
  /**
   * Attach to each rendered row (with data-index) so its real height is measured (rows of like
   * height: so that one of them is measured for all).
   */
  measure: (el: Element | null) => void;
  /** Brings row `index` into view (rendering it first if needed). */
  scrollToIndex: (index: number, align?: 'auto' | 'center' | 'start') => void;
}

interface Options {
  count: number;
  /**
   * The element that scrolls, as state (a callback ref's), not a ref object: it is often an
   * ancestor mounted in the same commit as the list, and React attaches an ancestor's ref only
   * after the list's layout effects ran. Read from a ref there it was null, the window stayed
   * empty and nothing rendered the list again (the 100k Bibliography showed its count, no row).
   */
  scroller: HTMLElement | null;
  /** The first row's container (tbody or ul), to know where the list starts in the scroller. */
  list: RefObject<HTMLElement | null>;
  /** Estimated row height in px (rows are measured once rendered). */
  estimate: number;
  overscan?: number;
  threshold?: number;
  /**
   * Every row is as high as the others (the stylesheet sees to it): one rendered row is measured
   * and its height stands for all. A list of rows measured one by one makes the virtualizer
   * recompute the offsets of every row after the first whose height differs from the estimate,
   * 100,000 of them per scrolled frame in a long table (most of a frame's time).
   */
  uniform?: boolean;
}

/** Which rows of a long list to render, with the space the others take. */
export function useWindowedRows({
  count,
  scroller,
  list,
  estimate,
  overscan = 10,
  threshold = WINDOW_THRESHOLD,
  uniform = false,
}: Options): WindowedRows {
  const windowed = count > threshold;
  const [margin, setMargin] = useState(0);
  const sample = useUniformRowHeight(estimate);
  const rowHeight = uniform ? sample.height : estimate;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in render on purpose
  const virtualizer: Virtualizer<HTMLElement, Element> = useVirtualizer({
    count: windowed ? count : 0,
    getScrollElement: () => scroller,
    estimateSize: () => rowHeight,
    measureElement: measureShownRow,
    overscan,
    scrollMargin: margin,
    enabled: windowed,
  });

  // Where the list starts inside the scroller (headers and filters sit above it).
  useLayoutEffect(() => {
    const top = list.current;
    const box = scroller;
    if (!windowed || !top || !box) return;
    const measure = () =>
      setMargin(
        Math.round(
          top.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop,
        ),
      );
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(box);
    return () => observer?.disconnect();
  }, [windowed, list, scroller]);

  // The measured height replaces the estimate for every row (none is measured on its own); the
  // first offsets were computed with it already.
  const laidOutWith = useRef(rowHeight);
  useLayoutEffect(() => {
    if (!uniform || !windowed || laidOutWith.current === rowHeight) return;
    laidOutWith.current = rowHeight;
    virtualizer.measure();
  }, [uniform, windowed, rowHeight, virtualizer]);

  const all = useRef<number[]>([]);
  if (!windowed) {
    if (all.current.length !== count) all.current = Array.from({ length: count }, (_, i) => i);
    return {
      windowed,
      indices: all.current,
      before: 0,
      after: 0,
      measure: () => {},
      scrollToIndex: (index) =>
        list.current?.children[index]?.scrollIntoView?.({ block: 'nearest' }),
    };
  }
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    windowed,
    indices: items.map((i) => i.index),
    before: first ? first.start - margin : 0,
    after: last ? virtualizer.getTotalSize() - (last.end - margin) : 0,
    measure: uniform ? sample.measure : virtualizer.measureElement,
    scrollToIndex: (index, align = 'auto') => virtualizer.scrollToIndex(index, { align }),
  };
}

/**
 * The height of rows of like height, read from one of them (observed while it is rendered: the
 * text size may change). A row of a hidden view (0 high) says nothing.
 */
function useUniformRowHeight(estimate: number): {
  height: number;
  measure: (el: Element | null) => void;
} {
  const [height, setHeight] = useState(estimate);
  const sampled = useRef<Element | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => () => observer.current?.disconnect(), []);
  const measure = useCallback((el: Element | null) => {
    if (!el || sampled.current?.isConnected || typeof ResizeObserver !== 'function') return;
    sampled.current = el;
    observer.current ??= new ResizeObserver((entries) => {
      const size = entries[entries.length - 1]?.target.getBoundingClientRect().height ?? 0;
      if (size > 0) setHeight(size);
    });
    observer.current.disconnect();
    observer.current.observe(el);
  }, []);
  return { height, measure };
}

/**
 * A row's height, as the virtualizer measures it, except when the row is not laid out (its view
 * is hidden: display none measures 0). Then the size already known stands: taking 0 would fold
 * every row onto the first, bring all of them into the window at once, and measure those as 0 in
 * turn, an update loop React stops with "Maximum update depth exceeded" (the page went blank).
 * A laid-out row is never 0 high, so no layout is asked beyond the virtualizer's own: asking
 * `getClientRects` of each row as it was attached forced a layout of the table per new row.
 */
export function measureShownRow(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLElement, Element>,
): number {
  const size = measureElement(element, entry, instance);
  if (size > 0) return size;
  const index = instance.indexFromElement(element);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ??
    instance.options.estimateSize(index)
  );
}

/** An empty row or item taking `height` px (set through the CSSOM: no inline style attribute). */
export function Spacer({
  height,
  as: As,
  colSpan,
}: {
  height: number;
  as: 'tr' | 'li';
  colSpan?: number;
}) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    ref.current?.style.setProperty('height', `${Math.max(0, height)}px`);
  }, [height]);
  if (height <= 0) return null;
  if (As === 'li') {
    return (
      <li ref={ref as RefObject<HTMLLIElement>} className="virtual-spacer" aria-hidden="true" />
    );
  }
  return (
    <tr className="virtual-spacer" aria-hidden="true">
      <td ref={ref as RefObject<HTMLTableCellElement>} colSpan={colSpan} />
    </tr>
  );
}
