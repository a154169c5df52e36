// @vitest-environment jsdom
/** A view that throws while rendering shows its own error; the rest of the window stays usable. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ViewErrorBoundary } from '../../src/renderer/app/ViewErrorBoundary';

afterEach(cleanup);

let broken = true;
function Flaky() {
  if (broken) throw new Error('Maximum update depth exceeded.');
  return <p>The table</p>;
}

describe('a view that fails to render', () => {
  it('says which view failed and why, keeps the sidebar, and can be shown again', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    render(
      <div>
        <nav>
          <button type="button">Papers</button>
        </nav>
        <ViewErrorBoundary label="Bibliography">
          <Flaky />
        </ViewErrorBoundary>
      </div>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The Bibliography view could not be shown');
    expect(alert.textContent).toContain('Maximum update depth exceeded.');
    expect(alert.textContent).toContain('Your library on disk is not affected');
    expect(screen.getByRole('button', { name: 'Papers' })).toBeTruthy();

    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('The table')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    quiet.mockRestore();
  });
});
