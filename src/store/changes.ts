/**
 * Change events: after every write the store says which items of which collection changed, as
 * `{ collection, ids }`. Search, keep-in-sync exports and the window subscribe to one ChangeBus;
 * nobody keeps a list of the methods that "affect" something. Changes another process made (the
 * CLI on the same folder) arrive on the same bus, read from the change journal.
 */

/** The collections whose changes are announced. */
export type DataCollection = 'documents' | 'notes' | 'works' | 'lists' | 'userClaims' | 'trash';

export const DATA_COLLECTIONS: readonly DataCollection[] = [
  'documents',
  'notes',
  'works',
  'lists',
  'userClaims',
  'trash',
];

export interface DataChange {
  collection: DataCollection;
  /**
   * The ids of the items added, changed or removed (notes, documents: their ids; works: their
   * citation keys); null when any item may have changed (the journal was cut short).
   */
  ids: readonly string[] | null;
  /** 'local' for this process's writes, 'external' for another process's (read from the journal). */
  origin: 'local' | 'external';
}

/** Called with each change; the write that caused it resolves once every listener has settled. */
export type ChangeListener = (change: DataChange) => void | Promise<void>;

export class ChangeBus {
  private readonly listeners = new Set<ChangeListener>();

  /** `onError` hears a listener's failure; the write itself has succeeded and stays saved. */
  constructor(
    private readonly onError: (error: unknown, change: DataChange) => void = (error) =>
      console.error('Scholion: a change listener failed', error),
  ) {}

  /** Adds a listener; answers the function that removes it. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /**
   * Tells every listener, in the order they subscribed, waiting for each, so that when a write
   * resolves search already finds what it wrote. A listener's failure is reported, never thrown.
   */
  async emit(change: DataChange): Promise<void> {
    if (change.ids !== null && change.ids.length === 0) return;
    for (const listener of [...this.listeners]) {
      try {
        await listener(change);
      } catch (error) {
        this.onError(error, change);
      }
    }
  }
}
