export * from './NotesService';
export { linkTarget, type NoteLinkInput } from './noteLinks';
export type { NoteFilter, PassageRange } from './noteFilters';
export type { NotePageQuery } from './notePages';
