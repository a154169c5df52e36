// "Link a work…": a type-to-search combobox over the library's works (the search service), so a
// 100,000-work library is never loaded into a <select>.
import { useId, useState, type KeyboardEvent } from 'react';
import type { Hit } from '../../../shared/contract';
import { useSearch } from '../../api/search';
import { HitText } from './HitText';

/** How many works the list offers at once: typing narrows it. */
const SHOWN = 8;

interface Props {
  /** The accessible name of the field ("Link a work"). */
  label: string;
  placeholder?: string;
  /** Keys not to offer (already linked). */
  exclude?: ReadonlySet<string>;
  /** Called with the chosen work's key; the field is cleared for the next one. */
  onPick: (workKey: string, hit: Hit) => void;
  className?: string;
}

/** A text field that searches the works as the user types, with ↑/↓, Enter and Escape. */
export function WorkPicker({ label, placeholder, exclude, onPick, className }: Props) {
  const id = useId();
  const listId = `${id}-works`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Asks for the excluded ones too, so that leaving them out still fills the list.
  const search = useSearch(query, {
    kinds: ['work'],
    limitPerKind: SHOWN + (exclude?.size ?? 0),
  });
  const results = search.status === 'ready' || search.status === 'loading' ? search.results : null;
  const hits = (results?.works ?? []).filter((h) => !exclude?.has(h.id)).slice(0, SHOWN);
  const expanded = open && query.trim() !== '' && hits.length > 0;
  const current = Math.min(active, Math.max(0, hits.length - 1));
  const optionId = (i: number) => `${listId}-${i}`;

  const pick = (hit: Hit) => {
    setQuery('');
    setActive(0);
    setOpen(false);
    onPick(hit.id, hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      if (!expanded) return;
      event.preventDefault();
      const hit = hits[current];
      if (hit) pick(hit);
    } else if (event.key === 'Escape' && (expanded || query)) {
      // Close the list (or clear the field) without closing the drawer or dialog around it.
      event.preventDefault();
      event.stopPropagation();
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  const status =
    query.trim() === ''
      ? ''
      : search.status === 'error'
        ? 'The search failed; try again.'
        : search.status === 'ready' && hits.length === 0
          ? 'No work matches.'
          : '';

  return (
    <div className={`work-picker ${className ?? ''}`.trim()}>
      <label className="visually-hidden" htmlFor={`${id}-input`}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        className="work-picker__input"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? optionId(current) : undefined}
        placeholder={placeholder ?? `${label}…`}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`Works matching “${query.trim()}”`}
        hidden={!expanded}
        className="work-picker__list"
      >
        {expanded &&
          hits.map((hit, i) => (
            <li
              key={hit.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              data-work-key={hit.id}
              className={`work-picker__option${i === current ? ' work-picker__option--active' : ''}`}
              // mousedown, not click: the field's blur would close the list before the click.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(hit);
              }}
              onMouseMove={() => i !== current && setActive(i)}
            >
              <span className="work-picker__title">
                <HitText text={hit.title} highlights={hit.highlights} field="title" />
              </span>
              <span className="work-picker__detail">
                <HitText text={hit.snippet} highlights={hit.highlights} field="snippet" />
              </span>
            </li>
          ))}
      </ul>
      <p className="muted work-picker__note" role="status">
        {status}
      </p>
    </div>
  );
}
