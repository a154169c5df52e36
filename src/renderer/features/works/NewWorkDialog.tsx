// "New work": choose a type and fill in the fields it uses, or paste a reference, a BibTeX /
// RIS / CSL-JSON entry, a DOI or an ISBN and confirm the record read from it. The key the
// library's scheme proposes is shown and can be changed.
import { useEffect, useRef, useState } from 'react';
import type { BibSource } from '../../../core/bibliography/model';
import type { PasteResult, WorkFieldInfo, WorkTypeInfo } from '../../../shared/contract';
import { useApiContext } from '../../api/ApiProvider';
import { errorMessage } from '../../api/scholion';
import { useToastStore } from '../../api/userData';
import { useWorkChanges, useWorkTypes } from '../../api/workEdits';
import { useNavigation } from '../../app/navigation';
import { Modal } from '../../ui/Modal';
import { ErrorNote, Loading } from '../../ui/Status';
import { stateOfCsl, valuesOf, type EditorState } from './editor/editorState';
import { WorkFieldRows } from './editor/WorkFieldRows';

const EMPTY: EditorState = { type: 'article-journal', texts: {}, names: {}, bib: {} };

export function NewWorkDialog({ onClose }: { onClose: () => void }) {
  const types = useWorkTypes();
  return (
    <Modal title="New work" onClose={onClose} className="new-work">
      {types.status === 'error' ? (
        <ErrorNote error={types.error} what="the work types" />
      ) : types.status !== 'ready' ? (
        <Loading what="the work types" />
      ) : (
        <NewWorkForm types={types.data.types} fields={types.data.fields} onClose={onClose} />
      )}
    </Modal>
  );
}

/** Fields with a value, as createWork takes them. */
function filled(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== ''));
}

function NewWorkForm({
  types,
  fields,
  onClose,
}: {
  types: readonly WorkTypeInfo[];
  fields: readonly WorkFieldInfo[];
  onClose: () => void;
}) {
  const { api } = useApiContext();
  const changes = useWorkChanges();
  const toasts = useToastStore();
  const nav = useNavigation();
  const [mode, setMode] = useState<'type' | 'paste'>('type');
  const [state, setState] = useState<EditorState>(EMPTY);
  const [source, setSource] = useState<BibSource | undefined>(undefined);
  const [pasted, setPasted] = useState('');
  const [reading, setReading] = useState<PasteResult | null>(null);
  const [key, setKey] = useState('');
  const [keyTyped, setKeyTyped] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const body = useRef<HTMLDivElement>(null);
  // Switching between filling in and pasting keeps the focus in the dialog (Escape still closes).
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    body.current
      ?.querySelector<HTMLElement>('[role="tabpanel"] textarea, [role="tabpanel"] select')
      ?.focus();
  }, [mode]);
  const { values, problems, notes } = valuesOf(state, fields);
  const fieldsJson = JSON.stringify(filled(values));

  // The key the library's scheme would give, while the user has not typed one.
  useEffect(() => {
    if (keyTyped) return;
    let live = true;
    const timer = setTimeout(() => {
      api
        .suggestWorkKey({
          type: state.type,
          fields: JSON.parse(fieldsJson) as Record<string, unknown>,
        })
        .then(
          (k) => live && setKey(k),
          () => undefined,
        );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, state.type, fieldsJson, keyTyped]);

  const readPaste = async () => {
    setProblem(null);
    try {
      const result = await api.parsePastedWork({ text: pasted });
      setReading(result);
      const first = result.candidates[0];
      if (!first) return;
      setState(stateOfCsl(first.csl, fields));
      setSource(first.source);
      if (first.key) {
        setKey(first.key);
        setKeyTyped(true);
      }
      setMode('type');
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const create = async () => {
    setProblem(null);
    if (Object.keys(problems).length) {
      setProblem('Fix the marked fields first.');
      // The first marked field may be scrolled out of sight: take the user to it.
      body.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    try {
      const result = await changes.run(
        (a) =>
          a.createWork({
            type: state.type,
            fields: filled(values),
            ...(key.trim() ? { citationKey: key.trim() } : {}),
            ...(source ? { source } : {}),
          }),
        { rethrow: true },
      );
      if (!result) return;
      onClose();
      nav.openWork(result.work.citationKey);
      toasts.show(`Added ${result.work.citationKey} to the library.`);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <div className="new-work__body" ref={body}>
      <div className="new-work__modes" role="tablist" aria-label="How to add it">
        <button
          type="button"
          role="tab"
          aria-selected={mode === 'type'}
          className="new-work__mode"
          onClick={() => setMode('type')}
        >
          Fill in the fields
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={mode === 'paste'}
          className="new-work__mode"
          onClick={() => setMode('paste')}
        >
          Paste to add
        </button>
      </div>

      {mode === 'paste' ? (
        <div className="new-work__paste" role="tabpanel" aria-label="Paste to add">
          <label className="field">
            <span className="field__label">
              A formatted reference, a BibTeX, RIS or CSL-JSON entry, a DOI or an ISBN
            </span>
            <textarea
              className="input new-work__pasted"
              rows={8}
              data-autofocus
              value={pasted}
              placeholder="Betts, A. (2011). Global Migration Governance. Oxford University Press."
              onChange={(event) => setPasted(event.target.value)}
            />
          </label>
          <p className="muted">
            Scholion works offline: a DOI or ISBN is kept on the record but cannot be looked up; you
            fill in the rest.
          </p>
          {reading && reading.candidates.length === 0 && (
            <ul className="new-work__notes" role="alert">
              {reading.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={!pasted.trim()}
              onClick={() => void readPaste()}
            >
              Read it
            </button>
          </div>
        </div>
      ) : (
        <form
          className="new-work__form"
          role="tabpanel"
          aria-label="Fill in the fields"
          onSubmit={(event) => {
            event.preventDefault();
            void create();
          }}
        >
          {reading && reading.candidates.length > 0 && (
            <div className="new-work__read" role="status">
              <p>
                Read as {reading.kind === 'reference' ? 'a formatted reference' : reading.kind}
                {reading.candidates.length > 1
                  ? `: ${reading.candidates.length} entries, the first shown (Import adds them all)`
                  : ''}
                . Check the fields, then add it.
              </p>
              {reading.notes.length > 0 && (
                <ul className="new-work__notes">
                  {reading.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <WorkFieldRows
            types={types}
            fields={fields}
            state={state}
            onChange={setState}
            problems={problems}
            notes={notes}
            autoFocusType={!reading}
          />
          <label className="editor-field">
            <span className="editor-field__label">
              Citation key
              <span className="editor-field__bib">
                proposed by the library’s scheme; yours to change
              </span>
            </span>
            <input
              className="input new-work__key"
              value={key}
              spellCheck={false}
              onChange={(event) => {
                setKey(event.target.value);
                setKeyTyped(event.target.value.trim() !== '');
              }}
            />
          </label>
          {problem && (
            <p className="editor-field__problem" role="alert">
              {problem}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button--primary">
              Add to the library
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
