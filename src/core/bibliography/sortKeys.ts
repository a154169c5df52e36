/** The columns a list of works can be sorted by: one per column the bibliography can show. */
export const WORK_SORT_KEYS = [
  'author',
  'year',
  'title',
  'cited',
  'type',
  'container',
  'added',
  'modified',
  'tags',
  'key',
  'record',
] as const;

/** A column a list of works can be sorted by. */
export type WorkSortKey = (typeof WORK_SORT_KEYS)[number];
