// The bibliography's data at any size, a page at a time: the service sorts and filters, and the
// renderer asks for the pages of keys and rows it shows, never the whole order on a keystroke.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScholionApi, WorkOrder, WorkSort, WorkSummary } from '../../shared/contract';
import { useApiContext } from './ApiProvider';
import { AskedOnKey } from './askedOnKey';
import { useWorksEpoch } from './queries';
import type { QueryState } from './queryCache';

export interface WorkOrderQuery {
  sort: WorkSort;
  direction: 'ascending' | 'descending';
  filter: string;
  /** Narrowing beside the filter (a saved filter's): any of these types, every tag, years. */
  types?: string[];
  tags?: string[];
  yearFrom?: number;
  yearTo?: number;
}

/** The bibliography's type / tag / year choice as queryWorks takes it (what is unset left out). */
export function facetInput(facets: {
  types: readonly string[];
  tags: readonly string[];
  yearFrom: number | null;
  yearTo: number | null;
}): Pick<WorkOrderQuery, 'types' | 'tags' | 'yearFrom' | 'yearTo'> {
  const { types, tags, yearFrom, yearTo } = facets;
  return {
    ...(types.length ? { types: [...types] } : {}),
    ...(tags.length ? { tags: [...tags] } : {}),
    ...(yearFrom !== null ? { yearFrom } : {}),
    ...(yearTo !== null ? { yearTo } : {}),
  };
}

/**
 * Keys (and their rows) are fetched this many at a time: a screen and its overscan (the first
 * page comes with every key typed in the filter, so its size is paid per key).
 */
export const WORK_PAGE = 50;
/** The whole order (for selecting all, exporting what is shown) is asked once typing pauses. */
const ALL_KEYS_DELAY_MS = 400;
/**
 * Beyond this many matches every key is asked only once the user selects (`loadAllKeys`): an
 * answer of 100,000 keys after each pause in typing cost more than the typing.
 */
const EAGER_ALL_KEYS = 5_000;

/** One answer of the service: the first page of a query, with the counts. */
export interface WorkWindowOrder {
  /** Which query this answers (sort, direction, filter); pages are asked with the same. */
  query: WorkOrderQuery;
  id: string;
  epoch: object;
  total: number;
  matched: number;
  /** The first page's keys and rows. */
  first: WorkOrder;
  /** Every matching key in order, once fetched (a moment after the query stopped changing). */
  allKeys: readonly string[] | null;
}

type Answer =
  | { id: string; epoch: object; order: WorkWindowOrder }
  | { id: string; epoch: object; error: unknown };

type QueryInput = Parameters<ScholionApi['queryWorks']>[0];

/** The first page asked from the filter's key handler (see AskedOnKey). */
const askedOnKey = new AskedOnKey<ScholionApi, QueryInput, WorkOrder>();

/** What the first page of `asked` is asked with. */
const firstPageInput = (asked: WorkOrderQuery): QueryInput => ({
  ...asked,
  offset: 0,
  limit: WORK_PAGE,
  rows: true,
});

const queryId = (q: WorkOrderQuery): string =>
  `${q.sort}:${q.direction}:${q.filter.trim()}:${JSON.stringify([q.types, q.tags, q.yearFrom, q.yearTo])}`;

/**
 * The first page of the works matching `query.filter` in `query`'s order, with how many match.
 * While a new query loads the previous answer stays (`stale` is true), so the list does not
 * flash; older answers never replace newer ones. Reloads when the library's works change.
 */
export function useWorkOrder(query: WorkOrderQuery): QueryState<WorkWindowOrder> & {
  stale?: boolean;
  /** Every key of the current answer, asked now if need be (the user started selecting). */
  loadAllKeys: () => Promise<readonly string[]>;
  /**
   * For the filter's change handler: asks the first page for `filter` (in the same order and
   * narrowing) before React renders the key; the render then takes that answer.
   */
  askOnKey: (filter: string) => void;
} {
  const { api } = useApiContext();
  const epoch = useWorksEpoch();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const latest = useRef(0);
  /** Once the user selects, every answer's keys are asked (after the pause) whatever their number. */
  const selecting = useRef(false);
  /** Asks the current answer's keys now; null until its first page arrived. */
  const askAll = useRef<(() => Promise<readonly string[]>) | null>(null);
  const { sort, direction } = query;
  // Trimmed: a space typed after a word asks nothing again.
  const filter = query.filter.trim();
  const id = queryId(query);
  const facets = JSON.stringify(
    facetInput({
      types: query.types ?? [],
      tags: query.tags ?? [],
      yearFrom: query.yearFrom ?? null,
      yearTo: query.yearTo ?? null,
    }),
  );

  const askedFor = useCallback(
    (text: string): WorkOrderQuery => ({
      sort,
      direction,
      filter: text.trim(),
      ...(JSON.parse(facets) as ReturnType<typeof facetInput>),
    }),
    [sort, direction, facets],
  );

  useEffect(() => {
    if (!epoch) return;
    const ticket = ++latest.current;
    const asked = askedFor(filter);
    let timer: ReturnType<typeof setTimeout> | undefined;
    askAll.current = null;
    const input = firstPageInput(asked);
    askedOnKey
      .take(api, input, () => api.queryWorks(input))
      .then(
        (first) => {
          if (latest.current !== ticket) return;
          const order: WorkWindowOrder = {
            query: asked,
            id,
            epoch,
            total: first.total,
            matched: first.matched,
            first,
            allKeys: first.matched === first.keys.length ? first.keys : null,
          };
          setAnswer({ id, epoch, order });
          if (order.allKeys) {
            const keys = order.allKeys;
            askAll.current = () => Promise.resolve(keys);
            return;
          }
          let all: Promise<readonly string[]> | null = null;
          const fetchAll = (): Promise<readonly string[]> => {
            clearTimeout(timer);
            all ??= api.queryWorks(asked).then((found) => {
              if (latest.current === ticket)
                setAnswer({ id, epoch, order: { ...order, allKeys: found.keys } });
              return found.keys;
            });
            return all;
          };
          askAll.current = fetchAll;
          if (order.matched <= EAGER_ALL_KEYS || selecting.current)
            timer = setTimeout(() => {
              fetchAll().catch(() => undefined); // selecting all waits for the next answer
            }, ALL_KEYS_DELAY_MS);
        },
        (error: unknown) => latest.current === ticket && setAnswer({ id, epoch, error }),
      );
    return () => clearTimeout(timer);
  }, [api, epoch, id, filter, askedFor]);

  const askOnKey = useCallback(
    (text: string) => {
      // Nothing is asked before the works are known, nor for a key that leaves the query as it
      // was (a space typed after a word): no render would take the answer.
      if (!epoch || text.trim() === filter) return;
      const input = firstPageInput(askedFor(text));
      askedOnKey.put(api, input, api.queryWorks(input));
    },
    [api, epoch, filter, askedFor],
  );

  const loadAllKeys = useCallback(async (): Promise<readonly string[]> => {
    selecting.current = true;
    return askAll.current ? askAll.current() : [];
  }, []);

  if (answer && 'error' in answer && answer.id === id)
    return { status: 'error', error: answer.error, loadAllKeys, askOnKey };
  if (!answer || !('order' in answer)) return { status: 'loading', loadAllKeys, askOnKey };
  return {
    status: 'ready',
    data: answer.order,
    stale: answer.id !== id || answer.epoch !== epoch,
    loadAllKeys,
    askOnKey,
  };
}

/** The keys and rows of an order's pages fetched so far. */
export interface WorkPages {
  /** The key of the `i`-th matching work, when its page has arrived. */
  keyAt: (i: number) => string | undefined;
  /** The position of `key` in the order, when known (-1 otherwise). */
  indexOf: (key: string) => number;
  rows: ReadonlyMap<string, WorkSummary>;
}

interface Pages {
  order: WorkWindowOrder;
  keys: Map<number, string[]>;
  rows: Map<string, WorkSummary>;
}

function firstPages(order: WorkWindowOrder): Pages {
  const rows = new Map((order.first.rows ?? []).map((r) => [r.key, r]));
  return { order, keys: new Map([[0, order.first.keys]]), rows };
}

/**
 * The pages of `order` covering rows `start..end`: each is asked (keys and rows together) the
 * first time it comes into view; rows not yet fetched are simply missing.
 */
export function useWorkPages(order: WorkWindowOrder, start: number, end: number): WorkPages {
  const { api } = useApiContext();
  const [pages, setPages] = useState<Pages>(() => firstPages(order));
  const asked = useRef(new WeakMap<WorkOrder, Set<number>>());
  // A new answer (query or epoch) starts over from its first page.
  const current = pages.order.first === order.first ? pages : firstPages(order);
  if (current !== pages) setPages(current);

  useEffect(() => {
    let blocks = asked.current.get(order.first);
    if (!blocks) asked.current.set(order.first, (blocks = new Set([0])));
    const last = Math.min(end, order.matched);
    for (let p = Math.floor(start / WORK_PAGE); p * WORK_PAGE < last; p++) {
      if (blocks.has(p)) continue;
      blocks.add(p);
      const page = p;
      api.queryWorks({ ...order.query, offset: p * WORK_PAGE, limit: WORK_PAGE, rows: true }).then(
        (found) =>
          setPages((now) => {
            if (now.order.first !== order.first) return now;
            const keys = new Map(now.keys).set(page, found.keys);
            const rows = new Map(now.rows);
            for (const r of found.rows ?? []) rows.set(r.key, r);
            return { order: now.order, keys, rows };
          }),
        () => blocks.delete(page), // asked again when next shown
      );
    }
  }, [api, order, start, end]);

  const all = order.allKeys;
  return {
    keyAt: (i) => all?.[i] ?? current.keys.get(Math.floor(i / WORK_PAGE))?.[i % WORK_PAGE],
    indexOf: (key) => {
      if (all) return all.indexOf(key);
      for (const [p, keys] of current.keys) {
        const i = keys.indexOf(key);
        if (i >= 0) return p * WORK_PAGE + i;
      }
      return -1;
    },
    rows: current.rows,
  };
}

/**
 * Every key of `order` (for an export of the works shown): the keys already fetched, or asked
 * now when the user acts before they have arrived.
 */
export function useAllWorkKeys(): (order: WorkWindowOrder) => Promise<readonly string[]> {
  const { api } = useApiContext();
  return async (order) => order.allKeys ?? (await api.queryWorks(order.query)).keys;
}
