/** Contract of reading lists: ordered works with a status and a comment each; export. */
import { z } from 'zod';
import { EXPORT_FORMAT_IDS } from '../../core/formats/registry';
import type { ReadingList, ReadingListItem, ReadingStatus } from '../../core/userData/lists';
import { idSchema, workKeySchema } from './userDataSchemas';

export type { ReadingList, ReadingListItem, ReadingStatus };

const listId = idSchema;
const name = z.string().max(200);
const status = z.enum(['to-read', 'reading', 'read']);
const workKeys = z.array(workKeySchema).min(1).max(10_000);

/** Formats a list exports to. */
export const listExportFormatSchema = z.enum(EXPORT_FORMAT_IDS);
export type ListExportFormat = z.infer<typeof listExportFormatSchema>;

/** What addToReadingList did. */
export interface AddToListResult {
  list: ReadingList;
  /** Keys added, canonical, in order. */
  added: string[];
  /** Keys that were on the list already. */
  alreadyPresent: string[];
}

/** An exported list, ready to save as a file. */
export interface ExportedList {
  /** A suggested file name, e.g. "Migration partnerships.bib". */
  fileName: string;
  mimeType: string;
  content: string;
}

/** Method name -> input schema. Outputs are typed in ListsOutputs. */
export const listsInputs = {
  listReadingLists: z.object({}).strict(),
  createReadingList: z.object({ name }).strict(),
  renameReadingList: z.object({ listId, name }).strict(),
  deleteReadingList: z.object({ listId }).strict(),
  /** Undoes a deletion made by this app run. */
  restoreReadingList: z.object({ listId }).strict(),
  addToReadingList: z.object({ listId, workKeys, status: status.optional() }).strict(),
  removeFromReadingList: z.object({ listId, workKeys }).strict(),
  /** Undoes a removeFromReadingList of this app run: the works go back where they were. */
  restoreToReadingList: z.object({ listId, workKeys }).strict(),
  moveReadingListItem: z
    .object({ listId, workKey: workKeySchema, toIndex: z.number().int().min(0).max(1_000_000) })
    .strict(),
  setReadingListItemStatus: z.object({ listId, workKey: workKeySchema, status }).strict(),
  setReadingListItemComment: z
    .object({ listId, workKey: workKeySchema, comment: z.string().max(10_000) })
    .strict(),
  exportReadingList: z
    .object({ listId, format: listExportFormatSchema.default('bibtex') })
    .strict(),
} as const;

export interface ListsOutputs {
  /** By name. */
  listReadingLists: ReadingList[];
  createReadingList: ReadingList;
  renameReadingList: ReadingList;
  deleteReadingList: ReadingList;
  restoreReadingList: ReadingList;
  addToReadingList: AddToListResult;
  removeFromReadingList: ReadingList;
  restoreToReadingList: ReadingList;
  moveReadingListItem: ReadingList;
  setReadingListItemStatus: ReadingList;
  setReadingListItemComment: ReadingList;
  exportReadingList: ExportedList;
}
