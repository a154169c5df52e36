/** Reading lists: ordered works with a reading status and a comment per item. */

export type ReadingStatus = 'to-read' | 'reading' | 'read';

export const READING_STATUSES: readonly ReadingStatus[] = ['to-read', 'reading', 'read'];

export interface ReadingListItem {
  workKey: string;
  /** Readable label of the work kept with the item, shown if the work is later deleted. */
  placeholder: string;
  status: ReadingStatus;
  comment: string;
  /** ISO time. */
  addedAt: string;
}

export interface ReadingList {
  id: string;
  /** Unique among lists, compared case-insensitively. */
  name: string;
  /** Items in the user's order. */
  items: ReadingListItem[];
  createdAt: string;
  updatedAt: string;
}
