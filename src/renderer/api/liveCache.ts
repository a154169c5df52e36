// A query cache for the user's data, which changes while it is shown: a refresh keeps showing
// the previous answer until the new one arrives, so lists do not flash "Loading" on each save.
import type { QueryState } from './queryCache';

type Listener = () => void;

const LOADING = { status: 'loading' } as const;

/** One answer per key; `refresh(prefix)` reloads matching keys in place. */
export class LiveCache {
  private readonly states = new Map<string, QueryState<unknown>>();
  private readonly loaders = new Map<string, () => Promise<unknown>>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly generation = new Map<string, number>();
  /** Per key, the latest load's promise: a superseded load settles with the one that replaced it. */
  private readonly inFlight = new Map<string, Promise<void>>();

  /** Current state of `key`, loading it with `load` the first time. */
  read<T>(key: string, load: () => Promise<T>): QueryState<T> {
    const existing = this.states.get(key);
    if (existing) return existing as QueryState<T>;
    this.loaders.set(key, load);
    this.states.set(key, LOADING);
    this.fetch(key);
    return LOADING;
  }

  /** Settles once `key`'s load under way has, whatever its outcome (at once when none is). */
  loaded(key: string): Promise<void> {
    return this.inFlight.get(key) ?? Promise.resolve();
  }

  subscribe(key: string, listener: Listener): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /**
   * Reloads every key starting with one of `prefixes` that someone shows, keeping its current
   * answer until the new one arrives; forgets the others, which load afresh when next shown.
   * Settles once the reloads have (their listeners told), whatever their outcome.
   */
  refresh(...prefixes: string[]): Promise<void> {
    const reloads: Promise<void>[] = [];
    for (const key of [...this.states.keys()]) {
      if (!prefixes.some((p) => key.startsWith(p))) continue;
      if (this.listeners.get(key)?.size) reloads.push(this.fetch(key));
      else {
        this.states.delete(key);
        this.loaders.delete(key);
        this.inFlight.delete(key);
        // A load still under way must not bring the forgotten answer back.
        this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
      }
    }
    return Promise.all(reloads).then(() => undefined);
  }

  private fetch(key: string): Promise<void> {
    const load = this.loaders.get(key);
    if (!load) return Promise.resolve();
    const generation = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, generation);
    const settle = (state: QueryState<unknown>) => {
      if (this.generation.get(key) !== generation) return; // a newer load is under way
      this.states.set(key, state);
      this.listeners.get(key)?.forEach((listener) => listener());
    };
    const done: Promise<void> = load()
      .then(
        (data) => settle({ status: 'ready', data }),
        (error: unknown) => settle({ status: 'error', error }),
      )
      .then(() => {
        if (this.generation.get(key) === generation) {
          this.inFlight.delete(key);
          return undefined;
        }
        // Superseded (e.g. the app's own change event reloaded the key while an action's reload
        // was under way): settle only once the newer load has, or the caller would go on while
        // the older answer is still shown — a list reordered twice quickly moved the wrong row.
        const newer = this.inFlight.get(key);
        return newer === done ? undefined : newer;
      });
    this.inFlight.set(key, done);
    return done;
  }
}
