// The works list's stored works, kept between keys typed in its filter: read again once a change
// to the works is announced, and checked against the files in the background now and then (a
// works file edited by hand announces nothing).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangeBus } from '../../../src/store';
import { KeptListings } from '../../../src/services/library';
import type { StoredWorks } from '../../../src/services/library';

const listing = (key: string) => ({ key }) as unknown as StoredWorks[number];

/** A source of stored works that counts its reads; `now` is the kept works' clock. */
function source(first: StoredWorks) {
  let works = first;
  let clock = 0;
  const reads = { count: 0 };
  const bus = new ChangeBus();
  const kept = new KeptListings(
    async () => {
      reads.count++;
      return works;
    },
    bus,
    { recheckMs: 1000, now: () => clock },
  );
  return {
    kept,
    bus,
    reads,
    set: (next: StoredWorks) => (works = next),
    advance: (ms: number) => (clock += ms),
  };
}

afterEach(() => vi.useRealTimers());

describe('kept listings', () => {
  it('reads the works once while nothing changes, and again after a change to the works', async () => {
    const one = [listing('a')];
    const s = source(one);
    expect(await s.kept.get()).toBe(one);
    for (let i = 0; i < 5; i++) expect(await s.kept.get()).toBe(one);
    expect(s.reads.count).toBe(1);

    // Other collections' changes leave the works as they are.
    await s.bus.emit({ collection: 'notes', ids: ['n1'], origin: 'local' });
    expect(await s.kept.get()).toBe(one);
    expect(s.reads.count).toBe(1);

    const two = [listing('a'), listing('b')];
    s.set(two);
    await s.bus.emit({ collection: 'works', ids: ['b'], origin: 'external' });
    expect(await s.kept.get()).toBe(two);
    expect(s.reads.count).toBe(2);
  });

  it('notices a works file edited by hand (nothing announced) after the background check', async () => {
    vi.useFakeTimers();
    const one = [listing('a')];
    const s = source(one);
    expect(await s.kept.get()).toBe(one);
    const edited = [listing('a2')];
    s.set(edited);
    // Within the recheck interval nothing is read.
    s.advance(500);
    expect(await s.kept.get()).toBe(one);
    expect(s.reads.count).toBe(1);
    // Past it, the call is answered at once from what is kept; the check runs after it.
    s.advance(600);
    expect(await s.kept.get()).toBe(one);
    await vi.runAllTimersAsync();
    expect(s.reads.count).toBe(2);
    expect(await s.kept.get()).toBe(edited);
  });

  it('does not keep a failed read, nor a check overtaken by an announced change', async () => {
    vi.useFakeTimers();
    const bus = new ChangeBus();
    let clock = 0;
    let fail = true;
    let works: StoredWorks = [listing('a')];
    /** Set: the next read waits until it is called. */
    let held: ((release: () => void) => void) | null = null;
    const kept = new KeptListings(
      async () => {
        if (fail) throw new Error('disk gone');
        const answer = works;
        if (held) await new Promise<void>((release) => held!(release));
        return answer;
      },
      bus,
      { recheckMs: 1000, now: () => clock },
    );
    await expect(kept.get()).rejects.toThrow('disk gone');
    fail = false;
    expect(await kept.get()).toEqual([listing('a')]);

    // The background check reads the old works, a change is announced before it answers: what
    // the change made is read and kept, not the check's answer.
    clock += 2000;
    let release = () => {};
    held = (r) => (release = r);
    await kept.get(); // schedules the check
    await vi.advanceTimersByTimeAsync(0); // the check is reading (held)
    held = null;
    works = [listing('b')];
    await bus.emit({ collection: 'works', ids: ['b'], origin: 'local' });
    expect(await kept.get()).toEqual([listing('b')]);
    release();
    await vi.runAllTimersAsync();
    expect(await kept.get()).toEqual([listing('b')]);
    kept.close();
  });
});
