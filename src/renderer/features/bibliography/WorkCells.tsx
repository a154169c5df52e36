// The cells of one bibliography row, by column (the title cell, a button, is WorksTable's).
import type { ReactNode } from 'react';
import type { WorkSummary } from '../../../shared/contract';
import { ConfidenceBadge } from '../../ui/ConfidenceBadge';
import { yearAsCited, type ColumnKey } from './columns';
import { typeLabel } from './workTypes';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** "5 Dec 2026" for an ISO time; empty when there is none or it does not parse. */
export function shortDate(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

/** What a row shows in column `key` (not the title). */
export function cellContent(key: Exclude<ColumnKey, 'title'>, row: WorkSummary): ReactNode {
  switch (key) {
    case 'author':
      return row.authorsShort;
    case 'year':
      return yearAsCited(row);
    case 'type':
      return typeLabel(row.type);
    case 'container':
      return row.container ?? '';
    case 'added':
      return <time dateTime={row.addedAt ?? undefined}>{shortDate(row.addedAt)}</time>;
    case 'modified':
      return <time dateTime={row.modifiedAt ?? undefined}>{shortDate(row.modifiedAt)}</time>;
    case 'tags':
      return row.tags.length ? (
        <ul className="tag-list" aria-label="Tags">
          {row.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      ) : null;
    case 'key':
      return <code>{row.key}</code>;
    case 'cited':
      return row.timesCited;
    case 'record':
      return <ConfidenceBadge level={row.confidence} />;
  }
}
