// The co-citation matrix: works × works, each cell the number of claims citing both; a cell
// filters the claim list to those claims.
import { useId } from 'react';
import type { WorkSummary } from '../../../shared/contract';
import { shade, type CoCitationMatrix } from './coCitation';

interface Props {
  matrix: CoCitationMatrix;
  works: Map<string, WorkSummary>;
  /** Works of the current filter, to mark the selected cell. */
  selected: readonly string[];
  onSelect: (workIds: string[]) => void;
}

const labelOf = (works: Map<string, WorkSummary>, id: string) => works.get(id)?.label ?? id;

export function CoCitationMatrixView({ matrix, works, selected, onSelect }: Props) {
  const descriptionId = useId();
  if (matrix.workIds.length === 0) {
    return <p className="muted">No two works are cited in the same claim.</p>;
  }
  const isSelected = (a: string, b: string) =>
    a === b
      ? selected.length === 1 && selected[0] === a
      : selected.length === 2 && selected.includes(a) && selected.includes(b);

  return (
    <>
      {/* Outside the table: a caption is as wide as the table, which scrolls sideways, so a
          narrow pane cut the description off. */}
      <p id={descriptionId} className="matrix__description">
        Each number counts the claims that cite both works; the diagonal counts all claims citing
        the work. Choose a number to list those claims.
      </p>
      <div className="matrix-wrap">
        <table className="matrix" aria-describedby={descriptionId}>
          <caption className="visually-hidden">Works cited together</caption>
          <thead>
            <tr>
              <td className="matrix__corner" />
              {matrix.workIds.map((id) => (
                <th key={id} scope="col" className="matrix__col">
                  <span className="matrix__col-label">{labelOf(works, id)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.workIds.map((row) => (
              <tr key={row}>
                <th scope="row" className="matrix__row">
                  {labelOf(works, row)}
                </th>
                {matrix.workIds.map((col) => {
                  const count = matrix.countFor(row, col);
                  const diagonal = row === col;
                  const level = diagonal ? 'diag' : `l${shade(count, matrix.max)}`;
                  if (count === 0) {
                    return <td key={col} className="matrix__cell matrix__cell--l0" />;
                  }
                  const name = diagonal
                    ? `${labelOf(works, row)}: ${count} claim${count === 1 ? '' : 's'} in all`
                    : `${labelOf(works, row)} with ${labelOf(works, col)}: ${count} claim${count === 1 ? '' : 's'}`;
                  return (
                    <td key={col} className={`matrix__cell matrix__cell--${level}`}>
                      <button
                        type="button"
                        className="matrix__button"
                        aria-label={name}
                        title={name}
                        aria-pressed={isSelected(row, col)}
                        onClick={() => onSelect(diagonal ? [row] : [row, col])}
                      >
                        {count}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
