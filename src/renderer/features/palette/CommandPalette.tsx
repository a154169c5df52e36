// Ctrl/Cmd+K: jump to any view, section, work or claim by typing.
import { useEffect, useId, useMemo, useState } from 'react';
import { usePaperIndex, useWorks } from '../../api/queries';
import { useNavigation, type ViewId } from '../../app/navigation';
import { Modal } from '../../ui/Modal';
import { buildPaletteItems, searchPalette, type PaletteItem } from './paletteItems';

interface Props {
  views: readonly { id: ViewId; label: string }[];
  onClose: () => void;
}

export function CommandPalette({ views, onClose }: Props) {
  const nav = useNavigation();
  const index = usePaperIndex();
  const works = useWorks();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  const items = useMemo(
    () =>
      buildPaletteItems(
        views,
        index.status === 'ready' ? index.data : null,
        works.status === 'ready' ? works.data : [],
      ),
    [views, index, works],
  );
  const results = useMemo(() => searchPalette(items, query), [items, query]);
  const current = Math.min(active, Math.max(0, results.length - 1));

  const choose = (chosen: PaletteItem | undefined) => {
    if (!chosen) return;
    onClose();
    const action = chosen.action;
    if (action.kind === 'view') nav.showView(action.view);
    else if (action.kind === 'work') nav.openWork(action.workId);
    else nav.jumpTo(action.target);
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
        aria-label="Go to a view, section, work or claim"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={results.length > 0 ? optionId(current) : undefined}
        placeholder="Go to a section, work or claim…"
        value={query}
        onChange={(event) => {
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
        {results.map((result, i) => (
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
            <span className="palette__label">{result.label}</span>
            <span className="palette__detail">{result.detail}</span>
          </li>
        ))}
      </ul>
      {results.length === 0 && <p className="muted palette__empty">Nothing matches “{query}”.</p>}
    </Modal>
  );
}
