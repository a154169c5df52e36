// The notes that link a work or a claim, each a click away, and "New note" linked to it.
import type { NoteLinkInput } from '../../../shared/contract';
import { useNoteOrder } from '../../api/notes';
import type { NoteQuery } from '../../api/userData';
import { useNavigation } from '../../app/navigation';
import { noteExcerpt } from './noteExcerpt';
import { useCreateNote } from './useCreateNote';

interface Props {
  /** Which notes: those linking this work or claim. */
  query: NoteQuery;
  /** The links a new note gets. */
  links: NoteLinkInput[];
  /** Class prefix: 'card' in the citation card, 'backlinks' elsewhere. */
  variant?: 'card' | 'backlinks';
  /** Called before a note opens (the card closes itself, for instance). */
  onOpen?: () => void;
}

export function NoteBacklinks({ query, links, variant = 'backlinks', onOpen }: Props) {
  // The first page (the 100 last edited): a work with more notes says how many there are.
  const order = useNoteOrder(query);
  const notes =
    order.status === 'ready' && !order.stale
      ? {
          status: 'ready' as const,
          data: order.data.first.items,
          matched: order.data.first.matched,
        }
      : order.status === 'error'
        ? order
        : { status: 'loading' as const };
  const nav = useNavigation();
  const createNote = useCreateNote();
  const muted = variant === 'card' ? 'card__muted' : 'muted';
  return (
    <div className="backlinks">
      {notes.status === 'loading' && <p className={muted}>Looking for notes…</p>}
      {notes.status === 'error' && <p className={muted}>Your notes could not be read.</p>}
      {notes.status === 'ready' && notes.data.length === 0 && (
        <p className={muted}>No notes yet.</p>
      )}
      {notes.status === 'ready' && notes.data.length > 0 && (
        <ul className={variant === 'card' ? 'card__notes' : 'backlinks__list'}>
          {notes.data.map((note) => (
            <li key={note.id}>
              <button
                type="button"
                className="link backlinks__note"
                onClick={() => {
                  onOpen?.();
                  nav.editNoteInPlace(note.id);
                }}
              >
                {note.title || 'Untitled note'}
              </button>
              {note.lead.trim() && (
                <span className={variant === 'card' ? 'card__excerpt' : 'backlinks__excerpt'}>
                  {noteExcerpt(note, 140)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {notes.status === 'ready' && notes.matched > notes.data.length && (
        <p className={muted}>
          The {notes.data.length} last edited of {notes.matched.toLocaleString()} notes.
        </p>
      )}
      <button
        type="button"
        className="button button--small backlinks__new"
        onClick={() => {
          onOpen?.();
          void createNote(links);
        }}
      >
        New note
      </button>
    </div>
  );
}
