// The toast store: a toast leaves after its time, but not while it is held (pointer or focus on
// it), and goes its full time again once let go.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ToastStore } from '../../src/renderer/ui/toastStore';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const messages = (store: ToastStore) => store.current().map((t) => t.message);

describe('ToastStore', () => {
  it('a toast leaves after 8 s, an error after 16 s', () => {
    const store = new ToastStore();
    store.show('Copied');
    store.show('Could not copy', { tone: 'error' });
    vi.advanceTimersByTime(8_000);
    expect(messages(store)).toEqual(['Could not copy']);
    vi.advanceTimersByTime(8_000);
    expect(messages(store)).toEqual([]);
  });

  it('a held toast stays; let go, it stays its full time again', () => {
    const store = new ToastStore();
    const id = store.show('Note deleted.');
    vi.advanceTimersByTime(7_000);
    store.hold(id);
    vi.advanceTimersByTime(60_000);
    expect(messages(store)).toEqual(['Note deleted.']);
    store.release(id);
    vi.advanceTimersByTime(7_999);
    expect(messages(store)).toEqual(['Note deleted.']);
    vi.advanceTimersByTime(1);
    expect(messages(store)).toEqual([]);
  });

  it('a lasting toast is not timed, even after a hold; dismissing ends a hold', () => {
    const store = new ToastStore();
    const lasting = store.show('Adding “a.md”…', { persist: true });
    store.hold(lasting);
    store.release(lasting);
    const held = store.show('Copied');
    store.hold(held);
    store.dismiss(held);
    store.release(held);
    vi.advanceTimersByTime(60_000);
    expect(messages(store)).toEqual(['Adding “a.md”…']);
  });
});
