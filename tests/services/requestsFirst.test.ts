// Background work in the main process gives way to the window's requests: a background turn
// waits while one is being answered (for a while at most), and warming up waits for quiet.
import { describe, expect, it } from 'vitest';
import {
  asRequest,
  backgroundTurn,
  MAX_WAIT_MS,
  requestsAnswering,
  requestsQuiet,
} from '../../src/services/background/requestsFirst';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('requests first', () => {
  it('takes a background turn at once when no request is being answered', async () => {
    const started = performance.now();
    await backgroundTurn();
    expect(performance.now() - started).toBeLessThan(MAX_WAIT_MS);
  });

  it('holds a background turn until the request being answered is answered', async () => {
    const order: string[] = [];
    let finish: () => void = () => undefined;
    const request = asRequest(() => new Promise<void>((resolve) => (finish = resolve))).then(() =>
      order.push('request'),
    );
    expect(requestsAnswering()).toBe(1);
    const turn = backgroundTurn().then(() => order.push('background'));
    await sleep(5);
    expect(order).toEqual([]);
    finish();
    await Promise.all([request, turn]);
    expect(order).toEqual(['request', 'background']);
    expect(requestsAnswering()).toBe(0);
  });

  it('lets background work go on beside a long request, a turn at most every MAX_WAIT_MS', async () => {
    let finish: () => void = () => undefined;
    const request = asRequest(() => new Promise<void>((resolve) => (finish = resolve)));
    const started = performance.now();
    await backgroundTurn();
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(MAX_WAIT_MS - 5);
    finish();
    await request;
  });

  it('counts a failed request as answered', async () => {
    await expect(asRequest(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(requestsAnswering()).toBe(0);
  });

  it('answers quiet once no request has been answered for the time asked', async () => {
    await asRequest(async () => undefined);
    let quiet = false;
    const waiting = requestsQuiet(60).then(() => (quiet = true));
    await sleep(30);
    expect(quiet).toBe(false);
    await asRequest(async () => undefined); // a request meanwhile starts the wait again
    await sleep(40);
    expect(quiet).toBe(false);
    await waiting;
    expect(quiet).toBe(true);
  });
});

describe('the app’s handlers', () => {
  it('answer every method as a request, which background turns wait for', async () => {
    const { openTestApp, removeDataDirs } = await import('../main/handlerHelpers');
    const app = await openTestApp();
    try {
      const answering: number[] = [];
      const calls = [app.call('listDocuments', {}), app.call('getDataHealth', {})];
      // Counted from the moment each handler begins (input checked, in the same turn).
      await Promise.resolve();
      answering.push(requestsAnswering());
      await Promise.all(calls);
      expect(answering[0]).toBeGreaterThan(0);
      expect(requestsAnswering()).toBe(0);
    } finally {
      await app.close();
      await removeDataDirs();
    }
  });
});
