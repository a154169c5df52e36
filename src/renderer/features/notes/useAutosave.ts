// Saves a note's fields a moment after the user stops typing, and says how far saving got.
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/scholion';
import { useUserDataActions } from '../../api/userData';

export interface NoteFields {
  title: string;
  body: string;
  tags: string[];
}

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string };

const DELAY_MS = 400;

/** Call `change` on every edit; the fields are saved after a pause, and when the editor closes. */
export function useAutosave(noteId: string): {
  state: SaveState;
  change: (fields: NoteFields) => void;
  flush: () => Promise<void>;
} {
  const { api, refresh } = useUserDataActions();
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const pending = useRef<NoteFields | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const fields = pending.current;
    if (!fields) return;
    pending.current = null;
    setState({ kind: 'saving' });
    try {
      await api.updateNote({ id: noteId, ...fields, autosave: true });
      if (!pending.current) setState({ kind: 'saved' });
      refresh('notes');
    } catch (error) {
      pending.current ??= fields; // keep the edit, to retry with the next one
      setState({ kind: 'failed', message: errorMessage(error) });
    }
  }, [api, noteId, refresh]);

  const change = useCallback(
    (fields: NoteFields) => {
      pending.current = fields;
      setState({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    },
    [flush],
  );

  // Closing the editor saves what is left.
  useEffect(() => () => void flush(), [flush]);

  return { state, change, flush };
}
