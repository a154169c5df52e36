// Field by field view of a duplicate being merged: the library's and the file's value of each
// field side by side, differences marked, and a choice per field of which value the record keeps.
import type { FieldChoice, MergeFieldView } from '../../../shared/contract';

/** What the merge keeps when the user has not chosen: the library's value, or the file's if none. */
export function defaultFieldChoice(field: MergeFieldView): FieldChoice {
  return field.library === '' ? 'file' : 'library';
}

export function MergeFields({
  itemIndex,
  itemLabel,
  fields,
  choices,
  onChoose,
}: {
  itemIndex: number;
  itemLabel: string;
  fields: MergeFieldView[];
  choices: Record<string, FieldChoice>;
  onChoose: (field: string, choice: FieldChoice) => void;
}) {
  const differing = fields.filter((f) => f.library !== f.file).length;
  return (
    <table className="merge-fields">
      <caption className="merge-fields__caption">
        Merging {itemLabel}:{' '}
        {differing === 0
          ? 'no field differs'
          : `${differing} ${differing === 1 ? 'field differs' : 'fields differ'}`}
        ; choose per field which value the record keeps
      </caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">In your library</th>
          <th scope="col">In the file</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => {
          const differs = field.library !== field.file;
          const chosen = choices[field.name] ?? defaultFieldChoice(field);
          return (
            <tr
              key={field.name}
              className={
                differs ? 'merge-fields__row merge-fields__row--differs' : 'merge-fields__row'
              }
            >
              <th scope="row">
                {field.name}
                {differs && <span className="merge-fields__mark"> (differs)</span>}
              </th>
              {(['library', 'file'] as const).map((side) => (
                <td
                  key={side}
                  className={differs && chosen === side ? 'merge-fields__kept' : undefined}
                >
                  {differs ? (
                    <label className="merge-fields__choice">
                      <input
                        type="radio"
                        name={`merge-${itemIndex}-${field.name}`}
                        checked={chosen === side}
                        aria-label={`Keep ${side === 'library' ? 'the library’s' : 'the file’s'} ${field.name}`}
                        onChange={() => onChoose(field.name, side)}
                      />
                      <span>{field[side] || <em className="muted">(none)</em>}</span>
                    </label>
                  ) : (
                    <span>{field[side] || <em className="muted">(none)</em>}</span>
                  )}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
