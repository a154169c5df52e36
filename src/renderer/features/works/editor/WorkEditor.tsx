// The work editor in the detail pane: the type, every field the type uses (CSL names with their
// BibTeX / BibLaTeX names beside), fields kept from another type, extra .bib fields; saved as
// the user types ("Saved"), Ctrl/Cmd+Z undoing the last edits; who edited each field shows.
import { useEffect, useState } from 'react';
import type { WorkFieldInfo, WorkRecord, WorkTypeInfo } from '../../../../shared/contract';
import { useApiContext } from '../../../api/ApiProvider';
import { errorMessage } from '../../../api/scholion';
import { useWorkTypes } from '../../../api/workEdits';
import { ErrorNote, Loading } from '../../../ui/Status';
import { stateOf, valuesOf, type EditorState } from './editorState';
import { fieldGroups, WorkFieldRows } from './WorkFieldRows';
import { useWorkAutosave, type SaveStatus } from './useAutosave';

/** The editor of `workKey`, once its record and the field table have loaded. */
export function WorkEditor({ workKey, onClose }: { workKey: string; onClose: () => void }) {
  const { api } = useApiContext();
  const types = useWorkTypes();
  const [record, setRecord] = useState<WorkRecord | { error: unknown } | null>(null);
  useEffect(() => {
    let live = true;
    api.getWorkRecord({ key: workKey }).then(
      (r) => live && setRecord(r),
      (error: unknown) => live && setRecord({ error }),
    );
    return () => {
      live = false;
    };
  }, [api, workKey]);

  if (types.status === 'error') return <ErrorNote error={types.error} what="the work types" />;
  if (record && 'error' in record) return <ErrorNote error={record.error} what="the record" />;
  if (types.status !== 'ready' || !record) return <Loading what="the record" />;
  return (
    <Editor
      workKey={workKey}
      record={record}
      types={types.data.types}
      fields={types.data.fields}
      onClose={onClose}
    />
  );
}

function statusText(status: SaveStatus, problems: number): string {
  if (problems) return problems === 1 ? 'A field needs fixing' : `${problems} fields need fixing`;
  switch (status.kind) {
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'failed':
      return `Not saved: ${status.message}`;
    default:
      return 'All changes are saved as you type';
  }
}

function Editor({
  workKey,
  record,
  types,
  fields,
  onClose,
}: {
  workKey: string;
  record: WorkRecord;
  types: readonly WorkTypeInfo[];
  fields: readonly WorkFieldInfo[];
  onClose: () => void;
}) {
  const [initial] = useState(() => stateOf(record, fields));
  const { state, setState, status, undo, canUndo } = useWorkAutosave(
    workKey,
    initial,
    record.revision,
    fields,
  );
  const [adding, setAdding] = useState('');
  const byCsl = new Map(fields.map((f) => [f.csl, f]));
  const { problems, notes } = valuesOf(state, fields);
  const shown = fieldGroups(
    state,
    types.find((t) => t.csl === state.type),
  );
  const problemCount = Object.keys(problems).length;
  const editedBy = (field: string) =>
    record.work.edited?.[field]?.actor === 'user' ? (
      <span className="edited-mark">edited by you</span>
    ) : null;

  const change = (next: Partial<EditorState>) => setState({ ...state, ...next });
  const addable = fields.filter(
    (f) => !shown.used.has(f.csl) && !shown.kept.includes(f.csl) && !shown.added.includes(f.csl),
  );

  return (
    <section
      className="work-editor"
      aria-label="Edit the record"
      onKeyDown={(event) => {
        if (
          (event.ctrlKey || event.metaKey) &&
          !event.shiftKey &&
          event.key.toLowerCase() === 'z'
        ) {
          if (undo()) event.preventDefault();
        }
      }}
    >
      <div className="work-editor__bar">
        <h3 className="pane__label">Edit the record</h3>
        <span
          className={`work-editor__status work-editor__status--${problemCount ? 'problem' : status.kind}`}
          role="status"
        >
          {statusText(status, problemCount)}
        </span>
        <button type="button" className="button button--small" disabled={!canUndo} onClick={undo}>
          Undo
        </button>
        <button type="button" className="button button--small" onClick={onClose}>
          Done
        </button>
      </div>

      <WorkFieldRows
        types={types}
        fields={fields}
        state={state}
        onChange={setState}
        problems={problems}
        notes={notes}
        badge={editedBy}
        showAdded
      />

      {addable.length > 0 && (
        <label className="editor-field editor-field--add">
          <span className="editor-field__label">Add a field</span>
          <select
            className="input"
            value={adding}
            onChange={(event) => {
              const csl = event.target.value;
              setAdding('');
              if (!csl) return;
              const info = byCsl.get(csl);
              if (info?.kind === 'names')
                change({ names: { ...state.names, [csl]: [{ family: '', given: '' }] } });
              else change({ texts: { ...state.texts, [csl]: '' } });
            }}
          >
            <option value="">Choose a field…</option>
            {addable.map((f) => (
              <option key={f.csl} value={f.csl}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
      )}

      {Object.keys(state.bib).length > 0 && (
        <div className="work-editor__bib" role="group" aria-label="Other BibTeX fields">
          <p className="work-editor__kept-note">
            Other BibTeX fields kept from the imported entry (written back on a .bib export):
          </p>
          {Object.entries(state.bib).map(([name, value]) => (
            <label key={name} className="editor-field">
              <span className="editor-field__label">
                <code>{name}</code> {editedBy(`bib:${name}`)}
              </span>
              <input
                className="input"
                value={value}
                onChange={(event) => change({ bib: { ...state.bib, [name]: event.target.value } })}
              />
            </label>
          ))}
        </div>
      )}
      {status.kind === 'failed' && (
        <p className="work-editor__error" role="alert">
          {status.message}
        </p>
      )}
    </section>
  );
}

export { errorMessage };
