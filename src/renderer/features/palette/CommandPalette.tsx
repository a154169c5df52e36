// Ctrl/Cmd+K: jump to any view or section, and to any work, claim, note or passage via search.
import { useEffect, useId, useMemo, useState } from 'react';
import { useDocumentIndex, useDocuments } from '../../api/documents';
import { useReaderDocumentId } from '../reader/useReaderDocument';
import { useSearch, useSearchOnKey, type SearchRequest } from '../../api/search';
import { useNavigation, type ViewId } from '../../app/navigation';
import { Modal } from '../../ui/Modal';
import { useGlobalSearch } from '../search/GlobalSearch';
import { HitText } from '../search/HitText';
import { useOpenHit } from '../search/useOpenHit';
import {
  buildPaletteItems,
  hitItems,
  PALETTE_KINDS,
  searchPalette,
  type PaletteCommand,
  type PaletteItem,
} from './paletteItems';

interface Props {
  views: readonly { id: ViewId; label: string }[];
  onClose: () => void;
  /** Runs an app command chosen in the palette (after it closed). */
  runCommand: (command: PaletteCommand) => void;
}

/** Search hits per kind in the palette (the search view shows more), of the kinds it lists. */
const SEARCH: SearchRequest = { limitPerKind: 5, kinds: PALETTE_KINDS };

export function CommandPalette({ views, onClose, runCommand }: Props) {
  const nav = useNavigation();
  const reading = useReaderDocumentId();
  const index = useDocumentIndex(reading.status === 'ready' ? reading.data : null);
  const documents = useDocuments();
  const openHit = useOpenHit({ claimsInPaper: true });
  const globalSearch = useGlobalSearch();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const found = useSearch(query, SEARCH);
  const askOnKey = useSearchOnKey(SEARCH);
  const searchResults =
    found.status === 'ready' || found.status === 'loading' ? found.results : null;

  const items = useMemo(
    () =>
      buildPaletteItems(
        views,
        index.status === 'ready' ? index.data : null,
        documents.status === 'ready' ? documents.data : [],
      ),
    [views, index, documents],
  );
  const results = useMemo(
    () => [...searchPalette(items, query), ...(query.trim() ? hitItems(searchResults, query) : [])],
    [items, query, searchResults],
  );
  const current = Math.min(active, Math.max(0, results.length - 1));

  const choose = (chosen: PaletteItem | undefined) => {
    if (!chosen) return;
    onClose();
    const action = chosen.action;
    if (action.kind === 'view') nav.showView(action.view);
    else if (action.kind === 'hit') openHit(action.hit);
    else if (action.kind === 'search') globalSearch.setQuery(action.query);
    else if (action.kind === 'paper') nav.openDocument(action.documentId);
    else if (action.kind === 'command') runCommand(action.command);
    else nav.jumpTo(action.documentId, action.target);
  };

  const optionId = (i: number) => `${listId}-o${i}`;

  useEffect(() => {
    document.getElementById(`${listId}-o${current}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [listId, current]);

  return (
    <Modal title="Go to…" onClose={onClose} className="palette" hideTitle>
      <input
        data-autofocus
        className="palette__input"
        role="combobox"
        aria-label="Go to a view, section, work, claim, note or passage"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={results.length > 0 ? optionId(current) : undefined}
        placeholder="Go to a section, work, claim or note…"
        value={query}
        onChange={(event) => {
          askOnKey(event.target.value); // before React renders the key, which takes this answer
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((current + 1) % Math.max(1, results.length));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((current - 1 + results.length) % Math.max(1, results.length));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(results[current]);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label="Matches" className="palette__list">
        {results.map((result, i) => {
          const hit = result.action.kind === 'hit' ? result.action.hit : null;
          return (
            <li
              key={result.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className={
                i === current ? 'palette__option palette__option--active' : 'palette__option'
              }
              onMouseMove={() => setActive(i)}
              onClick={() => choose(result)}
            >
              <span className="palette__group">{result.group}</span>
              <span className="palette__label">
                {hit ? (
                  <HitText text={hit.title} highlights={hit.highlights} field="title" />
                ) : (
                  result.label
                )}
              </span>
              <span className="palette__detail">
                {hit ? (
                  <HitText text={hit.snippet} highlights={hit.highlights} field="snippet" />
                ) : (
                  result.detail
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {found.status === 'ready' && found.results.building && (
        <p className="muted palette__note" role="note">
          Indexing… (results may be incomplete)
        </p>
      )}
    </Modal>
  );
}
