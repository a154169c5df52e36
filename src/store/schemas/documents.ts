/**
 * The documents file (`documents.json`), version 1: one record per document of the library (the
 * bundled paper's too, once it has been listed), each with where its original file is kept and
 * what its last parse found. Small: the parsed text itself is never stored, only re-derived from
 * the kept original.
 */
import { z } from 'zod';
import type { DocumentRecord } from '../../core/documents/model';
import type { FileSpec } from '../fileSpec';
import { emptyItemsFile, itemsFileSchema, type ItemsFile } from './itemsFile';
import { parseWith } from './validate';

export const DOCUMENTS_KIND = 'documents';
export const DOCUMENTS_VERSION = 1;

const documentRecordSchema: z.ZodType<DocumentRecord> = z.object({
  id: z.string().min(1),
  title: z.string(),
  authors: z.array(z.string()),
  year: z.string().nullable(),
  kind: z.enum(['bundled', 'pdf', 'markdown', 'text']),
  file: z
    .object({
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      path: z.string().min(1),
      name: z.string(),
      bytes: z.number().int().nonnegative(),
      encoding: z.string(),
      textLayer: z.string().min(1).optional(),
    })
    .nullable(),
  parserVersion: z.number().int().nonnegative(),
  addedAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  stats: z.object({
    pages: z.number().int().nonnegative(),
    citations: z.number().int().nonnegative(),
    references: z.number().int().nonnegative(),
    worksLinked: z.number().int().nonnegative(),
    warnings: z.array(z.string()),
  }),
  cites: z
    .object({
      works: z.record(z.string(), z.number().int().nonnegative()),
      claims: z.number().int().nonnegative(),
      claimWorks: z.record(z.string(), z.number().int().nonnegative()),
      together: z.array(z.array(z.string())).optional(),
    })
    .optional(),
  workKey: z.string().nullable().optional(),
});

export type DocumentsFile = ItemsFile<DocumentRecord>;

const fileSchema = itemsFileSchema(
  DOCUMENTS_KIND,
  DOCUMENTS_VERSION,
  documentRecordSchema,
  (d) => d.id,
);

export const documentsFileSpec: FileSpec<DocumentsFile> = {
  kind: DOCUMENTS_KIND,
  schemaVersion: DOCUMENTS_VERSION,
  empty: () => emptyItemsFile<DocumentRecord>(DOCUMENTS_KIND, DOCUMENTS_VERSION),
  migrations: {},
  validate: (data) => parseWith(fileSchema, data),
  pretty: true,
};
