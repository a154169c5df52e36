// Tagging many works at once (the Bibliography's checked rows): tags to add and tags to remove.
import { useId, useState } from 'react';
import { useToastStore } from '../../api/userData';
import { useWorkChanges, useWorkTags } from '../../api/workEdits';
import { Modal } from '../../ui/Modal';

const split = (text: string) => [
  ...new Set(
    text
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  ),
];

export function BulkTagDialog({
  keys,
  what,
  onClose,
}: {
  keys: readonly string[];
  what: string;
  onClose: () => void;
}) {
  const changes = useWorkChanges();
  const toasts = useToastStore();
  const known = useWorkTags();
  const [add, setAdd] = useState('');
  const [remove, setRemove] = useState('');
  const listId = useId();
  const adding = split(add);
  const removing = split(remove);

  const submit = async () => {
    if (!adding.length && !removing.length) return;
    const done = await changes.run((api) =>
      api.tagWorks({ keys: [...keys], add: adding, remove: removing }),
    );
    if (!done) return;
    onClose();
    toasts.show(`Tagged ${what}: ${done.changed.length} changed.`, {
      action: {
        label: 'Undo',
        run: () =>
          void changes.run((api) =>
            api.tagWorks({ keys: done.changed, add: removing, remove: adding }),
          ),
      },
    });
  };

  return (
    <Modal title={`Tag ${what}`} onClose={onClose} className="bulk-tag">
      <form
        className="dialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span className="field__label">Add tags (separate with commas)</span>
          <input
            className="input"
            list={listId}
            data-autofocus
            value={add}
            onChange={(e) => setAdd(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">Remove tags</span>
          <input
            className="input"
            list={listId}
            value={remove}
            onChange={(e) => setRemove(e.target.value)}
          />
        </label>
        <datalist id={listId}>
          {known.status === 'ready' && known.data.map((t) => <option key={t.tag} value={t.tag} />)}
        </datalist>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={!adding.length && !removing.length}
          >
            Apply to {what}
          </button>
        </div>
      </form>
    </Modal>
  );
}
