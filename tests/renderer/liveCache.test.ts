// The live cache behind the user's data: a refresh keeps the previous answer until the new one
// arrives, and settles only then, so an action can answer after what it changed is shown.
import { describe, expect, it } from 'vitest';
import { LiveCache } from '../../src/renderer/api/liveCache';

describe('LiveCache', () => {
  it("says when a key's load has settled, failed or not, and at once when none is under way", async () => {
    const live = new LiveCache();
    let fail: (error: Error) => void = () => undefined;
    live.read('notes:', () => new Promise<number>((_, reject) => (fail = reject)));
    let settled = false;
    const loaded = live.loaded('notes:').then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    fail(new Error('refused'));
    await loaded;
    expect(live.read('notes:', () => Promise.resolve(1)).status).toBe('error');
    await expect(live.loaded('notes:')).resolves.toBeUndefined();
    await expect(live.loaded('never asked')).resolves.toBeUndefined();
  });

  it('keeps the old answer while reloading and settles once the new one is in', async () => {
    const live = new LiveCache();
    let value = 1;
    let release: () => void = () => undefined;
    const load = () =>
      value === 1 ? Promise.resolve(value) : new Promise<number>((r) => (release = () => r(value)));
    live.read('lists:', load);
    live.subscribe('lists:', () => undefined);
    await Promise.resolve();
    expect(live.read('lists:', load)).toEqual({ status: 'ready', data: 1 });

    value = 2;
    let settled = false;
    const refreshed = live.refresh('lists:').then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    expect(live.read('lists:', load)).toEqual({ status: 'ready', data: 1 });
    release();
    await refreshed;
    expect(live.read('lists:', load)).toEqual({ status: 'ready', data: 2 });
  });

  it('settles a refresh at once when nothing shows the key, and forgets it', async () => {
    const live = new LiveCache();
    let loads = 0;
    const load = async () => ++loads;
    live.read('notes:a', load);
    await live.refresh('notes:');
    expect(loads).toBe(1);
    expect(live.read('notes:a', load)).toEqual({ status: 'loading' });
    expect(loads).toBe(2);
  });

  it('settles a refresh overtaken by a newer one only once the newer answer is shown', async () => {
    // The app's own change event reloads a key while an action's reload is under way: the action
    // must not go on (e.g. drop its pending order) while the older answer is still on screen.
    const live = new LiveCache();
    const releases: Array<() => void> = [];
    let value = 1;
    const load = () => {
      const v = value;
      return v === 1 ? Promise.resolve(v) : new Promise<number>((r) => releases.push(() => r(v)));
    };
    live.read('lists:', load);
    live.subscribe('lists:', () => undefined);
    await Promise.resolve();

    value = 2;
    let first = false;
    const action = live.refresh('lists:').then(() => (first = true));
    value = 3;
    let second = false;
    const event = live.refresh('lists:').then(() => (second = true));
    releases[0]!(); // the older load answers first: its answer is dropped
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(first).toBe(false);
    expect(live.read('lists:', load)).toEqual({ status: 'ready', data: 1 });
    releases[1]!();
    await action;
    expect(second).toBe(true);
    expect(live.read('lists:', load)).toEqual({ status: 'ready', data: 3 });
    await event;
  });

  it('settles a refresh whose key was forgotten meanwhile', async () => {
    const live = new LiveCache();
    let release: () => void = () => undefined;
    let value = 1;
    const load = () =>
      value === 1 ? Promise.resolve(value) : new Promise<number>((r) => (release = () => r(value)));
    live.read('notes:a', load);
    const stop = live.subscribe('notes:a', () => undefined);
    await Promise.resolve();
    value = 2;
    const refreshed = live.refresh('notes:');
    stop();
    await live.refresh('notes:'); // nobody shows it now: forgotten
    release();
    await refreshed;
    expect(live.read('notes:a', load)).toEqual({ status: 'loading' });
  });
});
