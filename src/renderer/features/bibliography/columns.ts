// The bibliography's sortable columns (the service sorts and filters; see WorkTable).
import type { WorkSort } from '../../../shared/contract';

export { yearAsCited } from '../../../core/paper/citedYear';

export type SortKey = WorkSort;
export type SortDirection = 'ascending' | 'descending';

/** The order a column sorts in when first chosen: most cited first, otherwise A→Z / oldest. */
export const defaultDirection = (key: SortKey): SortDirection =>
  key === 'cited' ? 'descending' : 'ascending';
