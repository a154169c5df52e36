// Two records of (probably) the same work side by side, field by field: which record keeps its
// key, whose value of each differing field the merged record keeps (proposed: the verified,
// edited or fuller value), what moves, then Merge (Enter, with a confirm) or Not duplicates.
// Keyboard: ↑/↓ move between fields, ←/→ choose the left or right value, Enter merges.
import { useRef, useState, type KeyboardEvent } from 'react';
import type { WorkRecord, WorkReferences } from '../../../shared/contract';
import { describeReferences } from '../works/RenameKeyDialog';
import type { DuplicateReason } from '../../../core/works/duplicates';
import { recordDifferences } from '../../../core/works/duplicates';
import { proposedPicks, proposedSurvivor } from '../../../core/works/mergeChoices';
import { useWorkRecord, useWorkUsage } from '../../api/duplicates';
import { ErrorNote, Loading } from '../../ui/Status';
import { firstChoice, REASON_LABELS, valueText, wordDifferences } from './duplicateText';
import { MergeConfirm } from './MergeConfirm';

interface Props {
  a: string;
  b: string;
  reason: DuplicateReason;
  onMerge: (keep: string, other: string, picks: Record<string, 'keep' | 'other'>) => Promise<void>;
  onNotDuplicates: () => void;
  /** Escape: back to the list of groups. */
  onBack: () => void;
}

export function PairReview(props: Props) {
  const a = useWorkRecord(props.a);
  const b = useWorkRecord(props.b);
  if (a.status === 'error') return <ErrorNote error={a.error} what={props.a} />;
  if (b.status === 'error') return <ErrorNote error={b.error} what={props.b} />;
  if (a.status !== 'ready' || b.status !== 'ready') return <Loading what="the two records" />;
  return <Comparison {...props} recA={a.data} recB={b.data} />;
}

function origin(r: WorkRecord): string {
  const w = r.work;
  const kind = r.bundled
    ? 'bundled'
    : w.provenance.kind === 'user'
      ? 'typed by you'
      : w.provenance.kind === 'imported'
        ? 'imported'
        : 'from a reference list';
  return w.confidence ? `${kind}, ${w.confidence.level}` : kind;
}

function Comparison({
  a,
  b,
  reason,
  recA,
  recB,
  onMerge,
  onNotDuplicates,
  onBack,
}: Props & { recA: WorkRecord; recB: WorkRecord }) {
  const table = useRef<HTMLTableElement>(null);
  const [survivor, setSurvivor] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const bundled = new Set([recA, recB].filter((r) => r.bundled).map((r) => r.work.citationKey));
  const keepKey = survivor ?? proposedSurvivor(recA.work, recB.work, bundled).citationKey;
  const otherKey = keepKey === a ? b : a;
  const [keep, other] = keepKey === a ? [recA, recB] : [recB, recA];
  const usage = useWorkUsage(otherKey);
  const mergeable = bundled.size < 2;

  const differences = recordDifferences(recA.work.csl, recB.work.csl);
  const differing = new Set(differences.map((d) => d.field));
  const same = Object.keys(recA.work.csl).filter(
    (f) => f !== 'id' && f !== 'citation-key' && !differing.has(f),
  );
  const proposed = proposedPicks(keep.work, other.work);
  const sideOf = (field: string) =>
    chosen[field] ?? (proposed[field] === 'other' ? otherKey : keepKey);
  const picks: Record<string, 'keep' | 'other'> = {};
  for (const d of differences) picks[d.field] = sideOf(d.field) === keepKey ? 'keep' : 'other';
  const taken = differences.filter((d) => picks[d.field] === 'other').map((d) => d.field);

  const confirm = () => {
    if (mergeable) setConfirming(true);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const input = event.target as HTMLElement;
    if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
    const row = input.closest('tr');
    const rows = Array.from(table.current?.querySelectorAll('tr[data-choice]') ?? []);
    const at = row ? rows.indexOf(row) : -1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = rows[at + (event.key === 'ArrowDown' ? 1 : -1)];
      firstChoice(next)?.focus();
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      const radios = Array.from(row?.querySelectorAll<HTMLInputElement>('input') ?? []);
      const want = radios[event.key === 'ArrowLeft' ? 0 : 1];
      if (want && !want.disabled) {
        want.click();
        want.focus();
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      confirm();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onBack();
    }
  };

  const columns = [recA, recB];
  return (
    <section className="pair-review" aria-labelledby="pair-review-title">
      <h2 id="pair-review-title" className="pair-review__title">
        Compare <code>{a}</code> and <code>{b}</code>
      </h2>
      <p className="muted">
        {REASON_LABELS[reason]} ·{' '}
        {differences.length === 0
          ? 'no field differs'
          : `${differences.length} ${differences.length === 1 ? 'field differs' : 'fields differ'}`}
      </p>
      <table className="merge-fields dup-fields" ref={table} onKeyDown={onKeyDown}>
        <caption className="visually-hidden">
          The two records field by field; choose which record keeps its key and, for each field that
          differs, which value the merged record keeps.
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            {columns.map((r) => (
              <th scope="col" key={r.work.citationKey}>
                <code>{r.work.citationKey}</code>{' '}
                <span className="dup-fields__origin">{origin(r)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr data-choice className="merge-fields__row merge-fields__row--differs">
            <th scope="row" className="dup-fields__label">
              Record kept
            </th>
            {columns.map((r) => {
              const key = r.work.citationKey;
              const blocked = bundled.has(key === a ? b : a);
              return (
                <td key={key} className={keepKey === key ? 'merge-fields__kept' : undefined}>
                  <label className="merge-fields__choice">
                    <input
                      type="radio"
                      name="dup-survivor"
                      checked={keepKey === key}
                      disabled={blocked || !mergeable}
                      aria-label={`Keep the record ${key}`}
                      onChange={() => setSurvivor(key)}
                    />
                    <span>
                      {keepKey === key ? 'Keeps its key' : `Becomes an alias of ${keepKey}`}
                      {r.bundled && (
                        <span className="dup-fields__origin"> (the bundled paper cites it)</span>
                      )}
                    </span>
                  </label>
                </td>
              );
            })}
          </tr>
          {differences.map(({ field }) => (
            <tr key={field} data-choice className="merge-fields__row merge-fields__row--differs">
              <th scope="row">
                {field}
                <span className="merge-fields__mark"> differs</span>
              </th>
              {columns.map((r) => {
                const key = r.work.citationKey;
                const text = valueText(r.work.csl[field]);
                const otherText = valueText((r === recA ? recB : recA).work.csl[field]);
                return (
                  <td
                    key={key}
                    className={sideOf(field) === key ? 'merge-fields__kept' : undefined}
                  >
                    <label className="merge-fields__choice">
                      <input
                        type="radio"
                        name={`dup-field-${field}`}
                        checked={sideOf(field) === key}
                        disabled={!mergeable}
                        aria-label={`Use ${key}’s ${field}`}
                        onChange={() => setChosen({ ...chosen, [field]: key })}
                      />
                      <span>
                        {text ? (
                          wordDifferences(text, otherText).map((w, i) =>
                            w.differs ? (
                              <mark key={i} className="dup-fields__diff">
                                {w.text}
                              </mark>
                            ) : (
                              w.text
                            ),
                          )
                        ) : (
                          <em className="muted">(none)</em>
                        )}
                      </span>
                    </label>
                  </td>
                );
              })}
            </tr>
          ))}
          {same.map((field) => (
            <tr key={field} className="merge-fields__row dup-fields__same">
              <th scope="row">{field}</th>
              <td colSpan={2}>{valueText(recA.work.csl[field])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="pair-review__summary">
        {mergeable ? (
          <>
            Merging keeps <code>{keepKey}</code>
            {taken.length > 0 && (
              <>
                {' '}
                with {taken.join(', ')} from <code>{otherKey}</code>
              </>
            )}
            . <code>{otherKey}</code> becomes an alias, so manuscripts citing it still resolve.
            {usage.status === 'ready' && usage.data && <> {movesText(usage.data)}</>}
          </>
        ) : (
          'Both records belong to the bundled paper’s bibliography, which cites each by its key: they cannot be merged.'
        )}
      </p>
      <div className="pair-review__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!mergeable}
          onClick={confirm}
        >
          Merge into {keepKey}…
        </button>
        <button type="button" className="button" onClick={onNotDuplicates}>
          Not duplicates
        </button>
        <span className="muted pair-review__keys">
          ↑↓ fields · ←→ choose · Enter merges · Esc back to the groups
        </span>
      </div>
      {confirming && (
        <MergeConfirm
          keep={keepKey}
          other={otherKey}
          taken={taken}
          usage={usage.status === 'ready' ? usage.data : null}
          onCancel={() => setConfirming(false)}
          onConfirm={async () => {
            setConfirming(false);
            await onMerge(keepKey, otherKey, picks);
          }}
        />
      )}
    </section>
  );
}

/** "Moving to the kept record: 1 note and 1 reading list; its tags are joined." */
export function movesText(usage: WorkReferences): string {
  const what = describeReferences(usage);
  return what === 'nothing else in the library'
    ? 'Nothing else names it; its tags are joined.'
    : `Moving to the kept record: ${what}; its tags are joined.`;
}
