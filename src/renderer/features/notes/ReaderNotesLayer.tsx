// The reader's notes: noted passages highlighted, a click on one lists its notes, and the
// "Note on selection" popover. Mounted once inside the reader, beside the citation card.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { PaperIndex } from '../../api/paperIndex';
import { useNotes } from '../../api/userData';
import { useNavigation } from '../../app/navigation';
import { offsetAtPoint } from './domOffsets';
import { usePassageHighlights } from './highlights';
import { notedPassages, notesAt } from './passages';
import { placeNear } from './placement';
import { SelectionPopover } from './SelectionPopover';

interface Opened {
  noteIds: string[];
  x: number;
  y: number;
}

function PassageNotes({ opened, onClose }: { opened: Opened; onClose: () => void }) {
  const notes = useNotes({});
  const nav = useNavigation();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (ref.current)
      placeNear(ref.current, { left: opened.x, top: opened.y, bottom: opened.y + 12 });
  }, [opened]);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    const onDown = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [onClose]);
  const shown =
    notes.status === 'ready' ? notes.data.filter((n) => opened.noteIds.includes(n.id)) : [];
  return (
    <div ref={ref} className="passage-notes" role="dialog" aria-label="Notes on this passage">
      <p className="passage-notes__title">Notes on this passage</p>
      <ul className="passage-notes__list">
        {shown.map((note) => (
          <li key={note.id}>
            <button
              type="button"
              className="link"
              onClick={() => {
                onClose();
                nav.editNoteInPlace(note.id);
              }}
            >
              {note.title || 'Untitled note'}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ReaderNotesLayer({
  root,
  index,
}: {
  root: RefObject<HTMLElement | null>;
  index: PaperIndex;
}) {
  const nav = useNavigation();
  const notes = useNotes({});
  const all = notes.status === 'ready' ? notes.data : null;
  const text = index.paper.document.text;
  const passages = useMemo(() => (all ? notedPassages(all, text) : []), [all, text]);
  const [opened, setOpened] = useState<Opened | null>(null);
  usePassageHighlights(root, index, passages);

  // A plain click (no selection made) on a noted passage lists its notes.
  useEffect(() => {
    const el = root.current;
    if (!el || passages.length === 0) return;
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element | null;
      if (target?.closest('[data-citation-id], a, button, input')) return;
      if (!document.getSelection()?.isCollapsed) return;
      const offset = offsetAtPoint(el, index, event.clientX, event.clientY);
      const ids = offset === null ? [] : notesAt(passages, offset);
      setOpened(ids.length ? { noteIds: ids, x: event.clientX, y: event.clientY } : null);
    };
    el.addEventListener('click', onClick);
    return () => el.removeEventListener('click', onClick);
  }, [root, index, passages]);

  const active = nav.view === 'reader';
  return (
    <>
      <SelectionPopover root={root} index={index} active={active} />
      {active && opened && <PassageNotes opened={opened} onClose={() => setOpened(null)} />}
    </>
  );
}
