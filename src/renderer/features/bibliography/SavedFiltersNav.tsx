// The sidebar's saved filters: each opens the Bibliography narrowed by it; each can be renamed
// or deleted (with Undo). New ones are saved from the Bibliography's filters.
import { useState } from 'react';
import type { SavedFilter } from '../../../shared/contract';
import { useSavedFilterActions, useSavedFilters } from '../../api/bibliographySettings';
import { useNavigation } from '../../app/navigation';
import { describeQuery, EMPTY_QUERY, useBibliographyQuery } from './bibliographyQuery';
import { SaveFilterDialog } from './SaveFilterDialog';
import { typeLabel } from './workTypes';

export function SavedFiltersNav() {
  const filters = useSavedFilters();
  const nav = useNavigation();
  const [query, setQuery] = useBibliographyQuery();
  const { remove } = useSavedFilterActions();
  const [renaming, setRenaming] = useState<SavedFilter | null>(null);
  if (filters.status !== 'ready' || filters.data.length === 0) return null;

  const apply = (filter: SavedFilter) => {
    setQuery({ ...EMPTY_QUERY, ...filter.query, savedId: filter.id });
    nav.showView('bibliography');
  };

  return (
    <section className="saved-filters" aria-labelledby="saved-filters-title">
      <h2 id="saved-filters-title" className="saved-filters__title">
        Saved filters
      </h2>
      <ul className="saved-filters__list">
        {filters.data.map((filter) => {
          const active = nav.view === 'bibliography' && query.savedId === filter.id;
          return (
            <li key={filter.id} className="saved-filters__item">
              <button
                type="button"
                className="saved-filters__apply"
                aria-current={active ? 'true' : undefined}
                title={`Shows ${describeQuery(filter.query, typeLabel)}`}
                onClick={() => apply(filter)}
              >
                {filter.name}
              </button>
              <button
                type="button"
                className="saved-filters__action"
                aria-label={`Rename saved filter ${filter.name}`}
                title="Rename"
                onClick={() => setRenaming(filter)}
              >
                ✎
              </button>
              <button
                type="button"
                className="saved-filters__action"
                aria-label={`Delete saved filter ${filter.name}`}
                title="Delete"
                onClick={() => {
                  if (query.savedId === filter.id) setQuery({ savedId: null });
                  void remove(filter);
                }}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {renaming && (
        <SaveFilterDialog query={null} saved={renaming} onClose={() => setRenaming(null)} />
      )}
    </section>
  );
}
