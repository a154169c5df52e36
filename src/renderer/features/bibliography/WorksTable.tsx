// The works table: sortable columns, one row per work in the given order, windowed when long
// (rows fetched as they come into view), arrow keys / Home / End / Page keys moving the selection.
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { WorkSummary } from '../../../shared/contract';
import { useWorkPages, type WorkWindowOrder } from '../../api/works';
import { useNavigation } from '../../app/navigation';
import { ConfidenceBadge } from '../../ui/ConfidenceBadge';
import { Loading } from '../../ui/Status';
import { cssEscape } from '../../ui/dom';
import { Spacer, useWindowedRows } from '../../ui/windowedRows';
import { SelectAllCell, SelectCell, type WorkSelection } from '../lists/WorkSelection';
import { yearAsCited, type SortDirection, type SortKey } from './columns';
import { RichText } from '../../ui/safeHtml';

const COLUMNS: { key: SortKey; label: string; className: string }[] = [
  { key: 'author', label: 'Author', className: 'col-author' },
  { key: 'year', label: 'Year', className: 'col-year' },
  { key: 'title', label: 'Title', className: 'col-title' },
  { key: 'cited', label: 'Cited', className: 'col-cited' },
];
/** The checkbox column, the four sortable ones and the record's confidence. */
const COLUMN_COUNT = COLUMNS.length + 2;
/** A row's usual height in a long table (titles of up to three lines), before it is measured. */
const ROW_ESTIMATE = 84;
/** Rows fetched before the table knows which rows it shows. */
const FIRST_ROWS = 50;
/** Rows a Page Up / Page Down moves. */
const PAGE = 15;

interface Props {
  /** The works shown: the service's answer to the bibliography's query (fetched a page at a time). */
  order: WorkWindowOrder;
  sort: { key: SortKey; direction: SortDirection };
  onSort: (key: SortKey) => void;
  selection: WorkSelection;
  /** The element the table scrolls in. */
  scroller: RefObject<HTMLElement | null>;
}

/** Where a navigation key moves from row `i` of `count`, or -1. */
function target(key: string, i: number, count: number): number {
  const next =
    key === 'ArrowDown'
      ? i + 1
      : key === 'ArrowUp'
        ? i - 1
        : key === 'Home'
          ? 0
          : key === 'End'
            ? count - 1
            : key === 'PageDown'
              ? Math.min(count - 1, i + PAGE)
              : key === 'PageUp'
                ? Math.max(0, i - PAGE)
                : -1;
  return next >= 0 && next < count && next !== i ? next : -1;
}

/** The title button of the row of `key`, when it is rendered. */
function rowButton(body: HTMLElement | null, key: string): HTMLButtonElement | null {
  return body?.querySelector<HTMLButtonElement>(`[data-work-key="${cssEscape(key)}"]`) ?? null;
}

/** True when a visible element other than the page itself has the focus. */
function focusOnScreen(): boolean {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body) return false;
  return active.getClientRects().length > 0;
}

export function WorksTable({ order, sort, onSort, selection, scroller }: Props) {
  const nav = useNavigation();
  const body = useRef<HTMLTableSectionElement>(null);
  const rows = useWindowedRows({
    count: order.matched,
    scroller,
    list: body,
    estimate: ROW_ESTIMATE,
  });
  // Before the window is known, the first rows (what the top of the list shows).
  const first = rows.indices[0] ?? 0;
  const last = rows.indices.length > 0 ? rows.indices[rows.indices.length - 1]! + 1 : FIRST_ROWS;
  const { keyAt, indexOf, rows: summaries } = useWorkPages(order, first, last);
  const count = order.matched;
  /** The row the keyboard moved to, focused as soon as it is rendered. */
  const focusKey = useRef<string | null>(null);
  const { scrollToIndex } = rows;

  // Focus follows the keyboard once the row is rendered (it may be far down a long list).
  useEffect(() => {
    if (!focusKey.current) return;
    const button = rowButton(body.current, focusKey.current);
    if (button) {
      button.focus({ preventScroll: rows.windowed });
      focusKey.current = null;
    }
  });

  // A work selected elsewhere (the palette, a card) is brought into view, and takes the focus
  // when nothing on screen holds it (the palette closed, the view it came from is hidden).
  const selected = nav.selectedWorkId;
  useEffect(() => {
    if (!selected) return;
    const index = indexOf(selected);
    if (index < 0) return;
    scrollToIndex(index, 'center');
    if (!focusOnScreen()) {
      const button = rowButton(body.current, selected);
      if (button) button.focus({ preventScroll: rows.windowed });
      else focusKey.current = selected;
    }
    // Only when the selection changes: scrolling by hand must not snap back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected]);

  // One row is in the Tab order (roving focus): the selected one when it is rendered, else the
  // first rendered. ↑/↓ move between rows, so Tab from a row goes on to the detail pane.
  const shown = rows.indices.map((i) => keyAt(i));
  const tabKey = selected && shown.includes(selected) ? selected : (shown[0] ?? null);

  const onRowKey = (event: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const next = target(event.key, i, count);
    const key = next < 0 ? undefined : keyAt(next);
    if (next < 0) return;
    event.preventDefault();
    // A row far away (End) whose page has not arrived: shown now, selected once it has.
    if (!key) return scrollToIndex(next);
    nav.selectWork(key);
    focusKey.current = key;
    scrollToIndex(next);
  };

  // The first screen of rows arrives before the table shows (no flash of empty rows).
  if (summaries.size === 0 && count > 0) return <Loading what="the works" />;

  return (
    <table
      className={rows.windowed ? 'works-table works-table--windowed' : 'works-table'}
      aria-rowcount={count + 1}
    >
      <caption className="visually-hidden">Works in the library</caption>
      <thead>
        <tr aria-rowindex={1}>
          <SelectAllCell selection={selection} order={order.allKeys ?? NO_KEYS} />
          {COLUMNS.map((col) => (
            <th
              key={col.key}
              scope="col"
              className={col.className}
              aria-sort={sort.key === col.key ? sort.direction : undefined}
            >
              <button type="button" className="sort-button" onClick={() => onSort(col.key)}>
                {col.label}
                <span aria-hidden="true" className="sort-button__arrow">
                  {sort.key === col.key ? (sort.direction === 'ascending' ? '↑' : '↓') : ''}
                </span>
              </button>
            </th>
          ))}
          <th scope="col" className="col-confidence">
            Record
          </th>
        </tr>
      </thead>
      <tbody ref={body}>
        <Spacer as="tr" height={rows.before} colSpan={COLUMN_COUNT} />
        {rows.indices.map((i) => {
          const key = keyAt(i);
          if (!key) return <PendingRow key={`#${i}`} index={i} measure={rows.measure} />;
          return (
            <WorkRow
              key={key}
              index={i}
              workKey={key}
              row={summaries.get(key) ?? null}
              selected={key === selected}
              tabbable={key === tabKey}
              selection={selection}
              measure={rows.measure}
              onSelect={() => nav.selectWork(key)}
              onKey={(event) => onRowKey(event, i)}
            />
          );
        })}
        <Spacer as="tr" height={rows.after} colSpan={COLUMN_COUNT} />
      </tbody>
    </table>
  );
}

const NO_KEYS: readonly string[] = [];

/** A row whose page of keys is still being fetched (scrolled far, fast). */
function PendingRow({ index, measure }: { index: number; measure: (el: Element | null) => void }) {
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} aria-busy className="work-row">
      <td colSpan={COLUMN_COUNT} className="work-row__pending" />
    </tr>
  );
}

interface RowProps {
  index: number;
  workKey: string;
  /** Null while the row's data is being fetched. */
  row: WorkSummary | null;
  selected: boolean;
  /** The row in the Tab order (the others are reached with ↑/↓). */
  tabbable: boolean;
  selection: WorkSelection;
  measure: (el: Element | null) => void;
  onSelect: () => void;
  onKey: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

function WorkRow({
  index,
  workKey,
  row,
  selected,
  tabbable,
  selection,
  measure,
  onSelect,
  onKey,
}: RowProps) {
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      aria-busy={row ? undefined : true}
      className={selected ? 'work-row work-row--selected' : 'work-row'}
      data-work-row={workKey}
      onClick={onSelect}
    >
      <SelectCell
        selection={selection}
        workKey={workKey}
        position={index}
        label={row?.label ?? workKey}
        tabbable={tabbable}
      />
      <td className="col-author">{row?.authorsShort}</td>
      <td className="col-year">{row ? yearAsCited(row) : ''}</td>
      <td className="col-title">
        <button
          type="button"
          className={row ? 'work-row__select' : 'work-row__select work-row__select--loading'}
          data-work-key={workKey}
          tabIndex={tabbable ? 0 : -1}
          aria-current={selected ? 'true' : undefined}
          onKeyDown={onKey}
          onClick={(event) => {
            event.stopPropagation();
            onSelect();
          }}
        >
          {row ? row.title ? <RichText text={row.title} /> : row.label : workKey}
        </button>
      </td>
      <td className="col-cited">{row?.timesCited}</td>
      <td className="col-confidence">{row && <ConfidenceBadge level={row.confidence} />}</td>
    </tr>
  );
}
