// @vitest-environment jsdom
/**
 * A windowed list whose view is hidden must not fold its rows to zero height: that brought every
 * row into the window at once and React stopped the update loop with "Maximum update depth
 * exceeded" (the UI bench at 10k works went blank after scrolling the Bibliography).
 */
import { Virtualizer, observeElementOffset, observeElementRect } from '@tanstack/react-virtual';
import { describe, expect, it } from 'vitest';
import { measureShownRow } from '../../src/renderer/ui/windowedRows';

function virtualizer(): Virtualizer<HTMLElement, Element> {
  const scroller = document.createElement('div');
  return new Virtualizer<HTMLElement, Element>({
    count: 1000,
    getScrollElement: () => scroller,
    estimateSize: () => 48,
    scrollToFn: () => undefined,
    observeElementRect,
    observeElementOffset,
  });
}

function row(index: number, laidOut: boolean, height: number): HTMLElement {
  const el = document.createElement('tr');
  el.setAttribute('data-index', String(index));
  Object.defineProperty(el, 'offsetHeight', { value: height });
  el.getClientRects = () =>
    (laidOut ? [new DOMRect(0, 0, 100, height)] : []) as unknown as DOMRectList;
  return el;
}

describe('measuring windowed rows', () => {
  it('takes the height of a row that is laid out', () => {
    const v = virtualizer();
    expect(measureShownRow(row(5, true, 72), undefined, v)).toBe(72);
  });

  it('keeps the known height of a row in a hidden view instead of 0', () => {
    const v = virtualizer();
    v.itemSizeCache.set(5, 72);
    const hidden = row(5, false, 0);
    const zeroBox = {
      borderBoxSize: [{ blockSize: 0, inlineSize: 0 }],
    } as unknown as ResizeObserverEntry;
    expect(measureShownRow(hidden, zeroBox, v)).toBe(72);
    expect(measureShownRow(hidden, undefined, v)).toBe(72);
  });

  it('asks no layout of its own beyond the height (each new row forced a layout of the table)', () => {
    const v = virtualizer();
    const shown = row(5, true, 72);
    let asked = 0;
    shown.getClientRects = () => {
      asked++;
      return [new DOMRect(0, 0, 100, 72)] as unknown as DOMRectList;
    };
    expect(measureShownRow(shown, undefined, v)).toBe(72);
    expect(asked).toBe(0);
  });

  it('falls back to the estimate for a hidden row never measured', () => {
    const v = virtualizer();
    expect(measureShownRow(row(9, false, 0), undefined, v)).toBe(48);
  });
});
