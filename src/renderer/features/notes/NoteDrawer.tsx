// A note edited over the current view (after "New note" on a card, a work, a claim or a
// selection), so the user keeps their place; "Open in Notes" moves it to the notes view.
import { useEffect, useRef } from 'react';
import { useNavigation } from '../../app/navigation';
import { NoteEditor } from './NoteEditor';

export function NoteDrawer() {
  const nav = useNavigation();
  const { drawerNoteId, editNoteInPlace } = nav;
  const panel = useRef<HTMLElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!drawerNoteId) return;
    if (!returnTo.current) returnTo.current = document.activeElement as HTMLElement | null;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) editNoteInPlace(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [drawerNoteId, editNoteInPlace]);

  useEffect(() => {
    if (drawerNoteId) return;
    const back = returnTo.current;
    returnTo.current = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
  }, [drawerNoteId]);

  if (!drawerNoteId) return null;
  const close = () => editNoteInPlace(null);
  return (
    <aside ref={panel} className="note-drawer" aria-label="Note">
      <div className="note-drawer__bar">
        <h2 className="pane__label">Note</h2>
        <button type="button" className="link" onClick={() => nav.openNote(drawerNoteId)}>
          Open in Notes
        </button>
        <button type="button" className="card__close" aria-label="Close the note" onClick={close}>
          ×
        </button>
      </div>
      <NoteEditor
        key={drawerNoteId}
        noteId={drawerNoteId}
        autoFocus="title"
        onDeleted={close}
        onRestored={(id) => editNoteInPlace(id)}
        onNavigate={close}
      />
    </aside>
  );
}
