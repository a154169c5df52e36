// Creating a note from anywhere (a card, a work, a claim, a passage) and opening it for editing.
import { useCallback } from 'react';
import type { NoteLinkInput } from '../../../shared/contract';
import { useUserDataActions } from '../../api/userData';
import { useNavigation } from '../../app/navigation';

/** Creates a note with `links` and opens it in the drawer over the current view. */
export function useCreateNote(): (
  links: NoteLinkInput[],
  title?: string,
) => Promise<string | null> {
  const { run } = useUserDataActions();
  const { editNoteInPlace } = useNavigation();
  return useCallback(
    async (links, title = '') => {
      const note = await run(
        (api) => api.createNote({ title, body: '', tags: [], links }),
        ['notes'],
      );
      if (!note) return null;
      editNoteInPlace(note.id);
      return note.id;
    },
    [run, editNoteInPlace],
  );
}
