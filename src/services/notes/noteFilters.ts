/** Which notes a list or backlink query returns. */
import { foldDiacritics } from '../../core/bibliography';
import { claimKey, claimRef } from '../../core/documents/ids';
import type { Note } from '../../core/userData/notes';

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

/** True when `note` passes every condition of `filter`. */
export function matchesFilter(note: Note, filter: NoteFilter): boolean {
  const where = filter.in ?? 'notes';
  if (where === 'notes' && note.deletedAt !== null) return false;
  if (where === 'trash' && note.deletedAt === null) return false;
  if (filter.workKey !== undefined) {
    if (!note.links.some((l) => l.kind === 'work' && l.workKey === filter.workKey)) return false;
  }
  if (filter.claimId !== undefined) {
    const wanted = claimKey(claimRef(filter.claimId, filter.documentId));
    if (!note.links.some((l) => l.kind === 'claim' && claimKey(l) === wanted)) return false;
  }
  if (filter.tag !== undefined) {
    const tag = filter.tag.replace(/^#/, '').toLowerCase();
    if (!note.tags.some((t) => t.toLowerCase() === tag)) return false;
  }
  if (filter.text?.trim()) {
    const hay = fold(`${note.title}\n${note.body}\n${note.tags.join(' ')}`);
    if (
      !fold(filter.text)
        .split(/\s+/)
        .filter(Boolean)
        .every((w) => hay.includes(w))
    )
      return false;
  }
  return true;
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

/** Newest first. */
export function byUpdatedDesc(a: Note, b: Note): number {
  return b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);
}
