// The bibliography: every work, in the columns the user chose, sortable and filterable, with a
// detail pane. The service sorts and filters (a library may hold 100,000 works); the table shows
// a window of the rows. The layout (columns, widths, sort) is remembered in the settings.
import { useMemo, useState } from 'react';
import { useBibliographyLayout, useSavedFilters } from '../../api/bibliographySettings';
import { facetInput } from '../../api/works';
import { useWorkOrder } from '../../api/works';
import { useNavigation } from '../../app/navigation';
import { FilterField } from '../../ui/FilterField';
import { nextSort } from '../../ui/SortHeader';
import { useStableHandler } from '../../ui/stableHandler';
import { ErrorNote, Loading } from '../../ui/Status';
import { BibliographyFilters } from './BibliographyFilters';
import { useBibliographyQuery, type BibliographyQuery } from './bibliographyQuery';
import { ColumnChooser } from './ColumnChooser';
import { DEFAULT_LAYOUT, defaultDirection, type SortKey } from './columns';
import { WorkDetailPane } from './WorkDetailPane';
import { WorksTable } from './WorksTable';
import { ExportShownButton } from './ExportShownButton';
import { SelectionBar, useWorkSelection } from '../lists/WorkSelection';
import { BulkTagDialog } from '../works/BulkTagDialog';
import { NewWorkDialog } from '../works/NewWorkDialog';
import { useDeleteWorksFlow } from '../works/useDeleteWorksFlow';

const NO_KEYS: readonly string[] = [];

export function BibliographyView() {
  const [layout, changeLayout] = useBibliographyLayout(DEFAULT_LAYOUT);
  if (!layout) return <Loading what="the bibliography" />;
  return <Bibliography layout={layout} changeLayout={changeLayout} />;
}

function Bibliography({
  layout,
  changeLayout,
}: {
  layout: NonNullable<ReturnType<typeof useBibliographyLayout>[0]>;
  changeLayout: ReturnType<typeof useBibliographyLayout>[1];
}) {
  const nav = useNavigation();
  const [query, setQuery] = useBibliographyQuery();
  const savedFilters = useSavedFilters();
  const saved =
    (savedFilters.status === 'ready' && savedFilters.data.find((f) => f.id === query.savedId)) ||
    null;
  const { sort } = layout;
  // State, not a ref: the table's window is computed once the list's element is there (it
  // appears with the first answer, in the same commit as the table).
  const [list, setList] = useState<HTMLElement | null>(null);
  const order = useWorkOrder({
    sort: sort.key,
    direction: sort.direction,
    filter: query.text,
    ...facetInput(query),
  });
  // Every key shown arrives a moment after the first page (selecting all, exporting them).
  const keys = (order.status === 'ready' && order.data.allKeys) || NO_KEYS;
  const matched = order.status === 'ready' ? order.data.matched : 0;
  const total = order.status === 'ready' ? order.data.total : 0;
  const rowsSelection = useWorkSelection(keys);
  // Every key of a long answer is fetched only once the user starts selecting (a checkbox, a
  // Ctrl/Shift click or key): checking all before they have arrived waits for them.
  const allKnown = order.status === 'ready' && order.data.allKeys !== null;
  const { loadAllKeys } = order;
  const selection = useMemo(
    () => ({
      ...rowsSelection,
      setAll: (on: boolean) => {
        if (!on || allKnown) return rowsSelection.setAll(on);
        void loadAllKeys().then((all) => rowsSelection.setAll(true, all));
      },
      // A Shift range over rows whose keys have not arrived yet is set once they have (it
      // checked nothing when it came before them).
      toggle: (key: string, position: number, range: boolean) => {
        if (!range || allKnown) return rowsSelection.toggle(key, position, range);
        void loadAllKeys().then((all) => rowsSelection.toggle(key, position, range, all));
      },
    }),
    [rowsSelection, allKnown, loadAllKeys],
  );
  const startSelecting = (event: {
    shiftKey: boolean;
    ctrlKey: boolean;
    metaKey: boolean;
    target: EventTarget;
  }) => {
    const at = event.target instanceof Element ? event.target : null;
    const inCheckbox = at?.closest('.col-check');
    const modified = event.shiftKey || event.ctrlKey || event.metaKey;
    if (!allKnown && (inCheckbox || (modified && at?.closest('.works-table')))) void loadAllKeys();
  };
  const [dialog, setDialog] = useState<
    { kind: 'new' } | { kind: 'tag'; keys: string[]; what: string } | null
  >(null);
  const { request: requestDelete, dialog: deleteDialog } = useDeleteWorksFlow(() => {
    selection.clear();
    nav.selectWork(null);
  });

  // Stable, so that the table is not rendered again on each key typed in the filter.
  const sortBy = useStableHandler((key: SortKey) =>
    changeLayout({ sort: nextSort(sort, key, defaultDirection) }),
  );
  const resize = useStableHandler((widths: typeof layout.widths) => changeLayout({ widths }));
  const deleteFrom = useStableHandler((key: string) => {
    // The checked works when the focused one is among them, else the focused one.
    const checked = keys.filter((k) => selection.checked.has(k));
    void requestDelete(checked.includes(key) ? checked : [key]);
  });

  if (order.status === 'error') return <ErrorNote error={order.error} what="the bibliography" />;
  if (order.status === 'loading') return <Loading what="the bibliography" />;

  const all = matched === total;
  const count = (n: number) => n.toLocaleString('en');
  const change = (part: Partial<BibliographyQuery>) => setQuery(part);

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
        ref={setList}
        onPointerDownCapture={startSelecting}
        onKeyDownCapture={startSelecting}
      >
        <header className="view-header">
          <h1 id="bibliography-title" className="view-title">
            Bibliography
          </h1>
          <p className="muted" role="status">
            {saved ? `${saved.name}: ` : ''}
            {all ? `${count(total)} works` : `${count(matched)} of ${count(total)} works`}
          </p>
          <span className="view-header__tools">
            <button
              type="button"
              className="button button--small"
              onClick={() => setDialog({ kind: 'new' })}
            >
              New work…
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => nav.showView('duplicates')}
            >
              Find duplicates…
            </button>
            <ColumnChooser columns={layout.columns} onChange={changeLayout} />
            {matched > 0 && (
              <ExportShownButton
                order={order.data}
                what={all ? 'The whole library' : `The ${count(matched)} works shown`}
                label={all ? 'Export…' : `Export ${count(matched)} shown…`}
              />
            )}
          </span>
        </header>
        <FilterField
          label="Filter works"
          placeholder="Filter by author, title, year, key, tag…"
          value={query.text}
          onChange={(text) => {
            order.askOnKey(text); // before React renders the key, which takes this answer
            change({ text });
          }}
          onArrowDown={() => {
            // Into the rows: the one in the Tab order (the selected work, else the first).
            const row = list?.querySelector<HTMLButtonElement>('.work-row__select[tabindex="0"]');
            const key = row?.dataset.workKey;
            if (!row || !key) return;
            row.focus();
            nav.selectWork(key);
          }}
        />
        <BibliographyFilters query={query} onChange={change} saved={saved} />
        <SelectionBar
          selection={selection}
          order={keys}
          actions={(checked, what) => (
            <>
              <button
                type="button"
                className="button button--small"
                onClick={() => setDialog({ kind: 'tag', keys: checked, what })}
              >
                Tag…
              </button>
              <button
                type="button"
                className="button button--small button--danger-quiet"
                onClick={() => void requestDelete(checked)}
              >
                Delete…
              </button>
            </>
          )}
        />
        <WorksTable
          order={order.data}
          columns={layout.columns}
          widths={layout.widths}
          onResize={resize}
          sort={sort}
          onSort={sortBy}
          selection={selection}
          scroller={list}
          onDelete={deleteFrom}
        />
        {matched === 0 && !order.stale && (
          <p className="muted empty">
            {query.text.trim() ? `No work matches “${query.text}”.` : 'No work matches.'}
          </p>
        )}
      </section>
      {dialog?.kind === 'new' && <NewWorkDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'tag' && (
        <BulkTagDialog keys={dialog.keys} what={dialog.what} onClose={() => setDialog(null)} />
      )}
      {deleteDialog}
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
