// The confirm before a merge: what survives, what is taken from the other record, what moves,
// and that it can be undone. Enter merges (the Merge button has the focus), Escape cancels.
import type { WorkReferences } from '../../../shared/contract';
import { Modal } from '../../ui/Modal';
import { movesText } from './PairReview';

export function MergeConfirm({
  keep,
  other,
  taken,
  usage,
  onConfirm,
  onCancel,
}: {
  keep: string;
  other: string;
  taken: string[];
  usage: WorkReferences | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Modal title={`Merge ${other} into ${keep}?`} onClose={onCancel} className="merge-confirm">
      <ul className="merge-confirm__facts">
        <li>
          <code>{keep}</code> keeps its key
          {taken.length > 0 ? (
            <>
              {' '}
              and takes {taken.join(', ')} from <code>{other}</code>.
            </>
          ) : (
            <> and its own values.</>
          )}
        </li>
        <li>
          <code>{other}</code> becomes an alias of <code>{keep}</code>: old manuscripts citing it
          still resolve, and BibLaTeX exports write it as <code>ids</code>.
        </li>
        {usage && <li>{movesText(usage)}</li>}
        <li>You can undo the merge afterwards, also after a restart.</li>
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button--primary" data-autofocus onClick={onConfirm}>
          Merge
        </button>
      </div>
    </Modal>
  );
}
