// The Papers view's order and filter over the library's papers (pure).
import { foldText as fold } from '../../../core/search/fold';
import type { DocumentEntry } from '../../api/documents';
import type { SortDirection } from '../../ui/SortHeader';

/** The columns the Papers view sorts by. */
export type PaperSort = 'title' | 'authors' | 'year' | 'citations' | 'works' | 'warnings';
export type { SortDirection };

/** The order a column sorts in when first chosen: counts most first, text A→Z, years oldest. */
export const defaultPaperDirection = (key: PaperSort): SortDirection =>
  key === 'citations' || key === 'works' || key === 'warnings' ? 'descending' : 'ascending';

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

const COMPARE: Record<PaperSort, (a: DocumentEntry, b: DocumentEntry) => number> = {
  title: (a, b) => byText(a.title, b.title),
  authors: (a, b) => byText(a.authors.join(', '), b.authors.join(', ')),
  // Papers without a year go last whichever way the column is sorted (see sortPapers).
  year: (a, b) => (a.year ?? '').localeCompare(b.year ?? ''),
  citations: (a, b) => a.citations - b.citations,
  works: (a, b) => a.worksLinked - b.worksLinked,
  warnings: (a, b) => a.warnings.length - b.warnings.length,
};

/**
 * The papers matching every word of `filter` (in title, authors, year or kind, accents and case
 * aside), sorted by `sort` with ties by title.
 */
export function sortPapers(
  papers: readonly DocumentEntry[],
  sort: PaperSort,
  direction: SortDirection,
  filter = '',
): DocumentEntry[] {
  const words = fold(filter.trim()).split(/\s+/).filter(Boolean);
  const shown = words.length
    ? papers.filter((p) => {
        const hay = fold(`${p.title} ${p.authors.join(' ')} ${p.year ?? ''} ${p.kind}`);
        return words.every((w) => hay.includes(w));
      })
    : [...papers];
  const sign = direction === 'ascending' ? 1 : -1;
  return shown.sort((a, b) => {
    if (sort === 'year' && !a.year !== !b.year) return a.year ? -1 : 1;
    return sign * COMPARE[sort](a, b) || byText(a.title, b.title);
  });
}

/** "Lavenex & Panizzon", "Smith, Jones & Lee", "Smith et al." for the list's author column. */
export function authorsShort(authors: readonly string[]): string {
  const family = authors.map((name) => name.trim().split(/\s+/).pop() ?? name);
  if (family.length <= 2) return family.join(' & ');
  if (family.length === 3) return `${family[0]}, ${family[1]} & ${family[2]}`;
  return `${family[0]} et al.`;
}
