// The search view: everything matching the shell's query, grouped by kind, best groups first.
import { ErrorNote } from '../../ui/Status';
import { Kbd, modKey } from '../../ui/Kbd';
import { useGlobalSearch } from './GlobalSearch';
import { HitList } from './HitList';

export function SearchView() {
  const search = useGlobalSearch();
  const { state, groups } = search;
  const results = state.status === 'ready' || state.status === 'loading' ? state.results : null;
  const total = results ? Object.values(results.totals).reduce((a, b) => a + b, 0) : 0;

  return (
    <div
      className="search-view"
      onScroll={(event) => event.currentTarget.scrollTop > 0 && search.showRest()}
    >
      <header className="view-header">
        <h1 className="view-title" tabIndex={-1}>
          Search
        </h1>
        <p className="muted" role="status">
          {!search.query.trim()
            ? ''
            : results
              ? `${total.toLocaleString('en')} ${total === 1 ? 'match' : 'matches'} for “${results.query}”`
              : 'Searching…'}
        </p>
      </header>
      {results?.building && (
        <p className="search-view__building" role="note">
          Indexing… (results may be incomplete)
        </p>
      )}
      {state.status === 'error' && <ErrorNote error={state.error} what="the search results" />}
      {!search.query.trim() ? (
        <p className="muted empty">
          Type in the search field (<Kbd keys={[modKey(), 'F']} />) to search the paper, the works,
          the claims and your notes at once.
        </p>
      ) : results && groups.length === 0 ? (
        <p className="muted empty">Nothing matches “{results.query}”.</p>
      ) : (
        <HitList
          id={search.listId}
          groups={groups}
          active={search.active}
          onActive={search.setActive}
          onOpen={search.open}
          onMore={search.more}
        />
      )}
    </div>
  );
}
