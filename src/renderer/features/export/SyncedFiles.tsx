// "Keep a file in sync": the files bound to the exported list (or the library), with a button to
// bind another (main asks where) and one to stop each.
import { useCallback, useEffect, useState } from 'react';
import type { ExportFormat } from '../../../core/formats/registry';
import type { SyncedExport, SyncTargetInput } from '../../../shared/contract';
import { useApiContext } from '../../api/ApiProvider';
import { errorMessage } from '../../api/scholion';

type FileFormat = ExportFormat;

const sameTarget = (a: SyncTargetInput, b: SyncTargetInput) =>
  a.kind === b.kind && (a.kind === 'library' || (b.kind === 'list' && a.listId === b.listId));

export function SyncedFiles({ target, format }: { target: SyncTargetInput; format: FileFormat }) {
  const { api } = useApiContext();
  const [bindings, setBindings] = useState<SyncedExport[] | null>(null);
  const [message, setMessage] = useState('');

  const targetKey = JSON.stringify(target);
  const reload = useCallback(() => {
    const wanted = JSON.parse(targetKey) as SyncTargetInput;
    return api.listSyncedExports({}).then(
      (all) => setBindings(all.filter((b) => sameTarget(b.target, wanted))),
      (error: unknown) => setMessage(errorMessage(error)),
    );
  }, [api, targetKey]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const bind = async () => {
    setMessage('');
    try {
      const result = await api.syncExportToFile({ target, format });
      if (result.bound) setMessage('Bound: the file is rewritten at every change.');
      await reload();
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };
  const unbind = async (binding: SyncedExport) => {
    try {
      await api.unsyncExport({ id: binding.id });
      setMessage(`${binding.path} is no longer kept in sync; the file stays as it is.`);
      await reload();
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };

  return (
    <section className="synced-files" aria-labelledby="synced-files-title">
      <h3 id="synced-files-title" className="pane__label">
        Keep a file in sync
      </h3>
      <p className="muted synced-files__hint">
        Scholion rewrites the file whenever {target.kind === 'list' ? 'the list' : 'the library'}{' '}
        changes, so a LaTeX or pandoc manuscript always sees the current works.
      </p>
      {bindings && bindings.length > 0 && (
        <ul className="synced-files__list">
          {bindings.map((b) => (
            <li key={b.id} className="synced-files__item">
              <code className="synced-files__path">{b.path}</code>
              {b.problem && <span className="synced-files__problem">{b.problem}</span>}
              <button type="button" className="link" onClick={() => void unbind(b)}>
                Stop syncing
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button--small" onClick={() => void bind()}>
        Keep a {format === 'csl-json' ? 'CSL-JSON' : format === 'ris' ? 'RIS' : '.bib'} file in
        sync…
      </button>
      <p className="muted synced-files__status" role="status">
        {message}
      </p>
    </section>
  );
}
