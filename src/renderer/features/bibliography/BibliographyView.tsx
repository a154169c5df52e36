// The bibliography: every work, sortable and filterable, with a detail pane. The service sorts
// and filters (a library may hold 100,000 works); the table shows a window of the rows.
import { useRef, useState } from 'react';
import { useWorkOrder } from '../../api/works';
import { useNavigation } from '../../app/navigation';
import { FilterField } from '../../ui/FilterField';
import { ErrorNote, Loading } from '../../ui/Status';
import { defaultDirection, type SortDirection, type SortKey } from './columns';
import { WorkDetailPane } from './WorkDetailPane';
import { WorksTable } from './WorksTable';
import { ExportShownButton } from './ExportShownButton';
import { SelectionBar, useWorkSelection } from '../lists/WorkSelection';

const NO_KEYS: readonly string[] = [];

export function BibliographyView() {
  const nav = useNavigation();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'author',
    direction: 'ascending',
  });
  const list = useRef<HTMLElement>(null);
  const order = useWorkOrder({ sort: sort.key, direction: sort.direction, filter: query });
  // Every key shown arrives a moment after the first page (selecting all, exporting them).
  const keys = (order.status === 'ready' && order.data.allKeys) || NO_KEYS;
  const matched = order.status === 'ready' ? order.data.matched : 0;
  const total = order.status === 'ready' ? order.data.total : 0;
  const selection = useWorkSelection(keys);

  if (order.status === 'error') return <ErrorNote error={order.error} what="the bibliography" />;
  if (order.status === 'loading') return <Loading what="the bibliography" />;

  const sortBy = (key: SortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: defaultDirection(key) },
    );
  const all = matched === total;
  const count = (n: number) => n.toLocaleString('en');

  return (
    <div
      className={
        nav.selectedWorkId ? 'bibliography' : 'bibliography bibliography--nothing-selected'
      }
    >
      <section
        className="bibliography__list"
        aria-labelledby="bibliography-title"
        aria-busy={order.stale || undefined}
        ref={list}
      >
        <header className="view-header">
          <h1 id="bibliography-title" className="view-title">
            Bibliography
          </h1>
          <p className="muted" role="status">
            {all ? `${count(total)} works` : `${count(matched)} of ${count(total)} works`}
          </p>
          {matched > 0 && (
            <ExportShownButton
              order={order.data}
              what={all ? 'The whole library' : `The ${count(matched)} works shown`}
              label={all ? 'Export…' : `Export ${count(matched)} shown…`}
            />
          )}
        </header>
        <FilterField
          label="Filter works"
          placeholder="Filter by author, title, year…"
          value={query}
          onChange={setQuery}
          onArrowDown={() => {
            // Into the rows: the one in the Tab order (the selected work, else the first).
            const row = list.current?.querySelector<HTMLButtonElement>(
              '.work-row__select[tabindex="0"]',
            );
            const key = row?.dataset.workKey;
            if (!row || !key) return;
            row.focus();
            nav.selectWork(key);
          }}
        />
        <SelectionBar selection={selection} order={keys} />
        <WorksTable
          order={order.data}
          sort={sort}
          onSort={sortBy}
          selection={selection}
          scroller={list}
        />
        {matched === 0 && !order.stale && <p className="muted empty">No work matches “{query}”.</p>}
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
