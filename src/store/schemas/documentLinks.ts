/**
 * Document links files (`document-links/<shard>.json`), version 1: per document, which work each
 * reference-list entry is, matches waiting for the user, and the user's corrections to the parse
 * (see core/documents/links.ts). Kept apart from the parse, so a re-parse never loses them.
 */
import { z } from 'zod';
import type { DocumentLinks } from '../../core/documents/links';
import type { FileSpec } from '../fileSpec';
import { emptyItemsFile, itemsFileSchema, type ItemsFile } from './itemsFile';
import { parseWith } from './validate';

export const DOCUMENT_LINKS_KIND = 'documentLinks';
export const DOCUMENT_LINKS_VERSION = 1;

const referenceLinkSchema = z.object({
  workKey: z.string().min(1).nullable(),
  how: z.enum(['doi', 'isbn', 'title-year-author', 'created', 'confirmed', 'user']).nullable(),
  candidate: z.object({ workKey: z.string().min(1), reason: z.string() }).nullable(),
  rejected: z.array(z.string()),
});

const documentLinksSchema = z.object({
  documentId: z.string().min(1),
  references: z.record(z.string(), referenceLinkSchema),
  corrections: z.object({
    references: z.record(z.string(), z.object({ fields: z.record(z.string(), z.unknown()) })),
    citations: z.record(
      z.string(),
      z.object({
        referenceKey: z.string().optional(),
        workKey: z.string().optional(),
        notCitation: z.boolean().optional(),
      }),
    ),
  }),
}) as unknown as z.ZodType<DocumentLinks>;

export type DocumentLinksFile = ItemsFile<DocumentLinks>;

const fileSchema = itemsFileSchema(
  DOCUMENT_LINKS_KIND,
  DOCUMENT_LINKS_VERSION,
  documentLinksSchema,
  (d) => d.documentId,
);

export const documentLinksFileSpec: FileSpec<DocumentLinksFile> = {
  kind: DOCUMENT_LINKS_KIND,
  schemaVersion: DOCUMENT_LINKS_VERSION,
  empty: () => emptyItemsFile<DocumentLinks>(DOCUMENT_LINKS_KIND, DOCUMENT_LINKS_VERSION),
  migrations: {},
  validate: (data) => parseWith(fileSchema, data),
  pretty: false,
};
