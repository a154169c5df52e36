// @vitest-environment jsdom
// "Idle after open": true once the window has been open a moment and, in an idle moment, the user
// has paused; a key typed just before makes it wait, the keys typed since the app opened included.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { stubIdleCallbacks } from './idleStub';

/** The hook with the modules afresh: no input noted by an earlier test. */
async function fresh() {
  vi.resetModules();
  const { useIdleAfterOpen } = await import('../../src/renderer/app/useIdleAfterOpen');
  const { USER_QUIET_MS } = await import('../../src/renderer/app/idleTurns');
  return { useIdleAfterOpen, USER_QUIET_MS };
}

let idle: (() => void)[] = [];
beforeEach(() => {
  idle = stubIdleCallbacks();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

it('waits for the user to pause, counting keys typed before it looked', async () => {
  const { useIdleAfterOpen, USER_QUIET_MS } = await fresh();
  const { result } = renderHook(() => useIdleAfterOpen());
  act(() => vi.advanceTimersByTime(1_900));
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'm' }));
  act(() => vi.advanceTimersByTime(200)); // open 2.1 s: it asks for an idle moment
  expect(idle).toHaveLength(1);
  act(() => idle[0]!()); // idle, but the key came 0.2 s ago
  expect(result.current).toBe(false);
  act(() => vi.advanceTimersByTime(USER_QUIET_MS)); // it looks again after the pause
  expect(idle).toHaveLength(2);
  act(() => idle[1]!());
  expect(result.current).toBe(true);
});

it('is true at the first idle moment when the user has done nothing', async () => {
  const { useIdleAfterOpen } = await fresh();
  const { result } = renderHook(() => useIdleAfterOpen());
  act(() => vi.advanceTimersByTime(2_000));
  act(() => idle[0]!());
  expect(result.current).toBe(true);
});
