// The import review: what the file holds (new, duplicates with a choice each, unreadable by
// line) before anything is written; then what was done.
import { useState } from 'react';
import type {
  DuplicateDecision,
  FieldChoice,
  ImportPlanView,
  ImportResultView,
} from '../../../shared/contract';
import { useApiContext } from '../../api/ApiProvider';
import { errorMessage } from '../../api/scholion';
import { useNavigation } from '../../app/navigation';
import { Modal } from '../../ui/Modal';
import { DuplicateEntries, NewEntries, UnreadableEntries } from './ImportEntries';
import { ImportSummary } from './ImportSummary';

const works = (n: number) => (n === 1 ? '1 work' : `${n} works`);

/** "Add 2 works", "Add 2 works and merge 1", "Merge 1", "Nothing to import". */
function applyLabel(adding: number, merging: number): string {
  if (adding === 0 && merging === 0) return 'Nothing to import';
  const add = adding ? `Add ${works(adding)}` : '';
  const merge = merging ? `${adding ? 'merge' : 'Merge'} ${merging}` : '';
  return [add, merge].filter(Boolean).join(' and ');
}

export function ImportReview({ plan, onClose }: { plan: ImportPlanView; onClose: () => void }) {
  const { api, cache } = useApiContext();
  const nav = useNavigation();
  const [decisions, setDecisions] = useState<Record<number, DuplicateDecision>>({});
  const [excluded, setExcluded] = useState<ReadonlySet<number>>(new Set());
  const [fieldChoices, setFieldChoices] = useState<Record<number, Record<string, FieldChoice>>>({});
  const [partial, setPartial] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const [result, setResult] = useState<ImportResultView | null>(null);

  const fresh = plan.items.filter((i) => i.status === 'new');
  const duplicates = plan.items.filter((i) => i.status === 'duplicate');
  const decided = (d: DuplicateDecision) =>
    duplicates.filter((i) => !excluded.has(i.index) && (decisions[i.index] ?? 'skip') === d).length;
  const adding = fresh.filter((i) => !excluded.has(i.index)).length + decided('keep-both');
  const merging = decided('merge');
  const exclusion = {
    excluded,
    onToggle: (index: number, include: boolean) =>
      setExcluded((s) => {
        const next = new Set(s);
        if (include) next.delete(index);
        else next.add(index);
        return next;
      }),
  };
  const blocked = plan.errors.length > 0 && !partial;
  const title = `Import ${plan.fileName ?? 'file'}`;

  const apply = async () => {
    setBusy(true);
    setFailure('');
    try {
      const done = await api.applyImport({
        planId: plan.planId,
        decisions: {
          perItem: decisions,
          otherwise: 'skip',
          exclude: [...excluded],
          // Only the merged entries' choices matter; the others are not sent.
          fields: Object.fromEntries(
            Object.entries(fieldChoices).filter(([i]) => decisions[Number(i)] === 'merge'),
          ),
        },
        allowPartial: partial,
      });
      // Every view of works reads them again: lists, details, references, BibTeX.
      for (const prefix of ['work', 'ref:', 'bibtex:']) cache.invalidatePrefix(prefix);
      setResult(done);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  if (result) {
    return (
      <Modal key="result" title={title} onClose={onClose} className="import-dialog">
        <ImportSummary
          result={result}
          plan={plan}
          onShow={() => {
            onClose();
            nav.showView('bibliography');
          }}
          onClose={onClose}
        />
      </Modal>
    );
  }

  return (
    <Modal key="review" title={title} onClose={onClose} className="import-dialog">
      <p className="import-dialog__counts" role="status">
        {plan.counts.readable === 0 && plan.errors.length === 0
          ? 'This file holds no entries.'
          : `${plan.counts.readable} readable ${plan.counts.readable === 1 ? 'entry' : 'entries'}: ${plan.counts.new} new, ${plan.counts.duplicates} already in your library${plan.errors.length ? `; ${plan.errors.length} cannot be read` : ''}. ${excluded.size ? ` ${excluded.size} left out by you.` : ''} Nothing has been imported yet.`}
      </p>
      <div className="import-dialog__entries">
        <NewEntries items={fresh} exclusion={exclusion} />
        <DuplicateEntries
          items={duplicates}
          decisions={decisions}
          onDecide={(indices, decision) =>
            setDecisions((d) => ({
              ...d,
              ...Object.fromEntries(indices.map((i) => [i, decision])),
            }))
          }
          exclusion={exclusion}
          fieldChoices={fieldChoices}
          onChooseField={(index, field, choice) =>
            setFieldChoices((c) => ({ ...c, [index]: { ...c[index], [field]: choice } }))
          }
        />
        <UnreadableEntries errors={plan.errors} />
      </div>
      {plan.errors.length > 0 && plan.counts.readable > 0 && (
        <label className="import-dialog__partial">
          <input
            type="checkbox"
            checked={partial}
            onChange={(event) => setPartial(event.target.checked)}
          />
          Import the readable entries only, leaving out the {plan.errors.length} that cannot be read
        </label>
      )}
      {failure && (
        <p className="export-preview__error" role="alert">
          {failure}
        </p>
      )}
      <footer className="export-dialog__footer">
        <p className="export-dialog__status">
          {blocked && plan.counts.readable > 0
            ? 'Fix the file and open it again, or choose to import the readable entries only.'
            : ''}
        </p>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          data-autofocus
          disabled={busy || blocked || adding + merging === 0}
          onClick={() => void apply()}
        >
          {applyLabel(adding, merging)}
        </button>
      </footer>
    </Modal>
  );
}
