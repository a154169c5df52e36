// The works table: the columns the user chose, sortable and resizable, one row per work in the
// given order, windowed when long (rows fetched as they come into view), arrow keys / Home / End /
// Page keys moving the selection.
import {
  memo,
  useEffect,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { BibliographyLayout, WorkSummary } from '../../../shared/contract';
import { useWorkPages, WORK_PAGE, type WorkWindowOrder } from '../../api/works';
import { useNavigation } from '../../app/navigation';
import { ColumnResizer } from '../../ui/ColumnResizer';
import { SortHeader, type SortState } from '../../ui/SortHeader';
import { Loading } from '../../ui/Status';
import { cssEscape } from '../../ui/dom';
import { useStableHandler } from '../../ui/stableHandler';
import { Spacer, useWindowedRows } from '../../ui/windowedRows';
import { SelectAllCell, SelectCell, type WorkSelection } from '../lists/WorkSelection';
import { columnDef, type ColumnKey, type SortKey } from './columns';
import { cellContent } from './WorkCells';
import { RichText } from '../../ui/safeHtml';
/** The checkbox column's width, in px. */
const CHECK_WIDTH = 36;
/** The least width of the title and of any column the user has not sized, in px. */
const MIN_FREE_COLUMN = 180;
/**
 * A row's height in a long table (two lines of title; the stylesheet makes every row as high),
 * before one is measured.
 */
const ROW_ESTIMATE = 59;
/** Rows fetched before the table knows which rows it shows. */
const FIRST_ROWS = 50;
/**
 * Lists longer than the first page (which comes with every key typed in the filter) are
 * windowed, not the windowing's usual 300: rendered whole, an answer of 51 to 300 works asked its
 * other pages one after another and laid out every row, on the key that brought it ("muller
 * 2011", 94 works at 100,000: the filter's one key over 100 ms in the UI bench).
 */
const WINDOW_OVER = WORK_PAGE;
/** Rows a Page Up / Page Down moves. */
const PAGE = 15;

interface Props {
  /** The works shown: the service's answer to the bibliography's query (fetched a page at a time). */
  order: WorkWindowOrder;
  /** The columns shown, in order (the title among them). */
  columns: readonly ColumnKey[];
  /** Widths in px of the columns the user resized. */
  widths: BibliographyLayout['widths'];
  /** The widths to keep after the user resized a column (every column's, in px). */
  onResize: (widths: BibliographyLayout['widths']) => void;
  sort: SortState<SortKey>;
  onSort: (key: SortKey) => void;
  selection: WorkSelection;
  /** The element the table scrolls in. */
  scroller: HTMLElement | null;
  /** Delete (or Backspace) on the row of `key`. */
  onDelete?: (key: string) => void;
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

/**
 * The table, rendered again only when its own props change: typing in the filter re-renders the
 * view on every key, and the rows wait for the answer instead (the parent passes stable handlers).
 */
export const WorksTable = memo(function WorksTable({
  order,
  columns,
  widths,
  onResize,
  sort,
  onSort,
  selection,
  scroller,
  onDelete,
}: Props) {
  const nav = useNavigation();
  const body = useRef<HTMLTableSectionElement>(null);
  const cols = useRef(new Map<ColumnKey, HTMLTableColElement>());
  /** The checkbox column and the columns shown. */
  const columnCount = columns.length + 1;
  const table = useRef<HTMLTableElement>(null);
  const setWidth = (key: ColumnKey, width: number | undefined) =>
    cols.current.get(key)?.style.setProperty('width', width ? `${width}px` : '');
  /**
   * Lays the table out by the widths given, or by the stylesheet's widths when the user has
   * resized nothing, always in a fixed layout unless the table is short and unsized: an automatic
   * layout shrinks columns to their content when space is short, whatever width they were given,
   * and lays the whole table out again for every row scrolled into a long table's window. The
   * title and columns without a width share what is left, each at least its least width: past
   * that the list scrolls sideways.
   */
  const applyWidths = (given: BibliographyLayout['widths'], windowed: boolean) => {
    const sized = Object.keys(given).length > 0;
    const fixed = sized || windowed;
    let least = CHECK_WIDTH;
    for (const key of columns) {
      setWidth(key, sized ? given[key] : undefined);
      least +=
        (sized && given[key]) || Math.max(columnDef(key).leastWidth, sized ? MIN_FREE_COLUMN : 0);
    }
    table.current?.style.setProperty('table-layout', fixed ? 'fixed' : '');
    table.current?.style.setProperty('min-width', fixed ? `${least}px` : '');
  };
  /** Every column's width as shown now (what a first resize keeps for the others). */
  const measured = (): BibliographyLayout['widths'] => {
    const out: BibliographyLayout['widths'] = {};
    const cells = table.current?.tHead?.rows[0]?.cells;
    columns.forEach((key, i) => {
      if (key === 'title') return;
      // The first header cell is the checkbox column's.
      const width = cells?.[i + 1]?.getBoundingClientRect().width;
      out[key] = widths[key] ?? Math.round(width ?? MIN_FREE_COLUMN);
    });
    return out;
  };

  const rows = useWindowedRows({
    count: order.matched,
    scroller,
    list: body,
    estimate: ROW_ESTIMATE,
    uniform: true,
    threshold: WINDOW_OVER,
  });
  // Widths go through the CSSOM (the CSP allows no style attribute).
  useLayoutEffect(() => applyWidths(widths, rows.windowed));
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

  const onRowKey = useStableHandler((event: KeyboardEvent<HTMLButtonElement>, i: number) => {
    if ((event.key === 'Delete' || event.key === 'Backspace') && onDelete) {
      event.preventDefault();
      const here = keyAt(i);
      if (here) onDelete(here);
      return;
    }
    const next = target(event.key, i, count);
    const key = next < 0 ? undefined : keyAt(next);
    if (next < 0) return;
    event.preventDefault();
    // A row far away (End) whose page has not arrived: shown now, selected once it has.
    if (!key) return scrollToIndex(next);
    // Shift+↑/↓ checks the rows it passes (as shift-click does), for tagging or deleting them.
    const here = keyAt(i);
    if (event.shiftKey && here && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      if (!selection.checked.has(here)) selection.toggle(here, i, false);
      if (!selection.checked.has(key)) selection.toggle(key, next, false);
    }
    nav.selectWork(key);
    focusKey.current = key;
    scrollToIndex(next);
  });
  const onRowClick = useStableHandler((key: string, i: number, event?: MouseEvent) => {
    // Ctrl/Cmd-click checks or unchecks the row; Shift-click the range since the last.
    if (event && (event.ctrlKey || event.metaKey || event.shiftKey)) {
      selection.toggle(key, i, event.shiftKey);
      return;
    }
    nav.selectWork(key);
  });

  // The first screen of rows arrives before the table shows (no flash of empty rows).
  if (summaries.size === 0 && count > 0) return <Loading what="the works" />;

  return (
    <table
      ref={table}
      className={[
        'sortable-table works-table',
        rows.windowed && 'works-table--windowed',
        Object.keys(widths).length > 0 && 'works-table--sized',
      ]
        .filter(Boolean)
        .join(' ')}
      aria-rowcount={count + 1}
    >
      <caption className="visually-hidden">Works in the library</caption>
      <colgroup>
        <col className="wcol-check" />
        {columns.map((key) => (
          <col
            key={key}
            className={`wcol-${key}`}
            ref={(el) => {
              if (el) cols.current.set(key, el);
              else cols.current.delete(key);
            }}
          />
        ))}
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          <SelectAllCell selection={selection} order={order.allKeys ?? NO_KEYS} />
          {columns.map((key) => {
            const def = columnDef(key);
            return (
              <SortHeader key={key} column={def} sort={sort} onSort={onSort}>
                <ColumnResizer
                  column={def.label}
                  onPreview={(width) => applyWidths({ ...measured(), [key]: width }, rows.windowed)}
                  onResize={(width) => onResize({ ...measured(), [key]: width })}
                />
              </SortHeader>
            );
          })}
        </tr>
      </thead>
      <tbody ref={body}>
        <Spacer as="tr" height={rows.before} colSpan={columnCount} />
        {rows.indices.map((i) => {
          const key = keyAt(i);
          if (!key) return <PendingRow key={`#${i}`} index={i} colSpan={columnCount} />;
          // Keyed by place, not by work: a key typed in the filter changes most rows shown, and
          // the answer's rows then fill the rows already there instead of replacing every one.
          return (
            <WorkRow
              key={i}
              columns={columns}
              index={i}
              workKey={key}
              row={summaries.get(key) ?? null}
              selected={key === selected}
              tabbable={key === tabKey}
              selection={selection}
              measure={rows.measure}
              onSelect={onRowClick}
              onKey={onRowKey}
            />
          );
        })}
        <Spacer as="tr" height={rows.after} colSpan={columnCount} />
      </tbody>
    </table>
  );
});

const NO_KEYS: readonly string[] = [];

/**
 * A row whose page of keys is still being fetched (scrolled far, fast); as high as a work's row
 * (the stylesheet's), so it is not measured.
 */
function PendingRow({ index, colSpan }: { index: number; colSpan: number }) {
  return (
    <tr data-index={index} aria-rowindex={index + 2} aria-busy className="work-row">
      <td colSpan={colSpan} className="work-row__pending" />
    </tr>
  );
}

interface RowProps {
  columns: readonly ColumnKey[];
  index: number;
  workKey: string;
  /** Null while the row's data is being fetched. */
  row: WorkSummary | null;
  selected: boolean;
  /** The row in the Tab order (the others are reached with ↑/↓). */
  tabbable: boolean;
  selection: WorkSelection;
  measure: (el: Element | null) => void;
  /** A click on the row of `key` (at `index`). */
  onSelect: (key: string, index: number, event?: MouseEvent) => void;
  /** A key pressed on the row at `index`. */
  onKey: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void;
}

/** One work's row; rendered again only when its own props change (stable handlers given). */
const WorkRow = memo(function WorkRow({
  columns,
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
      onClick={(event) => onSelect(workKey, index, event)}
    >
      <SelectCell
        selection={selection}
        workKey={workKey}
        position={index}
        label={row?.label ?? workKey}
        tabbable={tabbable}
      />
      {columns.map((key) =>
        key === 'title' ? (
          <td key={key} className="col-title">
            <button
              type="button"
              className={row ? 'work-row__select' : 'work-row__select work-row__select--loading'}
              data-work-key={workKey}
              tabIndex={tabbable ? 0 : -1}
              aria-current={selected ? 'true' : undefined}
              onKeyDown={(event) => onKey(event, index)}
              onClick={(event) => {
                event.stopPropagation();
                onSelect(workKey, index, event);
              }}
            >
              {row ? row.title ? <RichText text={row.title} /> : row.label : workKey}
            </button>
          </td>
        ) : (
          <td key={key} className={columnDef(key).className}>
            {/* A box to cut the content at two lines in a long table (a cell cannot be cut). */}
            <div className="work-cell">{row && cellContent(key, row)}</div>
          </td>
        ),
      )}
    </tr>
  );
});
