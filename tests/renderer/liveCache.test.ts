// The live cache behind the user's data: a refresh keeps the previous answer until the new one
// arrives, and settles only then, so an action can answer after what it changed is shown.
import { describe, expect, it } from 'vitest';
import { LiveCache } from '../../src/renderer/api/liveCache';

describe('LiveCache', () => {
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
});
