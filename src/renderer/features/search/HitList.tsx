// Search hits grouped by kind, as a listbox driven from a combobox (the active option follows ↑/↓).
import { useEffect } from 'react';
import type { Hit } from '../../../shared/contract';
import { HitPaper } from './HitPaper';
import { HitText } from './HitText';
import { KIND_LABELS, type HitGroup } from './hits';

interface Props {
  id: string;
  groups: readonly HitGroup[];
  /** Index of the active hit in the groups' flat order. */
  active: number;
  onActive: (index: number) => void;
  onOpen: (hit: Hit) => void;
  /** Show "12 of 340" after each group's name. */
  showTotals?: boolean;
}

/** The id of the option at `index` in the list `listId`. */
export const hitOptionId = (listId: string, index: number): string => `${listId}-h${index}`;

export function HitList({ id, groups, active, onActive, onOpen, showTotals = true }: Props) {
  useEffect(() => {
    document.getElementById(hitOptionId(id, active))?.scrollIntoView?.({ block: 'nearest' });
  }, [id, active]);

  let index = 0;
  return (
    <div id={id} role="listbox" aria-label="Search results" className="hits">
      {groups.map((group) => {
        const headingId = `${id}-${group.kind}`;
        const label = KIND_LABELS[group.kind];
        return (
          <div key={group.kind} role="group" aria-labelledby={headingId} className="hits__group">
            <div id={headingId} role="presentation" className="hits__heading">
              {group.total === 1 ? label.one : label.many}
              {showTotals && (
                <span className="hits__count">
                  {group.total > group.hits.length
                    ? `${group.hits.length} of ${group.total.toLocaleString('en')}`
                    : group.total}
                </span>
              )}
            </div>
            {group.hits.map((hit) => {
              const i = index++;
              return (
                <div
                  key={`${hit.kind}:${hit.id}`}
                  id={hitOptionId(id, i)}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'hit hit--active' : 'hit'}
                  data-hit-kind={hit.kind}
                  data-hit-id={hit.id}
                  onMouseMove={() => i !== active && onActive(i)}
                  onClick={() => onOpen(hit)}
                >
                  <span className="hit__title">
                    <HitText text={hit.title} highlights={hit.highlights} field="title" />
                  </span>
                  {hit.snippet && (
                    <span className="hit__snippet">
                      <HitText text={hit.snippet} highlights={hit.highlights} field="snippet" />
                    </span>
                  )}
                  <HitPaper hit={hit} />
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
