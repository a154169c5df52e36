// Deleting works: what deleting would leave dangling is asked first (papers citing them, notes
// linking them, lists and claims naming them); when nothing would, they go to the trash at once.
// Either way a toast offers Undo. Bundled works cannot be deleted, and the dialog says so.
import { useState, type ReactNode } from 'react';
import type { WorksOutputs } from '../../../shared/contract';
import { useDeleteWorks, useWorkChanges } from '../../api/workEdits';
import { Modal } from '../../ui/Modal';

type Preview = WorksOutputs['previewDeleteWorks'];
type UsedBy = Preview['works'][number]['usedBy'];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "cited by 2 papers, linked by 1 note, on 1 reading list": what names a work. */
export function describeUse(used: UsedBy): string {
  const parts: string[] = [];
  const citing = used.documents.length;
  if (citing) parts.push(`cited by ${plural(citing, 'paper')}`);
  const notes = used.notes.filter((n) => !n.inTrash).length;
  if (notes) parts.push(`linked by ${plural(notes, 'note')}`);
  if (used.lists.length)
    parts.push(
      `on ${plural(used.lists.length, 'reading list')} (${used.lists.map((l) => `“${l.name}”`).join(', ')})`,
    );
  if (used.userClaims.length) parts.push(`in ${plural(used.userClaims.length, 'claim')} of yours`);
  return parts.join(', ');
}

const isUsed = (used: UsedBy) => describeUse(used) !== '';

/**
 * `request(keys, what)` deletes works, asking first when something would dangle; `dialog` is
 * the confirmation to render while it asks.
 */
export function useDeleteWorksFlow(onDeleted?: () => void): {
  request: (keys: readonly string[]) => Promise<void>;
  dialog: ReactNode;
} {
  const changes = useWorkChanges();
  const deleteWorks = useDeleteWorks();
  const [asking, setAsking] = useState<Preview | null>(null);

  const remove = async (preview: Preview) => {
    const keys = preview.works.filter((w) => w.deletable).map((w) => w.key);
    if (keys.length === 0) return;
    const what =
      keys.length === 1
        ? preview.works.find((w) => w.key === keys[0])!.label
        : plural(keys.length, 'work');
    if (await deleteWorks(keys, what)) onDeleted?.();
  };

  const request = async (keys: readonly string[]) => {
    if (keys.length === 0) return;
    const preview = await changes.run((api) => api.previewDeleteWorks({ keys: [...keys] }));
    if (!preview) return;
    const blocked = preview.works.some((w) => !w.deletable);
    if (preview.wouldDangle || blocked) setAsking(preview);
    else await remove(preview);
  };

  const dialog = asking && (
    <DeleteWorksDialog
      preview={asking}
      onCancel={() => setAsking(null)}
      onConfirm={() => {
        const preview = asking;
        setAsking(null);
        void remove(preview);
      }}
    />
  );
  return { request, dialog };
}

function DeleteWorksDialog({
  preview,
  onCancel,
  onConfirm,
}: {
  preview: Preview;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const deletable = preview.works.filter((w) => w.deletable);
  const bundled = preview.works.filter((w) => !w.deletable);
  const used = deletable.filter((w) => isUsed(w.usedBy));
  const title =
    deletable.length === 1
      ? `Delete ${deletable[0]!.label}?`
      : deletable.length
        ? `Delete ${plural(deletable.length, 'work')}?`
        : 'Cannot delete';
  return (
    <Modal title={title} onClose={onCancel} className="delete-works">
      {used.length > 0 && (
        <>
          <p>
            {used.length === 1 && deletable.length === 1
              ? 'It is still in use. After deleting it, these will show it as missing:'
              : 'Some are still in use. After deleting them, these will show them as missing:'}
          </p>
          <ul className="delete-works__uses">
            {used.map((w) => (
              <li key={w.key}>
                <strong>{w.label}</strong>: {describeUse(w.usedBy)}
              </li>
            ))}
          </ul>
        </>
      )}
      {bundled.length > 0 && (
        <p className="delete-works__bundled">
          {bundled.map((w) => w.label).join(', ')} {bundled.length === 1 ? 'belongs' : 'belong'} to
          the bundled paper’s bibliography and cannot be deleted (its fields can be edited).
        </p>
      )}
      {deletable.length > 0 && (
        <p className="muted">
          Deleted works go to the trash: Undo brings them back, links and all.
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          {deletable.length ? 'Cancel' : 'Close'}
        </button>
        {deletable.length > 0 && (
          <button type="button" className="button button--danger" onClick={onConfirm}>
            {deletable.length === 1 ? 'Delete' : `Delete ${deletable.length}`}
          </button>
        )}
      </div>
    </Modal>
  );
}
