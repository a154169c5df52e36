// What an import did: works added and merged, duplicates skipped, entries left out by the user
// and unreadable entries left out.
import type { ImportPlanView, ImportResultView } from '../../../shared/contract';

export function ImportSummary({
  result,
  plan,
  onShow,
  onClose,
}: {
  result: ImportResultView;
  plan: ImportPlanView;
  onShow: () => void;
  onClose: () => void;
}) {
  const labelOf = new Map<string, string>();
  for (const item of plan.items) labelOf.set(item.key, item.label);
  for (const item of plan.items)
    if (item.duplicate) labelOf.set(item.duplicate.key, item.duplicate.label);
  const name = (key: string) => labelOf.get(key) ?? key;
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return (
    <div className="import-summary" role="status">
      <ul className="import-summary__list">
        <li>
          <strong>Added {n(result.added.length, 'work', 'works')}</strong>
          {result.added.length > 0 && `: ${result.added.slice(0, 12).map(name).join('; ')}`}
          {result.added.length > 12 && `, and ${result.added.length - 12} more`}.
        </li>
        {result.merged.length > 0 && (
          <li>
            Merged new fields into {n(result.merged.length, 'work', 'works')}:{' '}
            {result.merged.map(name).join('; ')}. Their keys, notes and links are unchanged.
          </li>
        )}
        {result.skipped.length > 0 && (
          <li>
            Skipped {n(result.skipped.length, 'duplicate', 'duplicates')} (
            {result.skipped.map((s) => `line ${s.line}, already ${name(s.duplicateOf)}`).join('; ')}
            ).
          </li>
        )}
        {result.excluded.length > 0 && (
          <li>
            Left out {n(result.excluded.length, 'entry', 'entries')} you unticked (line
            {result.excluded.length === 1 ? '' : 's'} {result.excluded.join(', ')}).
          </li>
        )}
        {result.leftOut.length > 0 && (
          <li>
            Left out {n(result.leftOut.length, 'unreadable entry', 'unreadable entries')}:
            <ul className="import-list">
              {result.leftOut.map((e) => (
                <li key={`${e.line}-${e.key ?? ''}`} className="import-error">
                  {e.message}
                </li>
              ))}
            </ul>
          </li>
        )}
      </ul>
      <footer className="export-dialog__footer">
        <span className="export-dialog__status" />
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
        <button type="button" className="button button--primary" data-autofocus onClick={onShow}>
          Show in the bibliography
        </button>
      </footer>
    </div>
  );
}
