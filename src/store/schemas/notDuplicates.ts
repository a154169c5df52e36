/** The file of pairs the user dismissed as not duplicates (`not-duplicates.json`), version 1. */
import { z } from 'zod';
import type { NotDuplicatePair } from '../../core/works/duplicates';
import type { FileSpec } from '../fileSpec';
import { emptyItemsFile, itemsFileSchema, type ItemsFile } from './itemsFile';
import { parseWith } from './validate';

export const NOT_DUPLICATES_KIND = 'not-duplicates';
export const NOT_DUPLICATES_VERSION = 1;

const pairSchema: z.ZodType<NotDuplicatePair> = z.object({
  id: z.string().min(1),
  a: z.string().min(1),
  b: z.string().min(1),
  at: z.string(),
});

export type NotDuplicatesFile = ItemsFile<NotDuplicatePair>;

const fileSchema = itemsFileSchema(
  NOT_DUPLICATES_KIND,
  NOT_DUPLICATES_VERSION,
  pairSchema,
  (p) => p.id,
);

export const notDuplicatesFileSpec: FileSpec<NotDuplicatesFile> = {
  kind: NOT_DUPLICATES_KIND,
  schemaVersion: NOT_DUPLICATES_VERSION,
  empty: () => emptyItemsFile<NotDuplicatePair>(NOT_DUPLICATES_KIND, NOT_DUPLICATES_VERSION),
  migrations: {},
  validate: (data) => parseWith(fileSchema, data),
  pretty: true,
};
