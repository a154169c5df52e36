// Changing a work's citation key: asked first, saying what the change updates (notes, reading
// lists, claims, papers' reference links, synced .bib files); done all at once or not at all.
import { useEffect, useState } from 'react';
import type { WorkReferences } from '../../../shared/contract';
import { useApiContext } from '../../api/ApiProvider';
import { errorMessage } from '../../api/scholion';
import { useToastStore } from '../../api/userData';
import { useWorkChanges } from '../../api/workEdits';
import { useNavigation } from '../../app/navigation';
import { Modal } from '../../ui/Modal';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2 notes, 1 reading list and 1 paper's reference list" (or "nothing else"). */
export function describeReferences(refs: WorkReferences): string {
  const parts = [
    refs.notes.length && count(refs.notes.length, 'note'),
    refs.lists.length && count(refs.lists.length, 'reading list'),
    refs.userClaims.length && count(refs.userClaims.length, 'claim'),
    refs.documents.length &&
      count(refs.documents.length, 'paper’s reference list', 'papers’ reference lists'),
  ].filter(Boolean) as string[];
  if (parts.length === 0) return 'nothing else in the library';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export function RenameKeyDialog({ workKey, onClose }: { workKey: string; onClose: () => void }) {
  const { api } = useApiContext();
  const changes = useWorkChanges();
  const toasts = useToastStore();
  const nav = useNavigation();
  const [key, setKey] = useState(workKey);
  const [uses, setUses] = useState<WorkReferences | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.previewDeleteWorks({ keys: [workKey] }).then(
      (p) => live && setUses(p.works[0]?.usedBy ?? null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, workKey]);

  const submit = async () => {
    const newKey = key.trim();
    if (!newKey || newKey === workKey) return onClose();
    try {
      const done = await changes.run((a) => a.renameWorkKey({ key: workKey, newKey }), {
        rethrow: true,
      });
      if (!done) return;
      onClose();
      nav.selectWork(done.work.citationKey);
      toasts.show(
        `Key changed to ${done.work.citationKey}; ${describeReferences(done.updated)} updated.`,
      );
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <Modal title={`Change the key ${workKey}`} onClose={onClose} className="rename-key">
      <form
        className="dialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span className="field__label">New key</span>
          <input
            className="input rename-key__input"
            value={key}
            data-autofocus
            spellCheck={false}
            aria-invalid={problem ? true : undefined}
            aria-describedby="rename-key-help"
            onChange={(event) => {
              setKey(event.target.value);
              setProblem(null);
            }}
          />
        </label>
        <p id="rename-key-help" className={problem ? 'editor-field__problem' : 'muted'}>
          {problem ??
            'Lower-case ASCII letters and digits, starting with a letter (e.g. betts2011c).'}
        </p>
        <p>
          Changing it also updates{' '}
          {uses ? <strong>{describeReferences(uses)}</strong> : 'what uses it'}, all at once, and
          rewrites .bib files kept in sync. Manuscripts outside Scholion that cite{' '}
          <code>{workKey}</code> will need the new key.
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={!key.trim() || key.trim() === workKey}
          >
            Change key
          </button>
        </div>
      </form>
    </Modal>
  );
}
