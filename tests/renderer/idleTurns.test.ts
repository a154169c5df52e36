// @vitest-environment jsdom
// Readying a piece at a time: each piece in its own idle moment, after the one before settled
// (whether it failed or not), none while the user is acting, and nothing more once stopped.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { inIdleTurns, USER_QUIET_MS } from '../../src/renderer/app/idleTurns';
import { stubIdleCallbacks } from './idleStub';

let idle: (() => void)[] = [];
beforeEach(() => {
  idle = stubIdleCallbacks();
});
afterEach(() => vi.unstubAllGlobals());

/** Runs the idle callback asked last, then lets the promises it started settle. */
async function idleMoment(): Promise<void> {
  idle[idle.length - 1]!();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

it('runs one piece per idle moment, each after the previous settled, failures included', async () => {
  const ran: string[] = [];
  let finishFirst = (): void => undefined;
  inIdleTurns([
    () => new Promise<void>((resolve) => (finishFirst = () => (ran.push('a done'), resolve()))),
    () => (ran.push('b'), Promise.reject(new Error('refused'))),
    () => (ran.push('c'), Promise.resolve()),
  ]);
  expect(idle).toHaveLength(1);
  await idleMoment();
  expect(idle).toHaveLength(1); // b waits for a to settle
  finishFirst();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(idle).toHaveLength(2);
  await idleMoment();
  await idleMoment();
  expect(ran).toEqual(['a done', 'b', 'c']);
  expect(idle).toHaveLength(3);
});

it('begins no piece once stopped', async () => {
  const ran: number[] = [];
  const stop = inIdleTurns([1, 2].map((n) => () => (ran.push(n), Promise.resolve())));
  await idleMoment();
  stop();
  expect(idle).toHaveLength(2);
  idle[1]!(); // cancelled: does nothing
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(ran).toEqual([1]);
});

it('runs nothing where the browser cannot tell idleness', () => {
  vi.stubGlobal('requestIdleCallback', undefined);
  const piece = vi.fn(() => Promise.resolve());
  inIdleTurns([piece])();
  expect(piece).not.toHaveBeenCalled();
});

it('begins no piece while the user is typing, clicking or scrolling, and goes on once they pause', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  try {
    const ran: number[] = [];
    const stop = inIdleTurns([1, 2].map((n) => () => (ran.push(n), Promise.resolve())));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'm' }));
    idle[idle.length - 1]!(); // idle, but a key came just now: the piece waits
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(USER_QUIET_MS / 2);
    window.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(USER_QUIET_MS / 2); // the turn looks again: a click came meanwhile
    expect(idle).toHaveLength(2);
    idle[1]!();
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(USER_QUIET_MS); // a second of quiet
    idle[idle.length - 1]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(ran).toEqual([1]);
    // Stopped while it waits for quiet: nothing more begins.
    window.dispatchEvent(new Event('wheel'));
    idle[idle.length - 1]!();
    stop();
    vi.advanceTimersByTime(USER_QUIET_MS * 2);
    expect(ran).toEqual([1]);
  } finally {
    vi.useRealTimers();
  }
});

it('counts the keys typed since the app opened, before any piece was asked for', async () => {
  vi.resetModules();
  const fresh = await import('../../src/renderer/app/idleTurns');
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  try {
    fresh.startNotingUserInput(); // as the app does when it opens
    vi.advanceTimersByTime(5_000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'm' }));
    vi.advanceTimersByTime(100);
    const ran: number[] = [];
    fresh.inIdleTurns([() => (ran.push(1), Promise.resolve())]);
    idle[idle.length - 1]!(); // idle, but the key came 0.1 s ago
    await vi.advanceTimersByTimeAsync(0);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(fresh.USER_QUIET_MS);
    idle[idle.length - 1]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(ran).toEqual([1]);
  } finally {
    vi.useRealTimers();
  }
});
