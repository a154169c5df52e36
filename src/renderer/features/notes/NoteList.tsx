// The notes list, windowed when long (thousands of notes scroll smoothly) and fetched a page of
// summaries at a time as rows come into view; a note selected elsewhere (search, a backlink) is
// brought into view.
import { useEffect, useRef, type ReactNode } from 'react';
import type { NoteSummary } from '../../../shared/contract';
import { useApiContext } from '../../api/ApiProvider';
import { useNotePages, type NoteOrder } from '../../api/notes';
import { Spacer, useWindowedRows } from '../../ui/windowedRows';

/** A note row's usual height (title, excerpt, meta line) before it is measured. */
const ROW_ESTIMATE = 92;

interface Props {
  order: NoteOrder;
  selectedId: string | null;
  /** The element the list scrolls in. */
  scroller: HTMLElement | null;
  /**
   * Renders one note's row (an <li>); `measure` goes on it as its ref. `note` is undefined while
   * its page is on its way.
   */
  renderRow: (note: NoteSummary | undefined, props: RowProps) => ReactNode;
}

export interface RowProps {
  index: number;
  setSize: number;
  measure: (el: Element | null) => void;
}

export function NoteList({ order, selectedId, scroller, renderRow }: Props) {
  const { api } = useApiContext();
  const list = useRef<HTMLUListElement>(null);
  const count = order.first.matched;
  const rows = useWindowedRows({ count, scroller, list, estimate: ROW_ESTIMATE });
  const { scrollToIndex } = rows;
  const first = rows.indices[0] ?? 0;
  const last = (rows.indices[rows.indices.length - 1] ?? -1) + 1;
  const { noteAt, indexOf } = useNotePages(order, first, last);

  useEffect(() => {
    if (!selectedId) return;
    const known = indexOf(selectedId);
    if (known >= 0) {
      scrollToIndex(known);
      return;
    }
    // Not in a page fetched yet: the service says where it is.
    let live = true;
    api.queryNotes({ ...order.query, limit: 0, locate: selectedId }).then(
      ({ located }) => live && located !== undefined && located >= 0 && scrollToIndex(located),
      () => undefined, // the list simply stays where it is
    );
    return () => {
      live = false;
    };
    // Only when the selection changes: scrolling by hand must not snap back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  return (
    <ul className="note-list" ref={list}>
      <Spacer as="li" height={rows.before} />
      {rows.indices.map((i) =>
        renderRow(noteAt(i), { index: i, setSize: count, measure: rows.measure }),
      )}
      <Spacer as="li" height={rows.after} />
    </ul>
  );
}
