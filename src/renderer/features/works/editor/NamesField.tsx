// A list of names (authors, editors, translators...): each a person (family, given, particle,
// suffix) or an institution in one field; reorder, add, remove.
import { useId } from 'react';
import type { CslName } from '../../../../core/bibliography/model';

interface Props {
  /** "Authors", "Editors". */
  label: string;
  names: readonly CslName[];
  onChange: (names: CslName[]) => void;
  /** A marker after the label ("edited by you"). */
  badge?: React.ReactNode;
}

const PARTS: { part: keyof CslName; label: string; className: string }[] = [
  { part: 'family', label: 'Family name', className: 'name-row__family' },
  { part: 'given', label: 'Given names', className: 'name-row__given' },
  { part: 'non-dropping-particle', label: 'Particle', className: 'name-row__particle' },
  { part: 'suffix', label: 'Suffix', className: 'name-row__suffix' },
];

/** A name with `part` set to `value` (an empty part removed). */
function withPart(name: CslName, part: keyof CslName, value: string): CslName {
  const next = { ...name };
  if (value) next[part] = value;
  else delete next[part];
  return next;
}

export function NamesField({ label, names, onChange, badge }: Props) {
  const id = useId();
  const singular = label.replace(/s$/, '').toLowerCase();
  const set = (i: number, name: CslName) => onChange(names.map((n, j) => (j === i ? name : n)));
  const move = (i: number, by: number) => {
    const next = [...names];
    const [name] = next.splice(i, 1);
    next.splice(i + by, 0, name!);
    onChange(next);
  };

  return (
    <fieldset className="names-field" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`} className="editor-field__label">
        {label} {badge}
      </legend>
      {names.length === 0 && <p className="muted names-field__none">None.</p>}
      <ol className="names-field__list">
        {names.map((name, i) => {
          const who =
            name.literal ??
            ([name.given, name.family].filter(Boolean).join(' ') || `${singular} ${i + 1}`);
          const institution = name.literal !== undefined;
          return (
            <li key={i} className="name-row" aria-label={`${singular} ${i + 1}: ${who}`}>
              {institution ? (
                <input
                  className="input name-row__literal"
                  aria-label={`Name of ${singular} ${i + 1} (institution)`}
                  value={name.literal ?? ''}
                  onChange={(e) => set(i, { literal: e.target.value })}
                />
              ) : (
                PARTS.map(({ part, label: partLabel, className }) => (
                  <input
                    key={part}
                    className={`input ${className}`}
                    aria-label={`${partLabel} of ${singular} ${i + 1}`}
                    placeholder={partLabel}
                    value={(name[part] as string | undefined) ?? ''}
                    onChange={(e) => set(i, withPart(name, part, e.target.value))}
                  />
                ))
              )}
              <span className="name-row__tools">
                <button
                  type="button"
                  className="icon-button icon-button--text"
                  aria-label={institution ? `Make ${who} a person` : `Make ${who} an institution`}
                  title={institution ? 'A person (family, given…)' : 'An institution (one field)'}
                  onClick={() =>
                    set(
                      i,
                      institution
                        ? { family: name.literal ?? '' }
                        : { literal: [name.given, name.family].filter(Boolean).join(' ') },
                    )
                  }
                >
                  {institution ? 'Person' : 'Institution'}
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${who} up`}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${who} down`}
                  disabled={i === names.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${who}`}
                  onClick={() => onChange(names.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="names-field__add">
        <button
          type="button"
          className="link"
          onClick={() => onChange([...names, { family: '', given: '' }])}
        >
          Add a person
        </button>{' '}
        ·{' '}
        <button
          type="button"
          className="link"
          onClick={() => onChange([...names, { literal: '' }])}
        >
          Add an institution
        </button>
      </p>
    </fieldset>
  );
}
