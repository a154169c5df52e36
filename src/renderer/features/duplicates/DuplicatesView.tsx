// The duplicates review: the groups of likely duplicates (why each matched), one pair of a group
// side by side to merge or dismiss, and the earlier answers to undo. Keyboard: ↑/↓ between
// groups, Enter or → into the pair's fields, Esc back to the groups.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DuplicateGroup } from '../../../shared/contract';
import { pairId } from '../../../core/works/duplicates';
import { useDuplicateActions, useDuplicateGroups, useMergedWorks } from '../../api/duplicates';
import { useWorkSummaries } from '../../api/queries';
import { useNavigation } from '../../app/navigation';
import { ErrorNote, Loading } from '../../ui/Status';
import { firstChoice, REASON_LABELS } from './duplicateText';
import { PairReview } from './PairReview';
import { ReviewHistory } from './ReviewHistory';

/** The last answer of a query, kept while it reloads (so the list does not flash). */
function useLastGroups(): { groups: DuplicateGroup[] | null; error: unknown } {
  const state = useDuplicateGroups();
  const [kept, setKept] = useState<DuplicateGroup[] | null>(null);
  if (state.status === 'ready' && state.data !== kept) setKept(state.data);
  return {
    groups: state.status === 'ready' ? state.data : kept,
    error: state.status === 'error' ? state.error : null,
  };
}

const reasonsOf = (g: DuplicateGroup) => [...new Set(g.pairs.map((p) => REASON_LABELS[p.reason]))];

export function DuplicatesView() {
  const nav = useNavigation();
  const actions = useDuplicateActions();
  const { groups, error } = useLastGroups();
  const [index, setIndex] = useState(0);
  const [pairIndex, setPairIndex] = useState(0);
  const [merged, setMerged] = useState<{ keep: string; other: string } | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const review = useRef<HTMLElement>(null);
  const refocus = useRef(false);
  const labels = useWorkSummaries(groups?.flatMap((g) => g.keys) ?? []);
  const mergedWorks = useMergedWorks();
  // The note of the last merge goes once the merge is undone (its record left the trash).
  const undone =
    mergedWorks.status === 'ready' &&
    !mergedWorks.data.some((m) => m.itemId === merged?.other && m.mergedInto === merged?.keep);
  const lastMerge = undone ? null : merged;

  const count = groups?.length ?? 0;
  const at = Math.min(index, Math.max(0, count - 1));
  const group = groups?.[at] ?? null;
  const pair = group?.pairs[Math.min(pairIndex, group.pairs.length - 1)] ?? null;

  // After a merge or a dismissal the list changes: focus goes to the group now in its place.
  useEffect(() => {
    if (!refocus.current || !groups) return;
    refocus.current = false;
    const option = list.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    (option ?? list.current?.closest('section')?.querySelector<HTMLElement>('h1'))?.focus();
  }, [groups]);

  if (error) return <ErrorNote error={error} what="the duplicates" />;
  if (!groups) return <Loading what="the duplicates" />;

  const select = (i: number) => {
    setIndex(i);
    setPairIndex(0);
    list.current?.querySelectorAll<HTMLElement>('[role="option"]')[i]?.focus();
  };
  const intoReview = () => firstChoice(review.current)?.focus();
  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: count - 1,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      select(Math.max(0, Math.min(count - 1, to)));
    } else if (event.key === 'Enter' || event.key === 'ArrowRight') {
      event.preventDefault();
      intoReview();
    }
  };
  const label = (key: string) => labels.get(key);
  const records = groups.reduce((n, g) => n + g.keys.length, 0);

  return (
    <div className="duplicates">
      <section className="duplicates__list" aria-labelledby="duplicates-title">
        <header className="view-header">
          <h1 id="duplicates-title" className="view-title" tabIndex={-1}>
            Duplicates
          </h1>
          <p className="muted" role="status">
            {count === 0
              ? 'No likely duplicates'
              : `${count} ${count === 1 ? 'group' : 'groups'} of likely duplicates, ${records} records`}
          </p>
          <span className="view-header__tools">
            <button
              type="button"
              className="button button--small"
              onClick={() => nav.showView('bibliography')}
            >
              Back to the bibliography
            </button>
          </span>
        </header>
        {lastMerge && (
          <p className="duplicates__done" role="status">
            Merged <code>{lastMerge.other}</code> into <code>{lastMerge.keep}</code>.{' '}
            <button type="button" className="link" onClick={() => nav.openWork(lastMerge.keep)}>
              Open {lastMerge.keep} in the bibliography
            </button>
          </p>
        )}
        {count === 0 ? (
          <p className="muted empty">
            No two works in the library share a DOI, an ISBN, or a title, year and first author.
          </p>
        ) : (
          <ul
            className="duplicate-groups"
            role="listbox"
            aria-label="Groups of likely duplicates"
            ref={list}
            onKeyDown={onListKey}
          >
            {groups.map((g, i) => {
              const first = label(g.keys[0]!);
              return (
                <li
                  key={g.keys.join(' ')}
                  role="option"
                  aria-selected={i === at}
                  tabIndex={i === at ? 0 : -1}
                  className="duplicate-group"
                  onClick={() => select(i)}
                >
                  <span className="duplicate-group__title">
                    {first ? `${first.label} — ${first.title}` : g.keys[0]}
                  </span>
                  <span className="duplicate-group__meta">
                    {g.keys.length} records: {g.keys.join(', ')} · {reasonsOf(g).join(' · ')}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        <ReviewHistory actions={actions} />
      </section>
      <section className="duplicates__review pane" aria-label="Review" ref={review}>
        {group && pair ? (
          <>
            {group.pairs.length > 1 && (
              <div className="pair-chooser" role="group" aria-label="Pairs of this group">
                {group.pairs.map((p, i) => (
                  <button
                    key={pairId(p.a, p.b)}
                    type="button"
                    className="button button--small"
                    aria-pressed={p === pair}
                    onClick={() => setPairIndex(i)}
                  >
                    {p.a} ↔ {p.b}
                  </button>
                ))}
              </div>
            )}
            <PairReview
              key={pairId(pair.a, pair.b)}
              a={pair.a}
              b={pair.b}
              reason={pair.reason}
              onBack={() => select(at)}
              onNotDuplicates={() => {
                refocus.current = true;
                void actions.markNotDuplicates(pair.a, pair.b);
              }}
              onMerge={async (keep, other, picks) => {
                refocus.current = true;
                if (await actions.merge(keep, other, picks)) setMerged({ keep, other });
              }}
            />
          </>
        ) : (
          <p className="muted empty">Nothing to review.</p>
        )}
      </section>
    </div>
  );
}
