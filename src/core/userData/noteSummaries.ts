/**
 * Lean views of notes for lists and the reader: a note's row without its whole body, and the
 * passages it notes in one document. A library of 10,000 notes sent whole took seconds to cross
 * to the window; these are what the views show.
 */
import type { Note, TextQuoteSelector } from './notes';

/** How much of the body's Markdown a summary carries: enough for a two-line excerpt. */
export const NOTE_LEAD_CHARS = 400;

/** A note as a list shows it: everything but the whole body. */
export interface NoteSummary {
  id: string;
  title: string;
  /**
   * The start of the body's Markdown (at most NOTE_LEAD_CHARS characters, cut at a line end or
   * a space when one is near), for an excerpt; the whole body comes with getNote.
   */
  lead: string;
  /** Whether the body is longer than `lead`. */
  truncated: boolean;
  tags: string[];
  /** How many links the note has, by kind. */
  links: { work: number; claim: number; passage: number };
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** A note's passages in one document, for the reader's highlights and markers. */
export interface NotePassages {
  id: string;
  title: string;
  selectors: TextQuoteSelector[];
}

/** The orders a list of notes can take: last edited first, created first, or by title. */
export const NOTE_SORTS = ['updated', 'created', 'title'] as const;
export type NoteSort = (typeof NOTE_SORTS)[number];

/** A page of notes with the counts a list shows ("12 of 240 notes"). */
export interface NotePage {
  /** The notes of the same place (live notes, trash, or both) without the other conditions. */
  total: number;
  /** The notes passing every condition. */
  matched: number;
  offset: number;
  items: NoteSummary[];
  /** Where the note asked to be located is among the matches; -1: it does not match. */
  located?: number;
}

/** A work or claim that live notes link, for a filter's options. */
export interface NoteLinkTarget {
  /** The work's key, or the claim's key ("doc#k12", "uc-…": the `claimId` filter takes it). */
  value: string;
  /** What the link shows (its placeholder, as one of the notes spells it). */
  label: string;
  /** How many live notes link it. */
  notes: number;
}

/** The start of `body`, cut at a line end (else a space) in its last quarter when there is one. */
export function noteLead(body: string, max = NOTE_LEAD_CHARS): string {
  if (body.length <= max) return body;
  const cut = body.slice(0, max);
  const floor = Math.floor(max * 0.75);
  const line = cut.lastIndexOf('\n');
  if (line >= floor) return cut.slice(0, line);
  const space = cut.lastIndexOf(' ');
  return space >= floor ? cut.slice(0, space) : cut;
}

/** The summary of `note` (a new object; the note is not kept). */
export function summariseNote(note: Note): NoteSummary {
  const links = { work: 0, claim: 0, passage: 0 };
  for (const link of note.links) links[link.kind]++;
  const lead = noteLead(note.body);
  return {
    id: note.id,
    title: note.title,
    lead,
    truncated: lead.length < note.body.length,
    tags: [...note.tags],
    links,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
    deletedAt: note.deletedAt,
  };
}

/** The passages `note` links in document `documentId` (null when it links none there). */
export function notePassagesIn(note: Note, documentId: string): NotePassages | null {
  const selectors: TextQuoteSelector[] = [];
  for (const link of note.links)
    if (link.kind === 'passage' && link.documentId === documentId)
      selectors.push({ ...link.selector });
  return selectors.length ? { id: note.id, title: note.title, selectors } : null;
}
