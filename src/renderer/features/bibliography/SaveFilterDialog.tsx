// Saving the bibliography's query as a named filter (shown in the sidebar), or renaming or
// updating the saved filter it came from.
import { useState } from 'react';
import type { SavedFilter } from '../../../shared/contract';
import { useSavedFilterActions } from '../../api/bibliographySettings';
import { Modal } from '../../ui/Modal';
import { describeQuery, savedPart, type BibliographyQuery } from './bibliographyQuery';
import { typeLabel } from './workTypes';

interface Props {
  /** The query to save; null when only renaming `saved`. */
  query: BibliographyQuery | null;
  /** The saved filter being renamed or updated; null for a new one. */
  saved: SavedFilter | null;
  onSaved?: (filter: SavedFilter) => void;
  onClose: () => void;
}

export function SaveFilterDialog({ query, saved, onSaved, onClose }: Props) {
  const { save } = useSavedFilterActions();
  const [name, setName] = useState(saved?.name ?? '');
  const [busy, setBusy] = useState(false);
  const asked = query ? savedPart(query) : saved!.query;
  const title = saved ? (query ? 'Update saved filter' : 'Rename saved filter') : 'Save filter';

  const submit = async () => {
    if (!name.trim() || busy) return;
    setBusy(true);
    const filter = await save({ ...(saved ? { id: saved.id } : {}), name, query: asked });
    setBusy(false);
    if (!filter) return; // the toast says why; the dialog stays for another name
    onSaved?.(filter);
    onClose();
  };

  return (
    <Modal title={title} onClose={onClose} className="save-filter">
      <form
        className="dialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span className="field__label">Name</span>
          <input
            className="input"
            value={name}
            maxLength={80}
            data-autofocus
            placeholder="e.g. Books to read"
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <p className="save-filter__query">
          <span className="field__label">Shows</span> {describeQuery(asked, typeLabel)}
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!name.trim() || busy}>
            Save
          </button>
        </div>
      </form>
    </Modal>
  );
}
