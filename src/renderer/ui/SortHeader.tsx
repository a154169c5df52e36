// A sortable table's header cell (the Bibliography's and the Papers view's): a button that
// sorts by the column, the arrow of the current sort, and aria-sort for assistive technology.
import type { ReactNode } from 'react';

export type SortDirection = 'ascending' | 'descending';

/** Which column a table is sorted by, and which way. */
export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

/** A column of a sortable table. */
export interface SortColumn<K extends string> {
  key: K;
  label: string;
  className: string;
}

/**
 * The sort after the user chose column `key`: the same column again flips the direction, another
 * column starts in its own first direction (most cited first, A→Z, oldest first...).
 */
export function nextSort<K extends string>(
  current: SortState<K>,
  key: K,
  firstDirection: (key: K) => SortDirection,
): SortState<K> {
  if (current.key !== key) return { key, direction: firstDirection(key) };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

interface Props<K extends string> {
  column: SortColumn<K>;
  sort: SortState<K>;
  onSort: (key: K) => void;
  /** More inside the cell after the button (a resize handle). */
  children?: ReactNode;
}

/** The `<th>` of one sortable column. */
export function SortHeader<K extends string>({ column, sort, onSort, children }: Props<K>) {
  const sorted = sort.key === column.key;
  return (
    <th scope="col" className={column.className} aria-sort={sorted ? sort.direction : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
        {column.label}
        <span aria-hidden="true" className="sort-button__arrow">
          {sorted ? (sort.direction === 'ascending' ? '↑' : '↓') : ''}
        </span>
      </button>
      {children}
    </th>
  );
}
