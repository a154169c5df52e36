// The notes list, windowed when long (thousands of notes scroll smoothly); a note selected
// elsewhere (search, a backlink) is brought into view.
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { Note } from '../../../shared/contract';
import { Spacer, useWindowedRows } from '../../ui/windowedRows';

/** A note row's usual height (title, excerpt, meta line) before it is measured. */
const ROW_ESTIMATE = 92;

interface Props {
  notes: readonly Note[];
  selectedId: string | null;
  /** The element the list scrolls in. */
  scroller: RefObject<HTMLElement | null>;
  /** Renders one note's row (an <li>); `measure` goes on it as its ref. */
  renderRow: (note: Note, props: RowProps) => ReactNode;
}

export interface RowProps {
  index: number;
  setSize: number;
  measure: (el: Element | null) => void;
}

export function NoteList({ notes, selectedId, scroller, renderRow }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const rows = useWindowedRows({ count: notes.length, scroller, list, estimate: ROW_ESTIMATE });
  const { scrollToIndex } = rows;

  useEffect(() => {
    if (!selectedId) return;
    const index = notes.findIndex((n) => n.id === selectedId);
    if (index >= 0) scrollToIndex(index);
    // Only when the selection changes: scrolling by hand must not snap back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  return (
    <ul className="note-list" ref={list}>
      <Spacer as="li" height={rows.before} />
      {rows.indices.map((i) =>
        renderRow(notes[i]!, { index: i, setSize: notes.length, measure: rows.measure }),
      )}
      <Spacer as="li" height={rows.after} />
    </ul>
  );
}
