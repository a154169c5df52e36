/** Which notes a list or backlink query returns. */
import { foldDiacritics } from '../../core/bibliography';
import { claimKey, claimRef } from '../../core/documents/ids';
import type { Note } from '../../core/userData/notes';
import type { NoteSort } from '../../core/userData/noteSummaries';
import { backgroundTurn } from '../background/requestsFirst';

export interface NoteFilter {
  /** Notes linking this work (canonical key). */
  workKey?: string;
  /** Notes linking this claim (of `documentId`; see `claimRef` when it is omitted). */
  claimId?: string;
  documentId?: string | null;
  /** Notes with this tag (case-insensitive). */
  tag?: string;
  /** Words that must all occur in the title, body or tags (case and accents ignored). */
  text?: string;
  /** Live notes (default), the trash, or both. */
  in?: 'notes' | 'trash' | 'all';
}

/** A range of a document, for passage backlinks. */
export interface PassageRange {
  documentId: string;
  start: number;
  end: number;
}

const fold = (s: string) => foldDiacritics(s).toLowerCase();

interface Folded {
  title: string;
  body: string;
  tags: string[];
  hay: string;
}
// A note's folded text, kept while its title, body and tags are the same: each keystroke in the
// notes' search then scans 10,000 notes without folding every body again.
const foldedText = new WeakMap<Note, Folded>();

function hayOf(note: Note): string {
  const kept = foldedText.get(note);
  if (
    kept &&
    kept.title === note.title &&
    kept.body === note.body &&
    kept.tags.length === note.tags.length &&
    kept.tags.every((t, i) => t === note.tags[i])
  )
    return kept.hay;
  const hay = fold(`${note.title}\n${note.body}\n${note.tags.join(' ')}`);
  foldedText.set(note, { title: note.title, body: note.body, tags: [...note.tags], hay });
  return hay;
}

/** Whether `note`'s folded text is kept (see `foldAhead`). */
export function hasFoldedText(note: Note): boolean {
  return foldedText.get(note)?.body === note.body;
}

/**
 * Folds the text of `notes` before the first search needs it (at 10,000 notes ~100 ms, which the
 * first key typed into the notes' search paid), `chunk` notes per background turn, so the
 * requests that come meanwhile go first (see requestsFirst.ts).
 */
export async function foldAhead(notes: readonly Note[], chunk = 250): Promise<void> {
  for (let i = 0; i < notes.length; i += chunk) {
    for (let j = i; j < Math.min(notes.length, i + chunk); j++) hayOf(notes[j]!);
    await backgroundTurn();
  }
}

/**
 * Whether a note passes every condition of `filter`. What the filter asks (its words folded, its
 * tag and claim key) is worked out once here, not once per note tested.
 */
export function noteTest(filter: NoteFilter): (note: Note) => boolean {
  const where = filter.in ?? 'notes';
  const { workKey } = filter;
  const wantedClaim =
    filter.claimId !== undefined ? claimKey(claimRef(filter.claimId, filter.documentId)) : null;
  const tag = filter.tag !== undefined ? filter.tag.replace(/^#/, '').toLowerCase() : null;
  const words = filter.text?.trim() ? fold(filter.text).split(/\s+/).filter(Boolean) : [];
  return (note) => {
    if (where === 'notes' && note.deletedAt !== null) return false;
    if (where === 'trash' && note.deletedAt === null) return false;
    if (workKey !== undefined) {
      if (!note.links.some((l) => l.kind === 'work' && l.workKey === workKey)) return false;
    }
    if (wantedClaim !== null) {
      if (!note.links.some((l) => l.kind === 'claim' && claimKey(l) === wantedClaim)) return false;
    }
    if (tag !== null && !note.tags.some((t) => t.toLowerCase() === tag)) return false;
    if (words.length > 0) {
      const hay = hayOf(note);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  };
}

/** Half-open ranges overlap; an empty range (a point) matches a range it touches. */
function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

/** True when the note links a passage of `range.documentId` overlapping `range`. */
export function linksPassage(note: Note, range: PassageRange): boolean {
  return note.links.some(
    (l) => l.kind === 'passage' && l.documentId === range.documentId && overlaps(l.selector, range),
  );
}

// ISO times and ids are ASCII: comparing code units orders them, and is many times faster than
// localeCompare over 10,000 notes.
const ascii = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first. */
export function byUpdatedDesc(a: Note, b: Note): number {
  return ascii(b.updatedAt, a.updatedAt) || ascii(a.id, b.id);
}

const titles = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The comparison for `sort`: last edited or created first, or by title (A–Z, untitled notes
 * last); ties newest first.
 */
export function noteOrder(sort: NoteSort): (a: Note, b: Note) => number {
  if (sort === 'created') return (a, b) => ascii(b.createdAt, a.createdAt) || byUpdatedDesc(a, b);
  if (sort === 'title')
    return (a, b) =>
      Number(!a.title) - Number(!b.title) ||
      titles.compare(a.title, b.title) ||
      byUpdatedDesc(a, b);
  return byUpdatedDesc;
}
