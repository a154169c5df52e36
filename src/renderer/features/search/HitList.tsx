// Search hits grouped by kind, as a listbox driven from a combobox (the active option follows ↑/↓).
// A group holding fewer hits than match ends with an option that loads the rest.
import { memo, useEffect } from 'react';
import type { Hit, SearchKind } from '../../../shared/contract';
import { HitPaper } from './HitPaper';
import { HitText } from './HitText';
import { groupRows, KIND_LABELS, moreLabel, type HitGroup } from './hits';

interface Props {
  id: string;
  groups: readonly HitGroup[];
  /** Index of the active row (hit or "Show all") in the groups' flat order. */
  active: number;
  onActive: (index: number) => void;
  onOpen: (hit: Hit) => void;
  /** Asks for `limit` hits of `kind` (a group's "Show all 113 works"). */
  onMore: (kind: SearchKind, limit: number) => void;
  /** Show "12 of 340" after each group's name. */
  showTotals?: boolean;
}

/** The id of the option at `index` in the list `listId`. */
export const hitOptionId = (listId: string, index: number): string => `${listId}-h${index}`;

/**
 * The hits, rendered again only when its props change: a key typed in the search field renders
 * the field's consumers at once, and the list waits for that key's answer (its handlers are
 * stable).
 */
export const HitList = memo(function HitList({
  id,
  groups,
  active,
  onActive,
  onOpen,
  onMore,
  showTotals = true,
}: Props) {
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
            {groupRows(group).map((row) => {
              const i = index++;
              const common = {
                id: hitOptionId(id, i),
                role: 'option',
                'aria-selected': i === active,
                onMouseMove: () => i !== active && onActive(i),
              } as const;
              if (row.type === 'more') {
                return (
                  <div
                    key={`${group.kind}:more`}
                    {...common}
                    className={i === active ? 'hit hit--more hit--active' : 'hit hit--more'}
                    data-hit-more={group.kind}
                    onClick={() => onMore(group.kind, row.limit)}
                  >
                    {moreLabel(group, row.limit)}
                  </div>
                );
              }
              const { hit } = row;
              // Keyed by place, not by hit: a key typed changes most hits, and the next answer's
              // hits then fill the elements already there instead of replacing every one.
              return (
                <div
                  key={i}
                  {...common}
                  className={i === active ? 'hit hit--active' : 'hit'}
                  data-hit-kind={hit.kind}
                  data-hit-id={hit.id}
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
});
