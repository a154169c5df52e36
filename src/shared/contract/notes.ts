/** Contract of notes: Markdown with tags and links to works, claims and passages; backlinks. */
import { z } from 'zod';
import type { Note, NoteLink } from '../../core/userData/notes';
import { idSchema, textQuoteSelectorSchema, workKeySchema } from './userDataSchemas';

export type { Note, NoteLink };

/** A link as the renderer asks for it; the service adds placeholders. */
export const noteLinkInputSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('work'),
      workKey: workKeySchema,
      locator: z.string().max(200).nullable().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('claim'),
      claimId: idSchema,
      /**
       * The claim's document (null: a user claim). Omitted: a qualified id ("doc#k12") names
       * it, a user claim id ("uc-…") has none, a bare paper claim id is the bundled paper's.
       */
      documentId: idSchema.nullable().optional(),
      placeholder: z.string().max(500).optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('passage'),
      documentId: idSchema,
      selector: textQuoteSelectorSchema,
      placeholder: z.string().max(500).optional(),
    })
    .strict(),
]);
export type NoteLinkInput = z.input<typeof noteLinkInputSchema>;

const title = z.string().max(500);
const body = z.string().max(2_000_000);
const tags = z.array(z.string().max(100)).max(200);
const links = z.array(noteLinkInputSchema).max(2000);

/** A link with whether its target still exists ('dangling' shows the placeholder). */
export interface ResolvedNoteLink {
  link: NoteLink;
  status: 'ok' | 'dangling' | 'unchecked';
  label: string;
}

/** A note with its links resolved, for the editor. */
export interface NoteDetail {
  note: Note;
  links: ResolvedNoteLink[];
}

/** Method name -> input schema. Outputs are typed in NotesOutputs. */
export const notesInputs = {
  listNotes: z
    .object({
      text: z.string().max(500).optional(),
      tag: z.string().max(100).optional(),
      workKey: workKeySchema.optional(),
      claimId: idSchema.optional(),
      /** The document of `claimId` (see the claim link's `documentId`). */
      documentId: idSchema.nullable().optional(),
      in: z.enum(['notes', 'trash', 'all']).optional(),
    })
    .strict(),
  getNote: z.object({ id: idSchema }).strict(),
  createNote: z
    .object({
      title: title.optional(),
      body: body.optional(),
      tags: tags.optional(),
      links: links.optional(),
    })
    .strict(),
  updateNote: z
    .object({
      id: idSchema,
      title: title.optional(),
      body: body.optional(),
      tags: tags.optional(),
      links: links.optional(),
      /** Typing: visible at once, written after a pause (and on quit). */
      autosave: z.boolean().optional(),
    })
    .strict(),
  addNoteLinks: z.object({ id: idSchema, links: links.min(1) }).strict(),
  removeNoteLinks: z.object({ id: idSchema, links: links.min(1) }).strict(),
  deleteNote: z.object({ id: idSchema }).strict(),
  restoreNote: z.object({ id: idSchema }).strict(),
  listNoteTags: z.object({}).strict(),
  notesForPassage: z
    .object({
      documentId: idSchema,
      start: z.number().int().min(0).max(100_000_000),
      end: z.number().int().min(0).max(100_000_000),
    })
    .strict(),
} as const;

export interface NotesOutputs {
  /** Newest first. */
  listNotes: Note[];
  getNote: NoteDetail;
  createNote: Note;
  updateNote: Note;
  addNoteLinks: Note;
  removeNoteLinks: Note;
  /** The note, now in the trash (restoreNote undoes it). */
  deleteNote: Note;
  restoreNote: Note;
  listNoteTags: { tag: string; count: number }[];
  /** Live notes linking a passage that overlaps the range. */
  notesForPassage: Note[];
}
