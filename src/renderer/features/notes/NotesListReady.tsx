// Keeps the Notes view's first page (every note, last edited first) loaded and current from the
// start, so the view shows its list at once when first opened. It is one page of summaries, and a
// change to the notes reloads only that page.
import { useNoteOrder, type NoteListQuery } from '../../api/notes';

/** The Notes view's query before the user filters or sorts anything. */
const UNFILTERED: NoteListQuery = {};

/** Mount once (the app shell); renders nothing. */
export function NotesListReady(): null {
  useNoteOrder(UNFILTERED);
  return null;
}
