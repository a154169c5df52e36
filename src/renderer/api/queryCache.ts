// A small promise cache for contract calls, shared by every component through ApiProvider.

export type QueryState<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: unknown };

type Listener = () => void;

const LOADING = { status: 'loading' } as const;

/** Caches one result per key; components subscribe to a key and re-render when it settles. */
export class QueryCache {
  private readonly states = new Map<string, QueryState<unknown>>();
  private readonly listeners = new Map<string, Set<Listener>>();

  /** Current state of `key`, starting the load when the key was never asked for. */
  read<T>(key: string, load: () => Promise<T>): QueryState<T> {
    const existing = this.states.get(key);
    if (existing) return existing as QueryState<T>;
    this.states.set(key, LOADING);
    load().then(
      (data) => this.settle(key, { status: 'ready', data }),
      (error: unknown) => this.settle(key, { status: 'error', error }),
    );
    return LOADING;
  }

  /** Current state without starting a load. */
  peek<T>(key: string): QueryState<T> | undefined {
    return this.states.get(key) as QueryState<T> | undefined;
  }

  subscribe(key: string, listener: Listener): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Forget `key` (e.g. after the data changed) so the next read loads it again. */
  invalidate(key: string): void {
    this.states.delete(key);
    this.listeners.get(key)?.forEach((listener) => listener());
  }

  /** Forget every key starting with `prefix` (e.g. 'notes:' after a note was saved). */
  invalidatePrefix(prefix: string): void {
    for (const key of [...this.states.keys()]) if (key.startsWith(prefix)) this.invalidate(key);
  }

  private settle(key: string, state: QueryState<unknown>): void {
    this.states.set(key, state);
    this.listeners.get(key)?.forEach((listener) => listener());
  }
}
