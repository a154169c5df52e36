// The search field in the sidebar (Ctrl/Cmd+F): a combobox whose results the search view lists.
import { Kbd, modKey } from '../../ui/Kbd';
import { LAST_ROW, useGlobalSearch } from './GlobalSearch';
import { hitOptionId } from './HitList';

export function SearchField() {
  const search = useGlobalSearch();
  const { rows, active, setActive } = search;
  const expanded = rows.length > 0;
  return (
    <div className="global-search" role="search">
      <input
        type="text"
        className="global-search__input"
        role="combobox"
        aria-label="Search everywhere"
        title="Search the paper, the works, the claims and your notes"
        aria-expanded={expanded}
        aria-controls={search.listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? hitOptionId(search.listId, active) : undefined}
        placeholder="Search…"
        spellCheck={false}
        autoComplete="off"
        data-global-search
        value={search.query}
        onFocus={search.show}
        onChange={(event) => search.setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Ctrl/Cmd+F while already here (after opening a hit): show the results again.
          if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') search.show();
          else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            search.showRest(); // walking the hits goes past the first page soon
            if (rows.length === 0) return;
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive(step < 0 && active === 0 ? LAST_ROW : (active + step) % rows.length);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            search.choose(active);
          } else if (event.key === 'Escape' && search.query) {
            event.preventDefault();
            search.dismiss();
          }
        }}
      />
      <Kbd keys={[modKey(), 'F']} />
    </div>
  );
}
