// jsdom lays nothing out: windowed lists need their scroller to report a height (the virtualizer's
// viewport) to render any row. For the tests of a file, elements with `className` report `px`.
import { afterAll, beforeAll } from 'vitest';

/** Elements with `className` report a clientHeight of `px` during this file's tests. */
export function givenScrollerHeight(className: string, px: number): void {
  const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains(className) ? px : 0;
      },
    });
  });
  afterAll(() => {
    if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
  });
}
