// One value that components watch (with useSyncExternalStore): an app-wide request such as
// "add these works to a list" or "open the export dialog", set anywhere and shown by one host.

/** A value with listeners told on every change. */
export class Signal<T> {
  private readonly listeners = new Set<() => void>();
  constructor(private value: T) {}
  get = (): T => this.value;
  set = (value: T): void => {
    this.value = value;
    this.listeners.forEach((listener) => listener());
  };
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
