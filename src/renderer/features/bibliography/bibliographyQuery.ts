// What the bibliography shows: its text filter, the type / tag / year filters beside it, and the
// saved filter it came from. App-wide (one per API object), so the sidebar's saved filters can
// set it from any view.
import { useSyncExternalStore } from 'react';
import type { SavedFilterQuery, ScholionApi } from '../../../shared/contract';
import { useApiContext } from '../../api/ApiProvider';
import { Signal } from '../../ui/signal';

export interface BibliographyQuery extends SavedFilterQuery {
  /** The saved filter applied (it may have been changed since), or null. */
  savedId: string | null;
}

export const EMPTY_QUERY: BibliographyQuery = {
  text: '',
  types: [],
  tags: [],
  yearFrom: null,
  yearTo: null,
  savedId: null,
};

const signals = new WeakMap<ScholionApi, Signal<BibliographyQuery>>();

function signalOf(api: ScholionApi): Signal<BibliographyQuery> {
  let signal = signals.get(api);
  if (!signal) signals.set(api, (signal = new Signal(EMPTY_QUERY)));
  return signal;
}

/** The bibliography's query and a function that changes part of it. */
export function useBibliographyQuery(): [
  BibliographyQuery,
  (change: Partial<BibliographyQuery>) => void,
] {
  const { api } = useApiContext();
  const signal = signalOf(api);
  const query = useSyncExternalStore(signal.subscribe, signal.get);
  return [query, (change) => signal.set({ ...signal.get(), ...change })];
}

/** The query's part a saved filter keeps (without which filter it came from). */
export function savedPart(query: BibliographyQuery): SavedFilterQuery {
  const { text, types, tags, yearFrom, yearTo } = query;
  return { text: text.trim(), types, tags, yearFrom, yearTo };
}

/** True when two queries ask the same. */
export function sameQuery(a: SavedFilterQuery, b: SavedFilterQuery): boolean {
  return (
    JSON.stringify(savedPart({ ...a, savedId: null })) ===
    JSON.stringify(savedPart({ ...b, savedId: null }))
  );
}

/** True when the query narrows by anything beyond its text. */
export const hasFacets = (q: SavedFilterQuery): boolean =>
  q.types.length > 0 || q.tags.length > 0 || q.yearFrom !== null || q.yearTo !== null;

/** "Books, tagged to read, 2000–2010, “migration”": a query in words. */
export function describeQuery(q: SavedFilterQuery, typeLabel: (t: string) => string): string {
  const parts: string[] = [];
  if (q.types.length) parts.push(q.types.map(typeLabel).join(' or '));
  if (q.tags.length) parts.push(`tagged ${q.tags.join(' and ')}`);
  if (q.yearFrom !== null || q.yearTo !== null) {
    parts.push(
      q.yearFrom !== null && q.yearTo !== null
        ? q.yearFrom === q.yearTo
          ? `from ${q.yearFrom}`
          : `${q.yearFrom}–${q.yearTo}`
        : q.yearFrom !== null
          ? `${q.yearFrom} or later`
          : `${q.yearTo} or earlier`,
    );
  }
  if (q.text.trim()) parts.push(`“${q.text.trim()}”`);
  return parts.length ? parts.join(', ') : 'every work';
}
