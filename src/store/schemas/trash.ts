/** The trash file (`trash.json`), version 1: deleted works, lists, claims and notes' entries. */
import { z } from 'zod';
import { TRASH_KINDS, type TrashEntry } from '../../core/userData/trash';
import type { FileSpec } from '../fileSpec';
import { emptyItemsFile, itemsFileSchema, type ItemsFile } from './itemsFile';
import { parseWith } from './validate';

export const TRASH_KIND = 'trash';
export const TRASH_VERSION = 1;

const entrySchema: z.ZodType<TrashEntry> = z.object({
  id: z.string().min(1),
  kind: z.enum(TRASH_KINDS as [TrashEntry['kind'], ...TrashEntry['kind'][]]),
  itemId: z.string().min(1),
  label: z.string(),
  deletedAt: z.string(),
  batch: z.string().min(1),
  item: z.unknown(),
  merge: z
    .object({
      into: z.string().min(1),
      keepBefore: z.unknown(),
      keepRevision: z.number(),
      moved: z.array(
        z.object({
          collection: z.enum(['notes', 'lists', 'userClaims', 'documentLinks']),
          id: z.string().min(1),
          before: z.unknown(),
          after: z.unknown(),
        }),
      ),
    })
    .optional(),
}) as z.ZodType<TrashEntry>;

export type TrashFile = ItemsFile<TrashEntry>;

const fileSchema = itemsFileSchema(TRASH_KIND, TRASH_VERSION, entrySchema, (e) => e.id);

export const trashFileSpec: FileSpec<TrashFile> = {
  kind: TRASH_KIND,
  schemaVersion: TRASH_VERSION,
  empty: () => emptyItemsFile<TrashEntry>(TRASH_KIND, TRASH_VERSION),
  migrations: {},
  validate: (data) => parseWith(fileSchema, data),
  pretty: false,
};
