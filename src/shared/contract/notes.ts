/** Contract of notes: Markdown with tags and links to works, claims and passages; backlinks. */
import { z } from 'zod';
import type { Note, NoteLink } from '../../core/userData/notes';
import {
  NOTE_SORTS,
  type NoteLinkTarget,
  type NotePage,
  type NotePassages,
  type NoteSort,
  type NoteSummary,
} from '../../core/userData/noteSummaries';
import { idSchema, textQuoteSelectorSchema, workKeySchema } from './userDataSchemas';

export type { Note, NoteLink, NoteLinkTarget, NotePage, NotePassages, NoteSort, NoteSummary };

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

/** Which notes a list asks for (every condition must hold). */
const noteFilter = {
  /** Words that must all occur in the title, body or tags (case and accents aside). */
  text: z.string().max(500).optional(),
  tag: z.string().max(100).optional(),
  workKey: workKeySchema.optional(),
  /** A claim id, or a claim key ("doc#k12") as listNoteLinkTargets answers it. */
  claimId: idSchema.optional(),
  /** The document of `claimId` (see the claim link's `documentId`). */
  documentId: idSchema.nullable().optional(),
  in: z.enum(['notes', 'trash', 'all']).optional(),
};

/** Notes are listed this many at a time at most (a list asks a page at a time). */
export const MAX_NOTE_PAGE = 1000;

/** Method name -> input schema. Outputs are typed in NotesOutputs. */
export const notesInputs = {
  /** Whole notes (bodies and links): for a few, e.g. a script's; lists use queryNotes. */
  listNotes: z.object(noteFilter).strict(),
  /**
   * A page of the notes passing the filter, sorted in the service, as summaries (the start of
   * the body, not all of it), with how many match and how many there are.
   */
  queryNotes: z
    .object({
      ...noteFilter,
      sort: z.enum(NOTE_SORTS).optional(),
      offset: z.number().int().min(0).max(10_000_000).optional(),
      limit: z.number().int().min(0).max(MAX_NOTE_PAGE).default(100),
      /** Also answer where this note is among the matches (`located`). */
      locate: idSchema.optional(),
    })
    .strict(),
  /** The passages live notes link in one document: what the reader highlights. */
  notePassages: z.object({ documentId: idSchema }).strict(),
  /** The works or claims live notes link, by label: the notes list's filter options. */
  listNoteLinkTargets: z.object({ kind: z.enum(['work', 'claim']) }).strict(),
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
  queryNotes: NotePage;
  notePassages: NotePassages[];
  listNoteLinkTargets: NoteLinkTarget[];
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
