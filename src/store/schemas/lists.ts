/** The reading lists file (`lists.json`), version 1. */
import { z } from 'zod';
import type { ReadingList } from '../../core/userData/lists';
import type { FileSpec } from '../fileSpec';
import { emptyItemsFile, itemsFileSchema, type ItemsFile } from './itemsFile';
import { parseWith } from './validate';

export const LISTS_KIND = 'lists';
export const LISTS_VERSION = 1;

const itemSchema = z.object({
  workKey: z.string().min(1),
  placeholder: z.string(),
  status: z.enum(['to-read', 'reading', 'read']),
  comment: z.string(),
  addedAt: z.string(),
});

export const readingListSchema: z.ZodType<ReadingList> = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  items: z.array(itemSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type ListsFile = ItemsFile<ReadingList>;

const fileSchema = itemsFileSchema(LISTS_KIND, LISTS_VERSION, readingListSchema, (l) => l.id);

export const listsFileSpec: FileSpec<ListsFile> = {
  kind: LISTS_KIND,
  schemaVersion: LISTS_VERSION,
  empty: () => emptyItemsFile<ReadingList>(LISTS_KIND, LISTS_VERSION),
  migrations: {},
  validate: (data) => parseWith(fileSchema, data),
  pretty: true,
};
