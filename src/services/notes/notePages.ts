/**
 * The notes as lists show them, a page at a time: filtered and sorted here, sent as summaries
 * (no whole bodies). Also the passages of one document's notes, for the reader, and the works
 * and claims notes link, for the list's filters.
 */
import {
  notePassagesIn,
  summariseNote,
  type NoteLinkTarget,
  type NotePage,
  type NotePassages,
  type NoteSort,
} from '../../core/userData/noteSummaries';
import { claimKey } from '../../core/documents/ids';
import type { Note } from '../../core/userData/notes';
import { byUpdatedDesc, matchesFilter, noteOrder, type NoteFilter } from './noteFilters';

/** Which notes, in which order, and which part of them. */
export interface NotePageQuery extends NoteFilter {
  /** Last edited first (default), created first, or by title. */
  sort?: NoteSort;
  /** The page: `limit` notes from the `offset`-th match (default: every match from the first). */
  offset?: number;
  limit?: number;
  /** A note whose position among the matches to answer as `located`. */
  locate?: string;
}

/** The page `query` asks of `notes` (the store's notes: read, never changed). */
export function notePage(notes: readonly Note[], query: NotePageQuery = {}): NotePage {
  const { sort = 'updated', offset = 0, limit, locate, ...filter } = query;
  const place: NoteFilter = { in: filter.in };
  let total = 0;
  const matches: Note[] = [];
  for (const note of notes) {
    if (!matchesFilter(note, place)) continue;
    total++;
    if (matchesFilter(note, filter)) matches.push(note);
  }
  matches.sort(noteOrder(sort));
  const end = limit === undefined ? matches.length : offset + limit;
  return {
    total,
    matched: matches.length,
    offset,
    items: matches.slice(offset, end).map(summariseNote),
    ...(locate !== undefined ? { located: matches.findIndex((n) => n.id === locate) } : {}),
  };
}

/** The passages each live note links in `documentId`, last edited note first. */
export function passagesOfDocument(notes: readonly Note[], documentId: string): NotePassages[] {
  const noting = notes.filter((n) => n.deletedAt === null && notePassagesIn(n, documentId));
  return noting.sort(byUpdatedDesc).flatMap((note) => notePassagesIn(note, documentId) ?? []);
}

/** The works (or claims) live notes link, by label. */
export function linkTargets(notes: readonly Note[], kind: 'work' | 'claim'): NoteLinkTarget[] {
  const byValue = new Map<string, NoteLinkTarget>();
  for (const note of notes) {
    if (note.deletedAt !== null) continue;
    const seen = new Set<string>();
    for (const link of note.links) {
      if (link.kind !== kind) continue;
      const value =
        link.kind === 'work' ? link.workKey : link.kind === 'claim' ? claimKey(link) : '';
      if (seen.has(value)) continue;
      seen.add(value);
      const target = byValue.get(value) ?? { value, label: link.placeholder, notes: 0 };
      target.notes++;
      byValue.set(value, target);
    }
  }
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return [...byValue.values()].sort(
    (a, b) => collator.compare(a.label, b.label) || (a.value < b.value ? -1 : 1),
  );
}
