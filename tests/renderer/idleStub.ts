// requestIdleCallback stubbed for the readying tests: idle moments are asked for, and come only
// when the test runs them (`idle[i]()`); a cancelled one does nothing when run.
import { vi } from 'vitest';

/** Stubs requestIdleCallback and cancelIdleCallback; answers the callbacks asked for, in order. */
export function stubIdleCallbacks(): (() => void)[] {
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => {
    idle[handle - 1] = () => undefined;
  });
  return idle;
}
