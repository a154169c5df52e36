// Autosave for the work editor: a change is saved a moment after the user stops typing; the
// state says what the user sees ("Saving…", "Saved", a problem); Ctrl/Cmd+Z steps back through
// the saved versions of this session. A save refused because the work changed elsewhere (the
// command line, a tag or file added from the pane) is saved again over the new revision when
// the fields the user changed were not changed there; otherwise it says which clash.
import { useCallback, useEffect, useRef, useState } from 'react';
import { toScholionError, type WorkFieldInfo } from '../../../../shared/contract';
import { errorMessage } from '../../../api/scholion';
import { useWorkChanges } from '../../../api/workEdits';
import { clashingFields, patchBetween, stateOf, type EditorState } from './editorState';

type Patch = NonNullable<ReturnType<typeof patchBetween>>;

const PAUSE_MS = 600;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string };

export function useWorkAutosave(
  workKey: string,
  initial: EditorState,
  revision: number,
  fields: readonly WorkFieldInfo[],
) {
  const changes = useWorkChanges();
  const [state, setState] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const saved = useRef(initial);
  const rev = useRef(revision);
  /** Versions saved before the current one, newest last (what Ctrl+Z goes back to). */
  const [history, setHistory] = useState<EditorState[]>([]);
  const busy = useRef(false);
  const latest = useRef(state);
  /** Counts finished saves: a change typed while one ran is saved after it. */
  const [saves, setSaves] = useState(0);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  /** Saves `patch` (made from `base`) against the revision the editor knows, rebased once. */
  const store = useCallback(
    async (patch: Patch, base: EditorState) => {
      const attempt = () =>
        changes.run(
          (api) => api.updateWork({ key: workKey, ...patch, expectedRevision: rev.current }),
          { rethrow: true },
        );
      try {
        return await attempt();
      } catch (error) {
        if (toScholionError(error).code !== 'conflict') throw error;
        const record = await changes.api.getWorkRecord({ key: workKey });
        const clash = clashingFields(base, stateOf(record, fields), patch, fields);
        if (clash.length) {
          throw new Error(
            `${clash.join(', ')} changed elsewhere (the command line or another window) while you edited; close and reopen the editor to see it, then change it again.`,
            { cause: error },
          );
        }
        rev.current = record.revision;
        return attempt();
      }
    },
    [changes, fields, workKey],
  );

  const save = useCallback(async () => {
    if (busy.current) return;
    const target = latest.current;
    const patch = patchBetween(saved.current, target, fields);
    if (!patch) {
      setStatus((s) => (s.kind === 'pending' ? { kind: 'idle' } : s));
      return;
    }
    busy.current = true;
    setStatus({ kind: 'saving' });
    try {
      const result = await store(patch, saved.current);
      if (result) {
        const before = saved.current;
        setHistory((h) => [...h, before]);
        saved.current = target;
        rev.current = result.work.revision ?? rev.current + 1;
      }
      setStatus({ kind: 'saved', at: new Date() });
    } catch (error) {
      setStatus({ kind: 'failed', message: errorMessage(error) });
    } finally {
      busy.current = false;
      setSaves((n) => n + 1);
    }
  }, [fields, store]);

  // A moment after the last change (and after a save, for what was typed meanwhile).
  useEffect(() => {
    if (state === saved.current || !patchBetween(saved.current, state, fields)) return;
    setStatus({ kind: 'pending' });
    const timer = setTimeout(() => void save(), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [state, save, saves, fields]);

  // Leaving the editor saves what is pending.
  useEffect(() => () => void save(), [save]);

  /** Ctrl/Cmd+Z: unsaved changes are dropped; else the last saved change is undone. */
  const undo = useCallback((): boolean => {
    if (patchBetween(saved.current, latest.current, fields)) {
      setState(saved.current);
      return true;
    }
    const previous = history[history.length - 1];
    if (!previous) return false;
    setHistory((h) => h.slice(0, -1));
    // Saving the older version is itself a change: it is not pushed back on the history.
    const undone = saved.current;
    setState(previous);
    void (async () => {
      const patch = patchBetween(undone, previous, fields);
      if (!patch) return;
      busy.current = true;
      setStatus({ kind: 'saving' });
      try {
        const result = await store(patch, undone);
        saved.current = previous;
        if (result) rev.current = result.work.revision ?? rev.current + 1;
        setStatus({ kind: 'saved', at: new Date() });
      } catch (error) {
        setStatus({ kind: 'failed', message: errorMessage(error) });
      } finally {
        busy.current = false;
        setSaves((n) => n + 1);
      }
    })();
    return true;
  }, [fields, history, store]);

  return {
    state,
    setState,
    status,
    undo,
    canUndo: history.length > 0 || status.kind === 'pending',
  };
}
