// A work's edit history: who changed it (you, an import, the reference parser), when, and what
// each change did field by field.
import type { WorkRevision } from '../../../shared/contract';
import { useWorkHistory } from '../../api/workEdits';

const WHO: Record<WorkRevision['actor'], string> = {
  user: 'You',
  import: 'An import',
  parser: 'The reference parser',
};

const ACTIONS: Record<string, string> = {
  create: 'added it',
  edit: 'edited',
  tag: 'changed its tags',
  rename: 'changed its key',
  merge: 'merged',
  delete: 'deleted it',
  restore: 'restored it',
  import: 'imported',
};

const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** A field's value in a line of history. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (Array.isArray(value))
    return value
      .map((v) =>
        typeof v === 'object' && v
          ? ((v as { literal?: string; family?: string }).literal ??
            (v as { family?: string }).family ??
            '')
          : String(v),
      )
      .join('; ');
  const date = value as { 'date-parts'?: unknown[][]; literal?: string };
  if (date['date-parts']) return date['date-parts'].map((p) => p.join('-')).join('/');
  if (date.literal) return date.literal;
  return JSON.stringify(value);
}

export function WorkHistory({ workKey }: { workKey: string }) {
  const history = useWorkHistory(workKey);
  if (history.status !== 'ready' || history.data.length === 0) return null;
  const revisions = [...history.data].reverse();
  return (
    <details className="work-history">
      <summary className="pane__label">
        History ({revisions.length === 1 ? '1 change' : `${revisions.length} changes`})
      </summary>
      <ol className="work-history__list">
        {revisions.map((r) => (
          <li key={r.revision} className="work-history__item">
            <p className="work-history__head">
              <time dateTime={r.at}>{when.format(new Date(r.at))}</time> · {WHO[r.actor]}{' '}
              {ACTIONS[r.action] ?? r.action}
              {r.note ? ` (${r.note})` : ''}
            </p>
            {r.action !== 'create' && r.changes.length > 0 && (
              <ul className="work-history__changes">
                {r.changes.map((c) => (
                  <li key={c.field}>
                    <code>{c.field}</code>: {shown(c.before)} → {shown(c.after)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
