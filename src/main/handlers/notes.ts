/** Notes methods: create, edit (autosave), trash and restore, list with filters, backlinks. */
import type { NotesOutputs } from '../../shared/contract';
import { NotFoundError } from '../../services/errors';
import type { NotesService } from '../../services/notes';
import type { HandlersOf } from './types';

/** Binds the notes methods to a NotesService. */
export function notesHandlers(notes: NotesService): HandlersOf<keyof NotesOutputs> {
  return {
    listNotes: async (filter) => notes.list(filter),
    queryNotes: async (query) => notes.page(query),
    notePassages: async ({ documentId }) => notes.passagesIn(documentId),
    listNoteLinkTargets: async ({ kind }) => notes.linkTargets(kind),
    getNote: async ({ id }) => {
      const note = await notes.get(id);
      if (!note) throw new NotFoundError(`No note with id ${id}.`);
      return { note, links: await notes.resolveLinks(note) };
    },
    createNote: async (input) => notes.create(input),
    updateNote: async ({ id, autosave, ...patch }) =>
      notes.update(id, patch, { autosave: autosave === true }),
    addNoteLinks: async ({ id, links }) => notes.addLinks(id, links),
    removeNoteLinks: async ({ id, links }) => notes.removeLinks(id, links),
    deleteNote: async ({ id }) => notes.delete(id),
    restoreNote: async ({ id }) => notes.restore(id),
    listNoteTags: async () => notes.tags(),
    notesForPassage: async (range) => notes.notesForPassage(range),
  };
}
