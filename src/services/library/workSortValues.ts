/**
 * What each bibliography column sorts a work by. Text is collated (case and accents aside,
 * numbers by value); null marks an empty cell, which sorts after every value in either direction
 * (a column of dates added is not led by the bundled works, which have none).
 */
import type { WorkSortKey } from '../../core/bibliography/sortKeys';
import type { WorkListing } from '../../core/bibliography';
import { yearAsCited } from '../../core/paper';

/** What a row is sorted by: its listing. */
export type SortedRow = Omit<WorkListing, 'filterText'>;

/** How sure a record is, best first; user and imported records (no level) come last. */
const RECORD_RANK = { verified: 0, likely: 1, guess: 2 } as const;

/**
 * The value `row` sorts by under `sort`: text to collate, a number, or null (empty). How often
 * a work is cited ('cited') is not of the work alone: the table counts it.
 */
export function sortValueOf(
  sort: Exclude<WorkSortKey, 'cited'>,
  row: SortedRow,
): string | number | null {
  switch (sort) {
    case 'author':
      return row.authorsShort;
    case 'title':
      return row.title;
    case 'year':
      // Works without a year ("n.d.") after the dated ones, as reference lists put them.
      return row.year ? yearAsCited(row) : '9999';
    case 'type':
      return row.type;
    case 'container':
      return row.container || null;
    case 'added':
      return row.addedAt;
    case 'modified':
      return row.modifiedAt;
    case 'tags':
      return row.tags.length ? [...row.tags].sort().join(', ') : null;
    case 'key':
      return row.key;
    case 'record':
      return row.confidence ? RECORD_RANK[row.confidence] : null;
  }
}
