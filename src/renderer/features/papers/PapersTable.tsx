// The Papers table: sortable columns, one row per paper, windowed when the library is long,
// arrow keys / Home / End moving the selection.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { DocumentEntry } from '../../api/documents';
import { cssEscape } from '../../ui/dom';
import { SortHeader, type SortColumn, type SortState } from '../../ui/SortHeader';
import { Spacer, useWindowedRows } from '../../ui/windowedRows';
import { authorsShort, type PaperSort } from './paperRows';

const COLUMNS: SortColumn<PaperSort>[] = [
  { key: 'title', label: 'Title', className: 'col-title' },
  { key: 'authors', label: 'Authors', className: 'col-author' },
  { key: 'year', label: 'Year', className: 'col-year' },
  { key: 'citations', label: 'Citations', className: 'col-count' },
  { key: 'works', label: 'Works linked', className: 'col-count' },
  { key: 'warnings', label: 'Warnings', className: 'col-count' },
];
const ROW_ESTIMATE = 64;

interface Props {
  papers: readonly DocumentEntry[];
  sort: SortState<PaperSort>;
  onSort: (key: PaperSort) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Opens a paper in the reader (Enter or a double click on its row). */
  onOpen: (id: string) => void;
  scroller: HTMLElement | null;
}

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i) => i + 1,
  ArrowUp: (i) => i - 1,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

export function PapersTable({
  papers,
  sort,
  onSort,
  selectedId,
  onSelect,
  onOpen,
  scroller,
}: Props) {
  const body = useRef<HTMLTableSectionElement>(null);
  const rows = useWindowedRows({
    count: papers.length,
    scroller,
    list: body,
    estimate: ROW_ESTIMATE,
  });
  const focusId = useRef<string | null>(null);

  useEffect(() => {
    if (!focusId.current) return;
    const button = body.current?.querySelector<HTMLButtonElement>(
      `[data-paper-id="${cssEscape(focusId.current)}"]`,
    );
    if (button) {
      button.focus({ preventScroll: rows.windowed });
      focusId.current = null;
    }
  });

  const onRowKey = (event: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const move = MOVES[event.key];
    if (!move) return;
    const next = move(i, papers.length);
    if (next < 0 || next >= papers.length || next === i) return;
    event.preventDefault();
    const id = papers[next]!.id;
    onSelect(id);
    focusId.current = id;
    rows.scrollToIndex(next);
  };

  return (
    <table className="sortable-table papers-table" aria-rowcount={papers.length + 1}>
      <caption className="visually-hidden">Papers in the library</caption>
      <thead>
        <tr aria-rowindex={1}>
          {COLUMNS.map((col) => (
            <SortHeader key={col.key} column={col} sort={sort} onSort={onSort} />
          ))}
        </tr>
      </thead>
      <tbody ref={body}>
        <Spacer as="tr" height={rows.before} colSpan={COLUMNS.length} />
        {rows.indices.map((i) => {
          const paper = papers[i]!;
          const selected = paper.id === selectedId;
          return (
            <tr
              key={paper.id}
              ref={rows.measure}
              data-index={i}
              aria-rowindex={i + 2}
              className={selected ? 'paper-row paper-row--selected' : 'paper-row'}
              data-paper-row={paper.id}
              onClick={() => onSelect(paper.id)}
              onDoubleClick={() => onOpen(paper.id)}
            >
              <td className="col-title">
                <button
                  type="button"
                  className="paper-row__select"
                  data-paper-id={paper.id}
                  aria-current={selected ? 'true' : undefined}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' && selected) {
                      event.preventDefault();
                      onOpen(paper.id);
                    } else onRowKey(event, i);
                  }}
                  onClick={(event) => {
                    event.stopPropagation();
                    onSelect(paper.id);
                  }}
                >
                  {paper.title || 'Untitled paper'}
                </button>
                <span className="paper-row__byline">{authorsShort(paper.authors)}</span>
                {paper.kind !== 'bundled' && (
                  <span className="paper-row__kind">{KIND_LABELS[paper.kind]}</span>
                )}
              </td>
              <td className="col-author">{authorsShort(paper.authors)}</td>
              <td className="col-year">{paper.year ?? ''}</td>
              <td className="col-count">{paper.citations}</td>
              <td className="col-count">{paper.worksLinked}</td>
              <td className="col-count">
                {paper.warnings.length > 0 ? (
                  <span className="paper-row__warnings">{paper.warnings.length}</span>
                ) : (
                  <span className="muted">–</span>
                )}
              </td>
            </tr>
          );
        })}
        <Spacer as="tr" height={rows.after} colSpan={COLUMNS.length} />
      </tbody>
    </table>
  );
}

/** How each kind of source is named. */
export const KIND_LABELS: Record<DocumentEntry['kind'], string> = {
  bundled: 'Bundled',
  pdf: 'PDF',
  markdown: 'Markdown',
  text: 'Text',
};
