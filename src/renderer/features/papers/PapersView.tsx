// The Papers view: every paper of the library (title, authors, year, citations found, works
// linked, parse warnings), sortable and filterable, windowed when long, with a detail pane.
import { useMemo, useState } from 'react';
import { useDocuments } from '../../api/documents';
import { useNavigation } from '../../app/navigation';
import { FilterField } from '../../ui/FilterField';
import { ErrorNote, Loading } from '../../ui/Status';
import { AddPaperButton } from './AddPaperButton';
import { PaperDetail } from './PaperDetail';
import { PapersTable } from './PapersTable';
import { nextSort, type SortState } from '../../ui/SortHeader';
import { defaultPaperDirection, sortPapers, type PaperSort } from './paperRows';

export function PapersView() {
  const nav = useNavigation();
  const documents = useDocuments();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<SortState<PaperSort>>({
    key: 'title',
    direction: 'ascending',
  });
  // State, not a ref: the table's window is computed once the list's element is there.
  const [list, setList] = useState<HTMLElement | null>(null);
  const all = documents.status === 'ready' ? documents.data : null;
  const shown = useMemo(
    () => (all ? sortPapers(all, sort.key, sort.direction, filter) : []),
    [all, sort, filter],
  );

  if (documents.status === 'error')
    return <ErrorNote error={documents.error} what="the library's papers" />;
  if (!all) return <Loading what="the papers" />;

  const sortBy = (key: PaperSort) => setSort((s) => nextSort(s, key, defaultPaperDirection));
  const selected = all.find((p) => p.id === nav.selectedPaperId) ?? null;
  const count = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'paper' : 'papers'}`;

  return (
    // With nothing selected the pane holds one line of hint: the table gets the room.
    <div className={`papers${selected ? '' : ' papers--nothing-selected'}`}>
      <section className="papers__list" aria-labelledby="papers-title" ref={setList}>
        <header className="view-header">
          <h1 id="papers-title" className="view-title" tabIndex={-1}>
            Papers
          </h1>
          <p className="muted" role="status">
            {shown.length === all.length
              ? count(all.length)
              : `${shown.length.toLocaleString('en')} of ${count(all.length)}`}
          </p>
          <AddPaperButton className="button button--small">Add paper…</AddPaperButton>
        </header>
        <FilterField
          label="Filter papers"
          placeholder="Filter by title, author, year…"
          value={filter}
          onChange={setFilter}
        />
        <PapersTable
          papers={shown}
          sort={sort}
          onSort={sortBy}
          selectedId={nav.selectedPaperId}
          onSelect={nav.selectPaper}
          onOpen={nav.openDocument}
          scroller={list}
        />
        {shown.length === 0 && (
          <p className="muted empty">
            {all.length === 0
              ? 'No papers yet. Add a PDF, Markdown or text paper, or drop one on the window.'
              : `No paper matches “${filter}”.`}
          </p>
        )}
      </section>
      <section className="papers__detail pane" aria-label="Selected paper">
        {selected ? (
          <PaperDetail key={selected.id} paper={selected} />
        ) : (
          <p className="muted empty">
            Select a paper to see what was found in it, open it, or review its references.
          </p>
        )}
      </section>
    </div>
  );
}
