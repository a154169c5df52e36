/** The data folder's own description (`meta.json`), version 1: creation time and layout. */
import { z } from 'zod';
import type { FileSpec } from '../fileSpec';
import { DEFAULT_SHARDS } from '../layout';
import { parseWith } from './validate';

const metaSchema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal('meta'),
  createdAt: z.string(),
  layout: z.object({
    notesShards: z.number().int().min(1).max(4096),
    worksShards: z.number().int().min(1).max(4096),
  }),
});

export type MetaFile = z.infer<typeof metaSchema>;

export const metaFileSpec: FileSpec<MetaFile> = {
  kind: 'meta',
  schemaVersion: 1,
  empty: () => ({
    schemaVersion: 1,
    kind: 'meta',
    createdAt: '',
    layout: { notesShards: DEFAULT_SHARDS, worksShards: DEFAULT_SHARDS },
  }),
  migrations: {},
  validate: (data) => parseWith(metaSchema, data),
  pretty: true,
};
