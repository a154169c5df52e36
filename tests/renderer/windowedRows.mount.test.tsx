// @vitest-environment jsdom
/**
 * A windowed list mounted in the same commit as the element it scrolls in (an ancestor): the list
 * gets that element as state from the ancestor's callback ref, and renders the rows of the
 * viewport at once. With a ref object read in the list's layout effects (which run before an
 * ancestor's ref is attached) the window stayed empty and nothing rendered the list again: the
 * 100k Bibliography showed its header and count but no row.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useWindowedRows } from '../../src/renderer/ui/windowedRows';
import { givenScrollerHeight } from './scrollerHeight';

afterEach(cleanup);

givenScrollerHeight('scroller', 600);

function Rows({ scroller }: { scroller: HTMLElement | null }) {
  const list = useRef<HTMLUListElement>(null);
  const rows = useWindowedRows({ count: 100_000, scroller, list, estimate: 50 });
  return (
    <ul ref={list}>
      {rows.indices.map((i) => (
        <li key={i} data-index={i} ref={rows.measure}>
          Row {i}
        </li>
      ))}
    </ul>
  );
}

/** The scroller and the list appear together (as the Bibliography once its first answer came). */
function Page() {
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  return (
    <section ref={setScroller} className="scroller">
      <Rows scroller={scroller} />
    </section>
  );
}

describe('a windowed list mounted with its scroller', () => {
  it('renders the rows of the viewport without any later re-render', async () => {
    render(<Page />);
    await screen.findByText('Row 0', undefined, { timeout: 2_000 });
    // 600 px of 50 px rows plus the overscan, not the 100,000.
    const shown = screen.getAllByText(/^Row \d+$/).length;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(100);
  });
});
