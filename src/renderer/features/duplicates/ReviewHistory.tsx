// What the user has answered before, each reachable to undo: the pairs marked "not duplicates"
// (propose them again) and the merges still in the trash (undo the merge). Both are kept in
// the data folder, so they are here after a restart.
import type { DuplicateActions } from '../../api/duplicates';
import { useMergedWorks, useNotDuplicates } from '../../api/duplicates';
import { useWorkSummaries } from '../../api/queries';

export function ReviewHistory({ actions }: { actions: DuplicateActions }) {
  const dismissed = useNotDuplicates();
  const merged = useMergedWorks();
  const pairs = dismissed.status === 'ready' ? dismissed.data : [];
  const merges = merged.status === 'ready' ? merged.data : [];
  const labels = useWorkSummaries(pairs.flatMap((p) => [p.a, p.b]));
  const label = (key: string) => labels.get(key)?.label ?? key;
  if (pairs.length === 0 && merges.length === 0) return null;
  return (
    <div className="review-history">
      {merges.length > 0 && (
        <section aria-labelledby="merges-title">
          <h2 id="merges-title" className="review-history__title">
            Merges you can undo ({merges.length})
          </h2>
          <ul className="review-history__items">
            {merges.map((m) => (
              <li key={m.id}>
                <span>
                  <code>{m.itemId}</code> merged into <code>{m.mergedInto}</code>
                </span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Undo the merge of ${m.itemId} into ${m.mergedInto}`}
                  onClick={() => void actions.undoMerge(m.batch, m.itemId)}
                >
                  Undo merge
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {pairs.length > 0 && (
        <section aria-labelledby="not-duplicates-title">
          <h2 id="not-duplicates-title" className="review-history__title">
            Marked not duplicates ({pairs.length})
          </h2>
          <ul className="review-history__items">
            {pairs.map((p) => (
              <li key={p.id}>
                <span>
                  {label(p.a)} <code>{p.a}</code> and {label(p.b)} <code>{p.b}</code>
                </span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Propose ${p.a} and ${p.b} as duplicates again`}
                  onClick={() => void actions.unmarkNotDuplicates(p.id)}
                >
                  Propose again
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
