/**
 * Notes files (`notes/<shard>.json`). Version history:
 * - v1: `{ notes: [{ id, title, body, tags, created, updated, workKeys }] }`, an array.
 * - v2: `{ items: { [id]: Note } }` with createdAt/updatedAt, deletedAt (trash) and typed links
 *   (works, claims, passages) that keep a readable placeholder.
 */
import { z } from 'zod';
import type { Note } from '../../core/userData/notes';
import type { FileSpec, Migration } from '../fileSpec';
import { emptyItemsFile, itemsFileSchema, type ItemsFile } from './itemsFile';
import { parseWith } from './validate';

export const NOTES_KIND = 'notes';
export const NOTES_VERSION = 2;

export const selectorSchema = z.object({
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const linkBase = { placeholder: z.string(), source: z.enum(['explicit', 'body']) };

const noteLinkSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('work'),
    workKey: z.string().min(1),
    locator: z.string().nullable(),
    ...linkBase,
  }),
  z.object({ kind: z.literal('claim'), claimId: z.string().min(1), ...linkBase }),
  z.object({
    kind: z.literal('passage'),
    documentId: z.string().min(1),
    selector: selectorSchema,
    ...linkBase,
  }),
]);

export const noteSchema: z.ZodType<Note> = z.object({
  id: z.string().min(1),
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  links: z.array(noteLinkSchema),
});

export type NotesFile = ItemsFile<Note>;

const fileSchema = itemsFileSchema(NOTES_KIND, NOTES_VERSION, noteSchema, (n) => n.id);

const v1Note = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()).default([]),
  created: z.string(),
  updated: z.string(),
  workKeys: z.array(z.string()).default([]),
});

/** v1 → v2: array to map by id, created/updated renamed, work keys become work links. */
export const notesV1toV2: Migration = (file) => {
  const notes = parseWith(z.array(v1Note), file.notes ?? []);
  const items: Record<string, Note> = {};
  for (const n of notes) {
    items[n.id] = {
      id: n.id,
      title: n.title,
      body: n.body,
      tags: n.tags,
      createdAt: n.created,
      updatedAt: n.updated,
      deletedAt: null,
      links: n.workKeys.map((workKey) => ({
        kind: 'work',
        workKey,
        locator: null,
        placeholder: workKey,
        source: 'explicit',
      })),
    };
  }
  return { kind: NOTES_KIND, items };
};

export const notesFileSpec: FileSpec<NotesFile> = {
  kind: NOTES_KIND,
  schemaVersion: NOTES_VERSION,
  empty: () => emptyItemsFile<Note>(NOTES_KIND, NOTES_VERSION),
  migrations: { 1: notesV1toV2 },
  validate: (data) => parseWith(fileSchema, data),
  pretty: true,
};
