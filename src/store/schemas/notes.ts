/**
 * Notes files (`notes/<shard>.json`). Version history:
 * - v1: `{ notes: [{ id, title, body, tags, created, updated, workKeys }] }`, an array.
 * - v2: `{ items: { [id]: Note } }` with createdAt/updatedAt, deletedAt (trash) and typed links
 *   (works, claims, passages) that keep a readable placeholder.
 * - v3: a claim link names its document (`documentId`; null for a user claim, which is
 *   library-wide), as passage links always did: claim ids are only unique within a document.
 */
import { z } from 'zod';
import { BUNDLED_DOCUMENT_ID, isUserClaimId } from '../../core/documents/ids';
import type { Note } from '../../core/userData/notes';
import type { FileSpec, Migration } from '../fileSpec';
import { emptyItemsFile, itemsFileSchema, type ItemsFile } from './itemsFile';
import { parseWith } from './validate';

export const NOTES_KIND = 'notes';
export const NOTES_VERSION = 3;

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
  z.object({
    kind: z.literal('claim'),
    documentId: z.string().min(1).nullable(),
    claimId: z.string().min(1),
    ...linkBase,
  }),
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

/**
 * v2 → v3: every claim link gets its document. Before documents, the only document was the
 * bundled paper, so a paper claim link ("k12") is one of its claims; a user claim ("uc-…") is in
 * no document. Everything else is kept as it was (unknown fields included).
 */
export const notesV2toV3: Migration = (file) => {
  const items = file.items;
  if (typeof items !== 'object' || items === null || Array.isArray(items)) {
    throw new Error('items: expected an object');
  }
  const out: Record<string, unknown> = {};
  for (const [id, note] of Object.entries(items as Record<string, unknown>)) {
    const links = (note as { links?: unknown } | null)?.links;
    out[id] = Array.isArray(links)
      ? { ...(note as object), links: links.map(withClaimDocument) }
      : note; // left for validation to report
  }
  return { ...file, items: out };
};

function withClaimDocument(link: unknown): unknown {
  if (typeof link !== 'object' || link === null) return link;
  const l = link as { kind?: unknown; claimId?: unknown; documentId?: unknown };
  if (l.kind !== 'claim' || l.documentId !== undefined) return link;
  const userClaim = typeof l.claimId === 'string' && isUserClaimId(l.claimId);
  return { ...l, documentId: userClaim ? null : BUNDLED_DOCUMENT_ID };
}

export const notesFileSpec: FileSpec<NotesFile> = {
  kind: NOTES_KIND,
  schemaVersion: NOTES_VERSION,
  empty: () => emptyItemsFile<Note>(NOTES_KIND, NOTES_VERSION),
  migrations: { 1: notesV1toV2, 2: notesV2toV3 },
  validate: (data) => parseWith(fileSchema, data),
  pretty: true,
};
