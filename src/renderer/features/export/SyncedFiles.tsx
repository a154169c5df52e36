// "Keep a file in sync": the files bound to the exported list (or the library), with a button to
// bind another (main asks where) and one to stop each. A file edited outside Scholion is not
// rewritten: it says so and offers to import its changes, overwrite it (keeping a .bak) or stop.
import { useCallback, useEffect, useState } from 'react';
import type { ExportFormat } from '../../../core/formats/registry';
import type { SyncConflictAction, SyncedExport, SyncTargetInput } from '../../../shared/contract';
import { useApiContext } from '../../api/ApiProvider';
import { errorMessage } from '../../api/scholion';
import { useOpenExchange } from './requests';

type FileFormat = ExportFormat;

const sameTarget = (a: SyncTargetInput, b: SyncTargetInput) =>
  a.kind === b.kind && (a.kind === 'library' || (b.kind === 'list' && a.listId === b.listId));

export function SyncedFiles({ target, format }: { target: SyncTargetInput; format: FileFormat }) {
  const { api } = useApiContext();
  const [bindings, setBindings] = useState<SyncedExport[] | null>(null);
  const [message, setMessage] = useState('');
  const openExchange = useOpenExchange();

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

  const resolve = async (binding: SyncedExport, action: SyncConflictAction) => {
    setMessage('');
    try {
      const result = await api.resolveSyncedExport({ id: binding.id, action });
      if (result.action === 'import') {
        // The review replaces this dialog; overwrite afterwards to write the merged library.
        openExchange({ kind: 'import', plan: result.plan });
        return;
      }
      setMessage(
        result.action === 'overwrite'
          ? `${binding.path} was overwritten; the edited file is kept as ${binding.path}.bak.`
          : `${binding.path} is no longer kept in sync; the file stays as it is.`,
      );
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
              {b.problem && !b.editedOutside && (
                <span className="synced-files__problem">{b.problem}</span>
              )}
              {b.editedOutside ? (
                <span
                  className="synced-files__actions"
                  role="group"
                  aria-label={`Edited outside Scholion: ${b.path}`}
                >
                  <span className="synced-files__edited">
                    Edited outside Scholion ({new Date(b.editedOutside.modifiedAt).toLocaleString()}
                    )
                  </span>
                  {b.problem && <span className="synced-files__problem">{b.problem}</span>}
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => void resolve(b, 'import')}
                  >
                    Import its changes…
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => void resolve(b, 'overwrite')}
                  >
                    Overwrite (keep a .bak)
                  </button>
                  <button type="button" className="link" onClick={() => void resolve(b, 'unbind')}>
                    Stop syncing
                  </button>
                </span>
              ) : (
                <button type="button" className="link" onClick={() => void unbind(b)}>
                  Stop syncing
                </button>
              )}
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
