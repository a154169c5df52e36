// Sorting and filtering of bibliography rows (pure).
import type { WorkSummary } from '../../../shared/contract';

export type SortKey = 'author' | 'year' | 'title' | 'cited';
export type SortDirection = 'ascending' | 'descending';

/** Lowercase, without diacritics: "Köhler" matches "kohler". */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The year as the paper cites it, with its letter ("2011c"), so Betts 2011a/b/c differ. */
export const yearAsCited = (work: WorkSummary): string =>
  work.label.match(/\b(\d{4}[a-z]?)$/)?.[1] ?? work.year ?? 'n.d.';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const compareBy: Record<SortKey, (a: WorkSummary, b: WorkSummary) => number> = {
  author: (a, b) => collator.compare(a.authorsShort, b.authorsShort),
  year: (a, b) =>
    collator.compare(a.year ? yearAsCited(a) : '9999', b.year ? yearAsCited(b) : '9999'),
  title: (a, b) => collator.compare(a.title, b.title),
  cited: (a, b) => a.timesCited - b.timesCited,
};

/** The order a column sorts in when first chosen: most cited first, otherwise A→Z / oldest. */
export const defaultDirection = (key: SortKey): SortDirection =>
  key === 'cited' ? 'descending' : 'ascending';

/** Rows sorted by `key`, ties broken by author, year and label so the order is stable. */
export function sortWorks(
  works: readonly WorkSummary[],
  key: SortKey,
  direction: SortDirection,
): WorkSummary[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...works].sort(
    (a, b) =>
      sign * compareBy[key](a, b) ||
      compareBy.author(a, b) ||
      compareBy.year(a, b) ||
      collator.compare(a.label, b.label),
  );
}

/** Rows whose label, authors, title, year or key contain every word of `query`. */
export function filterWorks(works: readonly WorkSummary[], query: string): WorkSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...works];
  return works.filter((w) => {
    const hay = fold([w.label, w.authorsShort, w.title, w.year ?? '', w.key, w.type].join(' '));
    return words.every((word) => hay.includes(word));
  });
}
