/**
 * The keep-in-sync exports file (`export-bindings.json`): which reading list (or the library) is
 * bound to which file, and what Scholion last wrote there, so a file edited outside Scholion is
 * recognised and never overwritten unasked. Version 2 added `written` and `editedOutside`.
 */
import { z } from 'zod';
import type { FileSpec } from '../fileSpec';
import { parseWith } from './validate';

export const EXPORT_BINDINGS_FILE = 'export-bindings.json';
const KIND = 'export-bindings';

/** What Scholion last wrote to a bound file. */
const writtenSchema = z.object({
  /** sha256 of the content written, hex. */
  hash: z.string().min(1),
  /** The file's modification time and size right after the write. */
  mtimeMs: z.number(),
  size: z.number().int().min(0),
  /** ISO time of the write. */
  at: z.string(),
});

const bindingSchema = z.object({
  id: z.string().min(1),
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('library') }),
    z.object({ kind: z.literal('list'), listId: z.string().min(1) }),
  ]),
  /** Absolute path of the file kept in sync. */
  path: z.string().min(1),
  /** An export format id (checked by the export service). */
  format: z.string().min(1),
  createdAt: z.string(),
  written: writtenSchema.nullable(),
  /** Set when the file on disk was found changed since Scholion wrote it. */
  editedOutside: z.object({ detectedAt: z.string(), modifiedAt: z.string() }).nullable(),
});

const fileSchema = z.object({
  schemaVersion: z.literal(2),
  kind: z.literal(KIND),
  bindings: z.array(bindingSchema),
});

export type ExportBindingsFile = z.infer<typeof fileSchema>;
export type StoredBinding = ExportBindingsFile['bindings'][number];
export type WrittenRecord = z.infer<typeof writtenSchema>;

export const exportBindingsFileSpec: FileSpec<ExportBindingsFile> = {
  kind: KIND,
  schemaVersion: 2,
  empty: () => ({ schemaVersion: 2, kind: KIND, bindings: [] }),
  migrations: {
    // Version 1 recorded nothing of the writes: each file is checked against what Scholion
    // would write before it is written again.
    1: (file) => ({
      ...file,
      bindings: ((file.bindings as Record<string, unknown>[] | undefined) ?? []).map((b) => ({
        ...b,
        written: null,
        editedOutside: null,
      })),
    }),
  },
  validate: (data) => parseWith(fileSchema, data),
  pretty: true,
};
