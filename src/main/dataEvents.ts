/**
 * Forwards the store's change events to the window as one `dataChanged` message per burst (a
 * bulk import is one message, not thousands), on the one-way channel menu commands use.
 */
import type { ChangeBus, DataChange } from '../store';
import type { AppEvent, DataChangeView } from '../shared/contract/events';

/** More ids than this in one collection are sent as "any may have changed" (ids: null). */
const MAX_IDS = 500;

/** Collects the changes of a burst, by collection, with ids merged. */
function merge(changes: readonly DataChange[]): DataChangeView[] {
  const byCollection = new Map<DataChange['collection'], Set<string> | null>();
  for (const change of changes) {
    const ids = byCollection.get(change.collection);
    if (ids === null) continue;
    if (change.ids === null) byCollection.set(change.collection, null);
    else byCollection.set(change.collection, new Set([...(ids ?? []), ...change.ids]));
  }
  return [...byCollection].map(([collection, ids]) => ({
    collection,
    ids: ids === null || ids.size > MAX_IDS ? null : [...ids],
  }));
}

/**
 * Sends `send` one `dataChanged` message `delayMs` after the first change of a burst (default
 * 30 ms). Answers the function that stops forwarding.
 */
export function forwardDataChanges(
  bus: ChangeBus,
  send: (message: AppEvent) => void,
  delayMs = 30,
): () => void {
  let pending: DataChange[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    const changes = merge(pending);
    pending = [];
    if (changes.length) send({ event: 'dataChanged', changes });
  };
  const unsubscribe = bus.subscribe((change) => {
    pending.push(change);
    timer ??= setTimeout(flush, delayMs);
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
