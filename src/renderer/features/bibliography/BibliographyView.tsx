// The bibliography: every work, sortable and filterable, with a detail pane.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useWorks } from '../../api/queries';
import { useNavigation } from '../../app/navigation';
import { ConfidenceBadge } from '../../ui/ConfidenceBadge';
import { ErrorNote, Loading } from '../../ui/Status';
import {
  yearAsCited,
  defaultDirection,
  filterWorks,
  sortWorks,
  type SortDirection,
  type SortKey,
} from './sortWorks';
import { WorkDetailPane } from './WorkDetailPane';
import { cssEscape } from '../../ui/dom';
import { ExportButton } from '../export/ExportButtons';
import { SelectAllCell, SelectCell, SelectionBar, useWorkSelection } from '../lists/WorkSelection';

const COLUMNS: { key: SortKey; label: string; className: string }[] = [
  { key: 'author', label: 'Author', className: 'col-author' },
  { key: 'year', label: 'Year', className: 'col-year' },
  { key: 'title', label: 'Title', className: 'col-title' },
  { key: 'cited', label: 'Cited', className: 'col-cited' },
];

export function BibliographyView() {
  const works = useWorks();
  const nav = useNavigation();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'author',
    direction: 'ascending',
  });
  const table = useRef<HTMLTableElement>(null);

  const rows = useMemo(
    () =>
      works.status === 'ready'
        ? sortWorks(filterWorks(works.data, query), sort.key, sort.direction)
        : [],
    [works, query, sort],
  );
  const order = useMemo(() => rows.map((r) => r.key), [rows]);
  const selection = useWorkSelection(order);

  if (works.status === 'error') return <ErrorNote error={works.error} what="the bibliography" />;
  if (works.status === 'loading') return <Loading what="the bibliography" />;

  const sortBy = (key: SortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: defaultDirection(key) },
    );

  // Up and down arrows move between rows and select as they go.
  const onRowKey = (event: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const next = event.key === 'ArrowDown' ? i + 1 : event.key === 'ArrowUp' ? i - 1 : -1;
    if (next < 0 || next >= rows.length) return;
    event.preventDefault();
    const row = rows[next]!;
    nav.selectWork(row.key);
    table.current
      ?.querySelector<HTMLButtonElement>(`[data-work-key="${cssEscape(row.key)}"]`)
      ?.focus();
  };

  return (
    <div className="bibliography">
      <section className="bibliography__list" aria-labelledby="bibliography-title">
        <header className="view-header">
          <h1 id="bibliography-title" className="view-title">
            Bibliography
          </h1>
          <p className="muted" role="status">
            {rows.length === works.data.length
              ? `${works.data.length} works`
              : `${rows.length} of ${works.data.length} works`}
          </p>
          {rows.length > 0 && (
            <ExportButton
              target={
                rows.length === works.data.length
                  ? { kind: 'library' }
                  : { kind: 'selection', keys: rows.map((r) => r.key) }
              }
              what={
                rows.length === works.data.length
                  ? 'The whole library'
                  : `The ${rows.length} works shown`
              }
              label={rows.length === works.data.length ? 'Export…' : `Export ${rows.length} shown…`}
            />
          )}
        </header>
        <label className="filter">
          <span className="visually-hidden">Filter works</span>
          <input
            type="search"
            className="filter__input"
            placeholder="Filter by author, title, year…"
            value={query}
            data-filter-input
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <SelectionBar selection={selection} order={order} />
        <table className="works-table" ref={table}>
          <caption className="visually-hidden">Works cited in the paper</caption>
          <thead>
            <tr>
              <SelectAllCell selection={selection} order={order} />
              {COLUMNS.map((col) => (
                <th
                  key={col.key}
                  scope="col"
                  className={col.className}
                  aria-sort={sort.key === col.key ? sort.direction : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(col.key)}>
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
          <tbody>
            {rows.map((row, i) => {
              const selected = row.key === nav.selectedWorkId;
              return (
                <tr
                  key={row.key}
                  className={selected ? 'work-row work-row--selected' : 'work-row'}
                  data-work-row={row.key}
                  onClick={() => nav.selectWork(row.key)}
                >
                  <SelectCell
                    selection={selection}
                    workKey={row.key}
                    position={i}
                    label={row.label}
                  />
                  <td className="col-author">{row.authorsShort}</td>
                  <td className="col-year">{yearAsCited(row)}</td>
                  <td className="col-title">
                    <button
                      type="button"
                      className="work-row__select"
                      data-work-key={row.key}
                      aria-current={selected ? 'true' : undefined}
                      onKeyDown={(event) => onRowKey(event, i)}
                      onClick={(event) => {
                        event.stopPropagation();
                        nav.selectWork(row.key);
                      }}
                    >
                      {row.title || row.label}
                    </button>
                  </td>
                  <td className="col-cited">{row.timesCited}</td>
                  <td className="col-confidence">
                    <ConfidenceBadge level={row.confidence} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 && <p className="muted empty">No work matches “{query}”.</p>}
      </section>
      <section className="bibliography__detail pane" aria-label="Selected work">
        {nav.selectedWorkId ? (
          <WorkDetailPane key={nav.selectedWorkId} workId={nav.selectedWorkId} />
        ) : (
          <p className="muted empty">
            Select a work to see its references, record and the claims citing it.
          </p>
        )}
      </section>
    </div>
  );
}
