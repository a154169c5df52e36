// The three lists of the import review: new works, duplicates (each with its decision and why
// it matched), and entries that could not be read, by line.
import type {
  DuplicateDecision,
  FieldChoice,
  ImportItemView,
  ImportPlanView,
} from '../../../shared/contract';
import { RichText } from '../../ui/safeHtml';
import { MergeFields } from './MergeFields';

/** Which entries the user left out of the import, and how to change that. */
export interface Exclusion {
  excluded: ReadonlySet<number>;
  onToggle: (index: number, include: boolean) => void;
}

/** A row's checkbox: ticked entries are imported, unticked ones left out. */
function IncludeBox({ item, exclusion }: { item: ImportItemView; exclusion: Exclusion }) {
  return (
    <input
      type="checkbox"
      className="import-entry__include"
      checked={!exclusion.excluded.has(item.index)}
      aria-label={`Import ${item.label} (line ${item.line})`}
      onChange={(event) => exclusion.onToggle(item.index, event.target.checked)}
    />
  );
}

const NEW_SHOWN = 200;

const DECISIONS: { id: DuplicateDecision; label: string; hint: string }[] = [
  { id: 'skip', label: 'Skip', hint: 'keep the library’s record as it is' },
  { id: 'merge', label: 'Merge', hint: 'add the fields the library’s record lacks' },
  { id: 'keep-both', label: 'Keep both', hint: 'add this entry as a separate work' },
];

export function NewEntries({
  items,
  exclusion,
}: {
  items: ImportItemView[];
  exclusion: Exclusion;
}) {
  if (items.length === 0) return null;
  return (
    <section className="import-section" aria-labelledby="import-new">
      <h3 id="import-new" className="import-section__title">
        {items.length} new
      </h3>
      <ul className="import-list">
        {items.slice(0, NEW_SHOWN).map((item) => (
          <li
            key={item.index}
            className={`import-entry${exclusion.excluded.has(item.index) ? ' import-entry--excluded' : ''}`}
            data-import-line={item.line}
          >
            <IncludeBox item={item} exclusion={exclusion} />{' '}
            <span className="import-entry__label">{item.label}</span>{' '}
            <span className="import-entry__title">
              <RichText text={item.title} />
            </span>
            <span className="import-entry__meta">
              line {item.line} · key <code>{item.key}</code>
              {item.keyTakenBy &&
                ` (its own key \`${item.entryKey}\` belongs to another work, so it gets a new one)`}
            </span>
          </li>
        ))}
      </ul>
      {items.length > NEW_SHOWN && <p className="muted">…and {items.length - NEW_SHOWN} more.</p>}
    </section>
  );
}

export function DuplicateEntries({
  items,
  decisions,
  onDecide,
  exclusion,
  fieldChoices,
  onChooseField,
}: {
  items: ImportItemView[];
  decisions: Record<number, DuplicateDecision>;
  onDecide: (indices: number[], decision: DuplicateDecision) => void;
  exclusion: Exclusion;
  fieldChoices: Record<number, Record<string, FieldChoice>>;
  onChooseField: (index: number, field: string, choice: FieldChoice) => void;
}) {
  if (items.length === 0) return null;
  return (
    <section className="import-section" aria-labelledby="import-duplicates">
      <header className="import-section__bar">
        <h3 id="import-duplicates" className="import-section__title">
          {items.length} already in your library
        </h3>
        {items.length > 1 && (
          <label className="import-section__all">
            <span>For all:</span>
            <select
              value=""
              onChange={(event) =>
                event.target.value &&
                onDecide(
                  items.map((i) => i.index),
                  event.target.value as DuplicateDecision,
                )
              }
            >
              <option value="">choose…</option>
              {DECISIONS.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      <ul className="import-list">
        {items.map((item) => (
          <li
            key={item.index}
            className={`import-entry import-entry--duplicate${exclusion.excluded.has(item.index) ? ' import-entry--excluded' : ''}`}
            data-import-line={item.line}
          >
            <IncludeBox item={item} exclusion={exclusion} />{' '}
            <span className="import-entry__label">{item.label}</span>{' '}
            <span className="import-entry__title">
              <RichText text={item.title} />
            </span>
            <span className="import-entry__meta">
              line {item.line} · matches <strong>{item.duplicate?.label}</strong> (
              <code>{item.duplicate?.key}</code>): {item.duplicate?.reasonText}
            </span>
            <fieldset className="import-decision">
              <legend className="visually-hidden">
                What to do with {item.label} (line {item.line})
              </legend>
              {DECISIONS.map((d) => (
                <label key={d.id} className="import-decision__choice" title={d.hint}>
                  <input
                    type="radio"
                    name={`decision-${item.index}`}
                    value={d.id}
                    checked={(decisions[item.index] ?? 'skip') === d.id}
                    disabled={exclusion.excluded.has(item.index)}
                    onChange={() => onDecide([item.index], d.id)}
                  />
                  {d.label}
                </label>
              ))}
            </fieldset>
            {decisions[item.index] === 'merge' &&
              !exclusion.excluded.has(item.index) &&
              item.duplicate && (
                <MergeFields
                  itemIndex={item.index}
                  itemLabel={item.label}
                  fields={item.duplicate.fields}
                  choices={fieldChoices[item.index] ?? {}}
                  onChoose={(field, choice) => onChooseField(item.index, field, choice)}
                />
              )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function UnreadableEntries({ errors }: { errors: ImportPlanView['errors'] }) {
  if (errors.length === 0) return null;
  return (
    <section className="import-section import-section--errors" aria-labelledby="import-errors">
      <h3 id="import-errors" className="import-section__title">
        {errors.length} {errors.length === 1 ? 'entry' : 'entries'} cannot be read
      </h3>
      <ul className="import-list">
        {errors.map((error) => (
          <li
            key={`${error.line}-${error.key ?? ''}`}
            className="import-error"
            data-import-line={error.line}
          >
            {error.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
