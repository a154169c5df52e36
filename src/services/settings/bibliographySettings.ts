/**
 * The bibliography's remembered layout (columns shown, widths, sort) and the user's saved filters,
 * as settings.json keeps them: defaults, and the clean-up of what a file or a caller gives.
 */
import { WORK_SORT_KEYS, type WorkSortKey } from '../../core/bibliography/sortKeys';
import { ServiceError } from '../errors';

export type BibliographyColumn = WorkSortKey;

/** The bibliography's columns as shown, their widths (px) and its sort. */
export interface BibliographyLayout {
  columns: BibliographyColumn[];
  widths: Partial<Record<BibliographyColumn, number>>;
  sort: { key: BibliographyColumn; direction: 'ascending' | 'descending' };
}

/** What a saved filter asks: words, any of some types, every one of some tags, a year range. */
export interface SavedFilterQuery {
  text: string;
  types: string[];
  tags: string[];
  yearFrom: number | null;
  yearTo: number | null;
}

/** A named query, as settings.json keeps it. */
export interface SavedFilter {
  id: string;
  name: string;
  query: SavedFilterQuery;
  /** ISO time it was first saved. */
  createdAt: string;
}

/** The layout as settings.json keeps it (column names as strings, checked by `layoutFrom`). */
export interface StoredBibliographyLayout {
  columns: string[];
  widths: Record<string, number>;
  sort: { key: string; direction: 'ascending' | 'descending' } | null;
}

/** The column every layout shows (each row's title is the button that selects it). */
export const REQUIRED_COLUMN: BibliographyColumn = 'title';

/** What the bibliography shows before the user chooses. */
export const DEFAULT_LAYOUT: BibliographyLayout = {
  columns: ['author', 'year', 'title', 'cited', 'record'],
  widths: {},
  sort: { key: 'author', direction: 'ascending' },
};

/** The narrowest and widest a column may be made, in px. */
export const COLUMN_WIDTH = { min: 40, max: 1200 } as const;

const isColumn = (name: string): name is BibliographyColumn =>
  (WORK_SORT_KEYS as readonly string[]).includes(name);

/**
 * `stored` as a layout: unknown columns (from another version) dropped, duplicates dropped,
 * the title column kept, widths clamped; null gives the default.
 */
export function layoutFrom(stored: StoredBibliographyLayout | null): BibliographyLayout {
  if (!stored) return DEFAULT_LAYOUT;
  const columns = [...new Set(stored.columns.filter(isColumn))];
  if (!columns.includes(REQUIRED_COLUMN)) columns.unshift(REQUIRED_COLUMN);
  const widths: BibliographyLayout['widths'] = {};
  for (const [name, width] of Object.entries(stored.widths)) {
    if (isColumn(name)) widths[name] = clampWidth(width);
  }
  const sort =
    stored.sort && isColumn(stored.sort.key)
      ? { key: stored.sort.key, direction: stored.sort.direction }
      : DEFAULT_LAYOUT.sort;
  return { columns, widths, sort };
}

const clampWidth = (width: number) =>
  Math.round(Math.min(COLUMN_WIDTH.max, Math.max(COLUMN_WIDTH.min, width)));

/** The longest name a saved filter may have. */
export const MAX_FILTER_NAME = 80;

/**
 * A saved filter's name and query, checked: a name that is empty, too long or taken by another
 * filter, or a year range that ends before it starts, is refused with a message saying so.
 */
export function checkSavedFilter(
  input: { id?: string; name: string; query: SavedFilterQuery },
  others: readonly SavedFilter[],
): { name: string; query: SavedFilterQuery } {
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) throw new ServiceError('invalid', 'Give the saved filter a name.');
  if (name.length > MAX_FILTER_NAME) {
    throw new ServiceError(
      'invalid',
      `A saved filter's name has at most ${MAX_FILTER_NAME} characters.`,
    );
  }
  const folded = name.toLocaleLowerCase();
  if (others.some((f) => f.id !== input.id && f.name.toLocaleLowerCase() === folded)) {
    throw new ServiceError(
      'invalid',
      `A saved filter named “${name}” exists already: choose another name.`,
    );
  }
  const { yearFrom, yearTo } = input.query;
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) {
    throw new ServiceError(
      'invalid',
      `The year range ${yearFrom}–${yearTo} ends before it starts.`,
    );
  }
  const unique = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  return {
    name,
    query: {
      text: input.query.text.trim(),
      types: unique(input.query.types),
      tags: unique(input.query.tags),
      yearFrom,
      yearTo,
    },
  };
}
