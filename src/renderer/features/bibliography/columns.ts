// The bibliography's columns: which exist, their headers, classes and first sort direction (the
// service sorts and filters; see WorksTable). The user chooses which show (ColumnChooser).
import type { BibliographyLayout, WorkSort } from '../../../shared/contract';
import type { SortDirection } from '../../ui/SortHeader';

export { yearAsCited } from '../../../core/paper/citedYear';

export type SortKey = WorkSort;
export type { SortDirection };
export type ColumnKey = WorkSort;

export interface ColumnDef {
  key: ColumnKey;
  /** The header, as shown (upper-cased by the stylesheet). */
  label: string;
  /** What the column chooser says the column shows. */
  description: string;
  className: string;
  /**
   * The least width in px the column takes while the user has sized no column (about the
   * stylesheet's width): what the table's minimum width adds up, so that however many columns
   * are shown the title keeps room and the list scrolls sideways instead.
   */
  leastWidth: number;
}

/** Every column the table can show, in the order the chooser lists them. */
export const COLUMNS: readonly ColumnDef[] = [
  {
    key: 'author',
    label: 'Author',
    description: 'First authors',
    className: 'col-author',
    leastWidth: 90,
  },
  {
    key: 'year',
    label: 'Year',
    description: 'Year as cited (2011a)',
    className: 'col-year',
    leastWidth: 56,
  },
  {
    key: 'title',
    label: 'Title',
    description: 'Always shown',
    className: 'col-title',
    leastWidth: 150,
  },
  {
    key: 'type',
    label: 'Type',
    description: 'Journal article, book…',
    className: 'col-type',
    leastWidth: 128,
  },
  {
    key: 'container',
    label: 'Published in',
    description: 'Journal, book or site',
    className: 'col-container',
    leastWidth: 140,
  },
  {
    key: 'added',
    label: 'Added',
    description: 'Date added',
    className: 'col-date',
    leastWidth: 109,
  },
  {
    key: 'modified',
    label: 'Modified',
    description: 'Date last edited',
    className: 'col-date',
    leastWidth: 109,
  },
  { key: 'tags', label: 'Tags', description: 'Your tags', className: 'col-tags', leastWidth: 160 },
  { key: 'key', label: 'Key', description: 'Citation key', className: 'col-key', leastWidth: 136 },
  {
    key: 'cited',
    label: 'Cited',
    description: 'Times your papers cite it',
    className: 'col-cited',
    leastWidth: 56,
  },
  {
    key: 'record',
    label: 'Record',
    description: 'How sure the record is',
    className: 'col-confidence',
    leastWidth: 88,
  },
];

const BY_KEY = new Map(COLUMNS.map((c) => [c.key, c]));

/** The definition of column `key`. */
export const columnDef = (key: ColumnKey): ColumnDef => BY_KEY.get(key)!;

/** What the table shows before the settings have loaded (the service's default too). */
export const DEFAULT_LAYOUT: BibliographyLayout = {
  columns: ['author', 'year', 'title', 'cited', 'record'],
  widths: {},
  sort: { key: 'author', direction: 'ascending' },
};

/**
 * The order a column sorts in when first chosen: most cited, newest added or modified and best
 * record first, otherwise A→Z / oldest.
 */
export const defaultDirection = (key: SortKey): SortDirection =>
  key === 'cited' || key === 'added' || key === 'modified' ? 'descending' : 'ascending';

/** `columns` with `key` shown or hidden; a shown column goes where the chooser lists it. */
export function toggleColumn(columns: readonly ColumnKey[], key: ColumnKey): ColumnKey[] {
  if (key === 'title') return [...columns];
  if (columns.includes(key)) return columns.filter((c) => c !== key);
  const rank = (k: ColumnKey) => COLUMNS.findIndex((c) => c.key === k);
  return [...columns, key].sort((a, b) => rank(a) - rank(b));
}
