// The export dialog: what to export, in which format (or formatted bibliography), a live preview
// of exactly what will be written, then save to a file or copy.
import { useEffect, useMemo, useState } from 'react';
import type { ExportRequestInput, ExportTargetInput } from '../../../shared/contract';
import { useApiContext } from '../../api/ApiProvider';
import { errorMessage } from '../../api/scholion';
import { useReadingLists, useUserDataActions } from '../../api/userData';
import { Modal } from '../../ui/Modal';
import { copyRich } from './clipboard';
import { ExportOptions, type ScopeChoice } from './ExportOptions';
import { countWorks } from './labels';
import { savePreferences, useExportPreferences } from './preferences';
import { SyncedFiles } from './SyncedFiles';
import { useExportPreview } from './useExportPreview';

/** Beyond this many characters the preview shows the start only (the file gets everything). */
const PREVIEW_LIMIT = 200_000;

const targetId = (target: ExportTargetInput): string =>
  target.kind === 'library'
    ? 'library'
    : target.kind === 'list'
      ? `list:${target.listId}`
      : 'given';

interface Props {
  target: ExportTargetInput;
  what: string;
  onClose: () => void;
}

export function ExportDialog({ target, what, onClose }: Props) {
  const { api } = useApiContext();
  const lists = useReadingLists();
  const { refresh } = useUserDataActions();
  // The lists may have changed since they were last shown (e.g. by the CLI): read them afresh.
  useEffect(() => refresh('lists'), [refresh]);
  const prefs = useExportPreferences();
  const [scopeId, setScopeId] = useState(() => targetId(target));
  const [status, setStatus] = useState('');

  const { scopes, targets } = useMemo(() => {
    const choices: ScopeChoice[] = [];
    const byId = new Map<string, ExportTargetInput>();
    if (target.kind !== 'library' && target.kind !== 'list') {
      choices.push({ id: 'given', label: what });
      byId.set('given', target);
    }
    choices.push({ id: 'library', label: 'The whole library' });
    byId.set('library', { kind: 'library' });
    const known = lists.status === 'ready' ? lists.data : [];
    if (target.kind === 'list' && !known.some((l) => l.id === target.listId)) {
      choices.push({ id: targetId(target), label: what });
      byId.set(targetId(target), target);
    }
    for (const list of known) {
      choices.push({ id: `list:${list.id}`, label: `Reading list “${list.name}”` });
      byId.set(`list:${list.id}`, { kind: 'list', listId: list.id });
    }
    return { scopes: choices, targets: byId };
  }, [target, what, lists]);

  const chosen = targets.get(scopeId) ?? target;
  const request: ExportRequestInput = {
    target: chosen,
    format: prefs.format,
    ...(prefs.format === 'bibliography'
      ? {
          style: prefs.style,
          output: prefs.output,
          ...(prefs.locale === 'default' ? {} : { locale: prefs.locale }),
        }
      : {}),
  };
  const preview = useExportPreview(request);
  const shown =
    preview.status === 'ready' ? preview.data : preview.status === 'loading' ? preview.last : null;

  const save = async () => {
    setStatus('');
    try {
      const result = await api.saveExport(request);
      if (result.saved) setStatus(`Saved ${countWorks(result.count)} to ${result.path}.`);
    } catch (error) {
      setStatus(errorMessage(error));
    }
  };
  const copy = async () => {
    setStatus('');
    try {
      const { clipboard, count } = await api.previewExport({ ...request, forClipboard: true });
      const done = clipboard && (await copyRich(clipboard));
      setStatus(
        done
          ? `Copied ${countWorks(count)}${clipboard.html ? ' (formatted, with plain text)' : ''}.`
          : 'Could not copy: select the preview and copy it, or save to a file.',
      );
    } catch (error) {
      setStatus(errorMessage(error));
    }
  };

  const syncTarget = chosen.kind === 'library' || chosen.kind === 'list' ? chosen : null;
  const fileFormat = prefs.format === 'bibliography' ? null : prefs.format;

  return (
    <Modal title="Export" onClose={onClose} className="export-dialog">
      <div className="export-dialog__body">
        <div className="export-dialog__side">
          <ExportOptions
            scopes={scopes}
            scopeId={scopeId}
            onScope={(id) => {
              setScopeId(id);
              setStatus('');
            }}
            prefs={prefs}
            onChange={(change) => {
              savePreferences(change);
              setStatus('');
            }}
          />
          {syncTarget && fileFormat && <SyncedFiles target={syncTarget} format={fileFormat} />}
        </div>
        <section className="export-preview" aria-labelledby="export-preview-title">
          <header className="export-preview__bar">
            <h3 id="export-preview-title" className="pane__label">
              Preview
            </h3>
            <span className="muted" role="status">
              {shown
                ? `${countWorks(shown.count)} · ${shown.fileName}`
                : preview.status === 'loading'
                  ? 'Preparing…'
                  : ''}
            </span>
          </header>
          {preview.status === 'error' ? (
            <p className="export-preview__error" role="alert">
              {preview.message}
            </p>
          ) : (
            <pre
              className={`export-preview__code${preview.status === 'loading' ? ' export-preview__code--stale' : ''}`}
              tabIndex={0}
              aria-label="Preview of the export"
              aria-busy={preview.status === 'loading'}
            >
              {shown
                ? shown.content.length > PREVIEW_LIMIT
                  ? `${shown.content.slice(0, PREVIEW_LIMIT)}\n… (the file holds all ${countWorks(shown.count)})`
                  : shown.content
                : ''}
            </pre>
          )}
        </section>
      </div>
      <footer className="export-dialog__footer">
        <p className="export-dialog__status" role="status">
          {status}
        </p>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="button"
          disabled={preview.status !== 'ready'}
          onClick={() => void copy()}
        >
          Copy
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={preview.status !== 'ready'}
          onClick={() => void save()}
        >
          Save to file…
        </button>
      </footer>
    </Modal>
  );
}
