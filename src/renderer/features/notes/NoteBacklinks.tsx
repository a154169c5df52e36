// The notes that link a work or a claim, each a click away, and "New note" linked to it.
import type { NoteLinkInput } from '../../../shared/contract';
import { excerptAround } from '../../api/paperIndex';
import { useNotes, type NoteQuery } from '../../api/userData';
import { useNavigation } from '../../app/navigation';
import { plainText } from './markdown';
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
  const notes = useNotes(query);
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
              {note.body.trim() && (
                <span className={variant === 'card' ? 'card__excerpt' : 'backlinks__excerpt'}>
                  {excerptAround(plainText(note.body), 0, 0, 140)}
                </span>
              )}
            </li>
          ))}
        </ul>
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
