// The bibliography's filters beside its text filter: a work type, a tag and a range of years;
// with "Save filter…" (the query as a saved filter in the sidebar) and "Clear".
import { useId, useState } from 'react';
import { hasFacets, sameQuery, type BibliographyQuery } from './bibliographyQuery';
import { TYPE_OPTIONS } from './workTypes';
import { SaveFilterDialog } from './SaveFilterDialog';
import type { SavedFilter } from '../../../shared/contract';

interface Props {
  query: BibliographyQuery;
  onChange: (change: Partial<BibliographyQuery>) => void;
  /** The saved filter the query came from, if any. */
  saved: SavedFilter | null;
}

/** A year typed in a field: a whole number from 0 to 9999, else null (and the field says so). */
function parseYear(text: string): number | null | 'invalid' {
  const clean = text.trim();
  if (!clean) return null;
  return /^\d{1,4}$/.test(clean) ? Number(clean) : 'invalid';
}

function YearField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number | null;
  onChange: (year: number | null) => void;
}) {
  // What the user typed, while it still stands for the value (a saved filter applied from the
  // sidebar, or Clear, replaces it).
  const [typed, setTyped] = useState<{ text: string; value: number | null } | null>(null);
  const text = typed && typed.value === value ? typed.text : value === null ? '' : String(value);
  const parsed = parseYear(text);
  return (
    <input
      className="input input--year"
      inputMode="numeric"
      aria-label={label}
      placeholder={label.endsWith('from') ? 'from' : 'to'}
      value={text}
      aria-invalid={parsed === 'invalid' || undefined}
      title={parsed === 'invalid' ? 'A year is up to four digits, e.g. 2011' : undefined}
      onChange={(event) => {
        const year = parseYear(event.target.value);
        setTyped({ text: event.target.value, value: year === 'invalid' ? value : year });
        if (year !== 'invalid') onChange(year);
      }}
    />
  );
}

export function BibliographyFilters({ query, onChange, saved }: Props) {
  const typeId = useId();
  const tagId = useId();
  const [dialog, setDialog] = useState(false);
  const narrowed = hasFacets(query) || query.text.trim() !== '';
  const changedFromSaved = saved !== null && !sameQuery(saved.query, query);

  return (
    <div className="bib-filters" role="group" aria-label="Narrow the works">
      <label className="bib-filters__field" htmlFor={typeId}>
        <span className="visually-hidden">Type</span>
        <select
          id={typeId}
          className="input"
          value={query.types.length === 1 ? query.types[0] : query.types.length ? '*' : ''}
          onChange={(event) => onChange({ types: event.target.value ? [event.target.value] : [] })}
        >
          <option value="">Any type</option>
          {query.types.length > 1 && <option value="*">{query.types.length} types</option>}
          {TYPE_OPTIONS.map((t) => (
            <option key={t.type} value={t.type}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <label className="bib-filters__field" htmlFor={tagId}>
        <span className="visually-hidden">Tag</span>
        <input
          id={tagId}
          className="input input--tag"
          placeholder="Tag"
          value={query.tags.join(', ')}
          onChange={(event) =>
            onChange({
              tags: event.target.value
                .split(',')
                .map((t) => t.trim())
                .filter(Boolean),
            })
          }
        />
      </label>
      <span className="bib-filters__years">
        <YearField
          label="Year from"
          value={query.yearFrom}
          onChange={(yearFrom) => onChange({ yearFrom })}
        />
        <span aria-hidden="true">–</span>
        <YearField
          label="Year to"
          value={query.yearTo}
          onChange={(yearTo) => onChange({ yearTo })}
        />
      </span>
      {(narrowed || saved) && (
        <button type="button" className="button button--small" onClick={() => setDialog(true)}>
          {saved ? (changedFromSaved ? 'Update filter…' : 'Rename filter…') : 'Save filter…'}
        </button>
      )}
      {narrowed && (
        <button
          type="button"
          className="link bib-filters__clear"
          onClick={() =>
            onChange({ text: '', types: [], tags: [], yearFrom: null, yearTo: null, savedId: null })
          }
        >
          Clear
        </button>
      )}
      {dialog && (
        <SaveFilterDialog
          query={query}
          saved={saved}
          onSaved={(filter) => onChange({ savedId: filter.id })}
          onClose={() => setDialog(false)}
        />
      )}
    </div>
  );
}
