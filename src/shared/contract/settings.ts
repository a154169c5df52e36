/**
 * Contract of the user's app settings that the renderer reads and writes: reading positions, the
 * bibliography's columns and sort, saved filters.
 */
import { z } from 'zod';
import { idSchema } from './userDataSchemas';
import { WorkSortSchema, type WorkSort } from './library';

/**
 * Where the user stopped reading a document: the block at the top of the view and how far into
 * it, plus the character offset of that point, which still finds the place if block ids ever
 * change. Each document has its own.
 */
export interface ReadingPosition {
  /** Id of the block at the top of the view, e.g. "b12". */
  blockId: string;
  /** How far the top of the view is into that block, 0..1. */
  fraction: number;
  /** Character offset into `ParsedDocument.text` of the top of the view. */
  offset: number;
  /** ISO time the position was saved. */
  savedAt: string;
}

/** The bibliography's columns as shown (in order), widths in px of those resized, and the sort. */
export interface BibliographyLayout {
  columns: WorkSort[];
  widths: Partial<Record<WorkSort, number>>;
  sort: { key: WorkSort; direction: 'ascending' | 'descending' };
}

const yearSchema = z.number().int().min(0).max(9999).nullable();

/** What a saved filter asks of the works (queryWorks' filter, types, tags and years). */
export const SavedFilterQuerySchema = z
  .object({
    text: z.string().max(1000),
    types: z.array(z.string().min(1).max(60)).max(60),
    tags: z.array(z.string().min(1).max(200)).max(50),
    yearFrom: yearSchema,
    yearTo: yearSchema,
  })
  .strict();
export type SavedFilterQuery = z.infer<typeof SavedFilterQuerySchema>;

/** A named query over the works, shown in the sidebar. */
export interface SavedFilter {
  id: string;
  name: string;
  query: SavedFilterQuery;
  /** ISO time it was first saved. */
  createdAt: string;
}

/** Method name -> input schema. Outputs are typed in SettingsOutputs. */
export const settingsInputs = {
  getReadingPosition: z.object({ documentId: idSchema }).strict(),
  setReadingPosition: z
    .object({
      documentId: idSchema,
      blockId: z.string().min(1).max(200),
      fraction: z.number().min(0).max(1),
      offset: z.number().int().min(0).max(100_000_000),
    })
    .strict(),
  getBibliographyLayout: z.object({}).strict(),
  /** Changes what is given (columns shown, widths, sort); the title column is always shown. */
  setBibliographyLayout: z
    .object({
      columns: z.array(WorkSortSchema).max(20).optional(),
      widths: z.partialRecord(WorkSortSchema, z.number().min(1).max(5000)).optional(),
      sort: z
        .object({ key: WorkSortSchema, direction: z.enum(['ascending', 'descending']) })
        .strict()
        .optional(),
    })
    .strict(),
  listSavedFilters: z.object({}).strict(),
  /** A new filter (no id), a changed one (its id), or a deleted one brought back (its old id). */
  saveFilter: z
    .object({ id: idSchema.optional(), name: z.string().max(200), query: SavedFilterQuerySchema })
    .strict(),
  deleteSavedFilter: z.object({ id: idSchema }).strict(),
} as const;

export interface SettingsOutputs {
  /** null until the user has scrolled that document once. */
  getReadingPosition: ReadingPosition | null;
  /** The position as stored (with its savedAt). */
  setReadingPosition: ReadingPosition;
  getBibliographyLayout: BibliographyLayout;
  setBibliographyLayout: BibliographyLayout;
  listSavedFilters: SavedFilter[];
  saveFilter: SavedFilter;
  /** The deleted filter (saveFilter with it restores it). */
  deleteSavedFilter: SavedFilter;
}
