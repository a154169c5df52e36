/**
 * Events main sends the main window one way, besides menu commands, on the same channel
 * (MENU_CHANNEL): `dataChanged` after the library changed (by the app or another process, e.g.
 * the CLI), so the window's caches refresh, and `addProgress` while a paper is being added.
 * Zod-free, so the sandboxed preload can import it; each message is checked before delivery.
 */

/** The collections whose changes the window hears of. */
export const dataCollections = [
  'documents',
  'notes',
  'works',
  'lists',
  'userClaims',
  'trash',
] as const;
export type DataCollectionName = (typeof dataCollections)[number];

/** Items of one collection that changed; `ids` null: any of them may have. */
export interface DataChangeView {
  collection: DataCollectionName;
  ids: string[] | null;
}

/** Progress of an add (see addDocument's `addId`). */
export interface AddProgressEvent {
  addId: string;
  phase: 'reading' | 'parsing' | 'linking' | 'writing' | 'done';
  /** While parsing: the stage of the read that has started (see core's ReadStage). */
  stage?: 'reference-list' | 'citations' | 'layout' | 'placing';
  /** 0..1 over the whole add; never goes back. */
  fraction: number;
  /** While a PDF is read: pages read so far and its pages in all. */
  pages?: { done: number; total: number };
}

/** A message on the channel that is not a menu command. */
export type AppEvent =
  | { event: 'dataChanged'; changes: DataChangeView[] }
  | { event: 'addProgress'; progress: AddProgressEvent };

/** Subscribes to `dataChanged`: the listener gets the batch of changes; answers unsubscribe. */
export type OnDataChanged = (listener: (changes: DataChangeView[]) => void) => () => void;
/** Subscribes to `addProgress`; answers unsubscribe. */
export type OnAddProgress = (listener: (progress: AddProgressEvent) => void) => () => void;

/**
 * Builds `onDataChanged` and `onAddProgress` over a transport delivering every raw message of
 * the channel; malformed messages and menu commands are dropped. Self-contained (references
 * nothing outside its body) so the e2e harness can inject its source text into a page.
 */
export function buildOnAppEvents(
  collections: readonly string[],
  listen: (deliver: (message: unknown) => void) => () => void,
): { onDataChanged: OnDataChanged; onAddProgress: OnAddProgress } {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  const validChange = (c: unknown): boolean =>
    isObject(c) &&
    typeof c.collection === 'string' &&
    collections.includes(c.collection) &&
    (c.ids === null || (Array.isArray(c.ids) && c.ids.every((id) => typeof id === 'string')));
  const subscribe = <T>(pick: (message: Record<string, unknown>) => T | null) => {
    return (listener: (value: T) => void) => {
      if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
      let active = true;
      const stop = listen((message) => {
        if (!active || !isObject(message)) return;
        const value = pick(message);
        if (value !== null) listener(value);
      });
      return () => {
        if (!active) return;
        active = false;
        stop();
      };
    };
  };
  return {
    onDataChanged: subscribe((m) =>
      m.event === 'dataChanged' && Array.isArray(m.changes) && m.changes.every(validChange)
        ? (m.changes as DataChangeView[])
        : null,
    ),
    onAddProgress: subscribe((m) => {
      const p = m.progress;
      return m.event === 'addProgress' &&
        isObject(p) &&
        typeof p.addId === 'string' &&
        typeof p.phase === 'string' &&
        typeof p.fraction === 'number'
        ? (p as unknown as AddProgressEvent)
        : null;
    }),
  };
}
