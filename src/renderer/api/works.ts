// The bibliography's data at any size: the works' order as keys (sorted and filtered by the
// service), and the rows for the keys on screen, fetched a block at a time.
import { useEffect, useRef, useState } from 'react';
import type { WorkOrder, WorkSort, WorkSummary } from '../../shared/contract';
import { useApiContext } from './ApiProvider';
import { useWorksEpoch } from './queries';
import type { QueryState } from './queryCache';

export interface WorkOrderQuery {
  sort: WorkSort;
  direction: 'ascending' | 'descending';
  filter: string;
  /** Types, tags and years the works must match besides the filter (a saved filter's). */
  facets?: WorkFacets;
}

/** queryWorks' narrowing beside the text filter. */
export interface WorkFacets {
  types: readonly string[];
  tags: readonly string[];
  yearFrom: number | null;
  yearTo: number | null;
}

/** The facets as queryWorks takes them (what is unset left out). */
function facetInput(facets: WorkFacets | undefined) {
  if (!facets) return {};
  const { types, tags, yearFrom, yearTo } = facets;
  return {
    ...(types.length ? { types: [...types] } : {}),
    ...(tags.length ? { tags: [...tags] } : {}),
    ...(yearFrom !== null ? { yearFrom } : {}),
    ...(yearTo !== null ? { yearTo } : {}),
  };
}

type Answer = { id: string; epoch: object; order?: WorkOrder; error?: unknown };

/**
 * The keys of the works matching `query.filter` in `query`'s order. While a new order loads the
 * previous one stays (`stale` is true), so the list does not flash; older answers never replace
 * newer ones. Reloads when the library's works change.
 */
export function useWorkOrder(query: WorkOrderQuery): QueryState<WorkOrder> & { stale?: boolean } {
  const { api } = useApiContext();
  const epoch = useWorksEpoch();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const latest = useRef(0);
  const { sort, direction, filter } = query;
  const facets = JSON.stringify(facetInput(query.facets));
  const id = `${sort}:${direction}:${filter.trim()}:${facets}`;

  useEffect(() => {
    if (!epoch) return;
    const ticket = ++latest.current;
    const narrowing = JSON.parse(facets) as ReturnType<typeof facetInput>;
    api.queryWorks({ sort, direction, filter: filter.trim(), ...narrowing }).then(
      (order) => latest.current === ticket && setAnswer({ id, epoch, order }),
      (error: unknown) => latest.current === ticket && setAnswer({ id, epoch, error }),
    );
  }, [api, epoch, id, sort, direction, filter, facets]);

  if (answer?.error !== undefined && answer.id === id)
    return { status: 'error', error: answer.error };
  if (!answer?.order) return { status: 'loading' };
  return {
    status: 'ready',
    data: answer.order,
    stale: answer.id !== id || answer.epoch !== epoch,
  };
}

/** Rows are fetched this many keys at a time. */
const BLOCK = 100;

/**
 * The summaries of `keys[start..end)` (and of any row fetched before), by key: the blocks of
 * `keys` around the range are fetched as needed; rows not yet fetched are simply missing.
 */
export function useWorkRows(
  keys: readonly string[],
  start: number,
  end: number,
): ReadonlyMap<string, WorkSummary> {
  const { api } = useApiContext();
  const epoch = useWorksEpoch();
  const [rows, setRows] = useState<{ epoch: object | null; map: Map<string, WorkSummary> }>({
    epoch: null,
    map: new Map(),
  });
  const asked = useRef(new WeakMap<readonly string[], Set<number>>());

  useEffect(() => {
    if (!epoch || end <= start) return;
    let blocks = asked.current.get(keys);
    if (!blocks) asked.current.set(keys, (blocks = new Set()));
    const known = rows.epoch === epoch ? rows.map : null;
    for (let b = Math.floor(start / BLOCK); b * BLOCK < Math.min(end, keys.length); b++) {
      if (blocks.has(b)) continue;
      const slice = keys.slice(b * BLOCK, (b + 1) * BLOCK);
      if (known && slice.every((k) => known.has(k))) continue;
      blocks.add(b);
      api.listWorks({ keys: slice }).then(
        (found) =>
          setRows((current) => {
            const map = new Map(current.epoch === epoch ? current.map : []);
            for (const w of found) map.set(w.key, w);
            return { epoch, map };
          }),
        () => blocks.delete(b), // asked again when next shown
      );
    }
  }, [api, epoch, keys, start, end, rows]);

  return rows.epoch === epoch ? rows.map : EMPTY;
}

const EMPTY: ReadonlyMap<string, WorkSummary> = new Map();
