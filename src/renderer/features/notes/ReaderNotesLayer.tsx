// The reader's notes: noted passages highlighted, a click on one (or its marker, from the
// keyboard) lists its notes, and the "Note on selection" popover. Used once by the reader.
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import type { PaperIndex } from '../../api/paperIndex';
import { useNotePassages } from '../../api/notes';
import { useNavigation } from '../../app/navigation';
import { offsetAtPoint } from './domOffsets';
import { usePassageHighlights } from './highlights';
import { notedPassages, notesAt } from './passages';
import { passageMarkers } from './PassageMarkers';
import { placeNear } from './placement';
import { SelectionPopover } from './SelectionPopover';
import { usePassageKeys } from './usePassageKeys';
import { useSentenceSelection } from './sentenceSelection';

interface Opened {
  noteIds: string[];
  /** Where to show the list (viewport coordinates). */
  at: { left: number; top: number; bottom: number };
  /** The marker that opened it, given the focus back on Escape; null after a click. */
  marker: { key: string; button: HTMLElement } | null;
}

function PassageNotes({
  opened,
  documentId,
  onClose,
}: {
  opened: Opened;
  documentId: string;
  onClose: () => void;
}) {
  const notes = useNotePassages(documentId);
  const nav = useNavigation();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (ref.current) placeNear(ref.current, opened.at);
  }, [opened]);
  const back = opened.marker?.button ?? null;
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
      back?.focus({ preventScroll: true });
    };
    const onDown = (event: MouseEvent) => {
      const target = event.target as Node;
      // A press on the marker itself is left to its click, which toggles the list.
      if (!ref.current?.contains(target) && !back?.contains(target)) onClose();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [onClose, back]);
  const shown =
    notes.status === 'ready' ? notes.data.filter((n) => opened.noteIds.includes(n.id)) : [];
  return (
    <div
      ref={ref}
      className="passage-notes"
      role="dialog"
      aria-label="Notes on this passage"
      onKeyDown={(event) => {
        // Tabbing out of the list closes it and goes on from its marker, in reading order:
        // Shift+Tab lands on the marker, Tab (not prevented) on what follows the marker.
        if (event.key !== 'Tab') return;
        const buttons = Array.from(event.currentTarget.querySelectorAll('button'));
        const edge = event.shiftKey ? buttons[0] : buttons[buttons.length - 1];
        if (document.activeElement !== edge) return;
        if (event.shiftKey) event.preventDefault();
        onClose();
        back?.focus({ preventScroll: true });
      }}
      // Focus moving elsewhere (a click, a shortcut) closes it too.
      onBlur={(event) => {
        const to = event.relatedTarget as Node | null;
        if (to && !event.currentTarget.contains(to)) onClose();
      }}
    >
      <p className="passage-notes__title">Notes on this passage</p>
      <ul className="passage-notes__list">
        {shown.map((note) => (
          <li key={note.id}>
            <button
              type="button"
              className="link"
              onClick={() => {
                onClose();
                // The note drawer gives the focus back to the marker when it closes.
                back?.focus({ preventScroll: true });
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

/** What the reader shows of its notes: markers to put at the end of blocks, and the popovers. */
export interface ReaderNotes {
  /** Marker buttons by block id, to render at the end of that block's element. */
  markers: ReadonlyMap<string, ReactNode[]>;
  /** The selection popover and the open passage's notes, to render beside the paper. */
  layer: ReactNode;
}

/** The reader's notes layer for the paper under `root`. */
export function useReaderNotes(
  root: RefObject<HTMLElement | null>,
  index: PaperIndex,
): ReaderNotes {
  const nav = useNavigation();
  const text = index.paper.document.text;
  const documentId = index.paper.documentId;
  const notes = useNotePassages(documentId);
  const noted = notes.status === 'ready' ? notes.data : null;
  const passages = useMemo(() => (noted ? notedPassages(noted, text) : []), [noted, text]);
  const [opened, setOpened] = useState<Opened | null>(null);
  const active = nav.view === 'reader';
  usePassageHighlights(root, index, passages);
  usePassageKeys(root, active);
  useSentenceSelection(root, index, active);

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
      const at = { left: event.clientX, top: event.clientY, bottom: event.clientY + 12 };
      setOpened(ids.length ? { noteIds: ids, at, marker: null } : null);
    };
    el.addEventListener('click', onClick);
    return () => el.removeEventListener('click', onClick);
  }, [root, index, passages]);

  const openKey = opened?.marker?.key ?? null;
  const markers = useMemo(
    () =>
      passageMarkers(index.paper.document.blocks, text, passages, openKey, (button, key, ids) => {
        const r = button.getBoundingClientRect();
        setOpened((now) =>
          now?.marker?.key === key
            ? null
            : {
                noteIds: ids,
                at: { left: r.left, top: r.top, bottom: r.bottom },
                marker: { key, button },
              },
        );
      }),
    [index, text, passages, openKey],
  );
  const close = useCallback(() => setOpened(null), []);

  const layer = (
    <>
      <SelectionPopover root={root} index={index} active={active} />
      {active && opened && <PassageNotes opened={opened} documentId={documentId} onClose={close} />}
    </>
  );
  return { markers, layer };
}
