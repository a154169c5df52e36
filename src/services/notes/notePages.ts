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
import { byUpdatedDesc, noteOrder, noteTest, type NoteFilter } from './noteFilters';

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
  const inPlace = noteTest({ in: filter.in });
  const wanted = noteTest(filter);
  const order = noteOrder(sort);
  let total = 0;
  const matches: Note[] = [];
  for (const note of notes) {
    if (!inPlace(note)) continue;
    total++;
    if (wanted(note)) matches.push(note);
  }
  const end = limit === undefined ? matches.length : offset + limit;
  return {
    total,
    matched: matches.length,
    offset,
    items: firstInOrder(matches, end, order).slice(offset).map(summariseNote),
    ...(locate !== undefined ? { located: placeOf(matches, locate, order) } : {}),
  };
}

/**
 * The first `count` of `notes` in `order`, in that order. A list asks a page at a time: at
 * 10,000 notes, keeping only the page's notes while reading them (binary insertion) is several
 * times faster than sorting every match on each key typed into the notes' search.
 */
function firstInOrder(notes: Note[], count: number, order: (a: Note, b: Note) => number): Note[] {
  if (count <= 0) return [];
  if (count * 8 >= notes.length) return notes.sort(order).slice(0, count);
  const first: Note[] = [];
  for (const note of notes) {
    if (first.length === count && order(note, first[count - 1]!) >= 0) continue;
    let lo = 0;
    let hi = first.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order(first[mid]!, note) <= 0) lo = mid + 1;
      else hi = mid;
    }
    first.splice(lo, 0, note);
    if (first.length > count) first.pop();
  }
  return first;
}

/** Where the note `id` stands among `notes` in `order` (-1: not among them). */
function placeOf(notes: readonly Note[], id: string, order: (a: Note, b: Note) => number): number {
  const note = notes.find((n) => n.id === id);
  if (!note) return -1;
  let before = 0;
  for (const other of notes) if (order(other, note) < 0) before++;
  return before;
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
