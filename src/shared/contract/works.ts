/**
 * Contract of managing works by hand: add (typed or pasted), edit with history, rename a key,
 * tag, delete to the trash and restore. The trash methods serve every kind of deleted item
 * (works, notes, reading lists, user claims).
 */
import { z } from 'zod';
import type { Work } from '../../core/bibliography/model';
import type { TrashKind } from '../../core/userData/trash';
import { WORK_FIELDS, type WorkFieldInfo } from '../../core/works/fields';
import type { WorkRevision, FieldChange } from '../../core/works/history';
import type { DuplicateGroup, NotDuplicatePair } from '../../core/works/duplicates';
import type { PasteResult } from '../../core/works/paste';
import type { WorkEditResult, WorkRecord, WorkReferences } from '../../core/works/records';
import { WORK_TYPES, type WorkTypeInfo } from '../../core/works/types';
import { workKeySchema } from './userDataSchemas';

export { WORK_FIELDS, WORK_TYPES };
export type { WorkEditResult, WorkRecord, WorkReferences, DuplicateGroup, NotDuplicatePair };
export type { WorkFieldInfo, WorkTypeInfo, WorkRevision, FieldChange, PasteResult, TrashKind };

/** Field name -> value (typed text, CSL names or date, or null to remove). */
const fieldsSchema = z
  .record(z.string().min(1).max(100), z.unknown())
  .refine((r) => Object.keys(r).length <= 200, { message: 'at most 200 fields' });
const tagsSchema = z.array(z.string().max(100)).max(200);
const keysSchema = z.array(workKeySchema).min(1).max(100_000);
const trashKindSchema = z.enum(['work', 'note', 'list', 'userClaim', 'attachment']);

/** A .bib entry kept with a pasted record (see BibSource). */
const bibSourceSchema = z
  .object({
    format: z.enum(['bibtex', 'biblatex']),
    entryType: z.string().min(1).max(50),
    fields: z.record(z.string().min(1).max(100), z.string().max(1_000_000)),
  })
  .strict();

/** An item in the trash (works, lists, claims, and notes marked deleted). */
export interface TrashItemView {
  id: string;
  kind: TrashKind;
  itemId: string;
  label: string;
  deletedAt: string;
  /** Restore this to undo the delete it came from (all its items together). */
  batch: string;
  /** For a work merged into another: that work's key (restoring it undoes the merge). */
  mergedInto?: string;
}

/** Method name -> input schema. Outputs are typed in WorksOutputs. */
export const worksInputs = {
  /** The types offered when adding a work and every field, with BibTeX/BibLaTeX names. */
  listWorkTypes: z.object({}).strict(),
  /** One work as the editor shows it (by key or alias). */
  getWorkRecord: z.object({ key: workKeySchema }).strict(),
  /** The work's revisions, oldest first: who (user / import / parser), when, each field. */
  getWorkHistory: z.object({ key: workKeySchema }).strict(),
  /** The key the library's scheme would give a new work with these fields. */
  suggestWorkKey: z.object({ type: z.string().min(1).max(100), fields: fieldsSchema }).strict(),
  /**
   * Adds a work. Errors ('invalid') name the field: unknown type or field, invalid DOI or ISBN,
   * a bad or taken key.
   */
  createWork: z
    .object({
      type: z.string().min(1).max(100),
      fields: fieldsSchema,
      citationKey: workKeySchema.optional(),
      tags: tagsSchema.optional(),
      source: bibSourceSchema.optional(),
    })
    .strict(),
  /** Changes a work's type, fields (null removes) or kept .bib fields. */
  updateWork: z
    .object({
      key: workKeySchema,
      type: z.string().min(1).max(100).optional(),
      fields: fieldsSchema.optional(),
      bibFields: z
        .record(z.string().min(1).max(100), z.string().max(1_000_000).nullable())
        .optional(),
      /** Refused ('conflict') when the work changed elsewhere since this revision. */
      expectedRevision: z.number().int().min(1).optional(),
    })
    .strict(),
  /** Renames a key and every note, list item, claim and paper link that uses it, atomically. */
  renameWorkKey: z.object({ key: workKeySchema, newKey: workKeySchema }).strict(),
  /** Reads pasted text (BibTeX, RIS, CSL-JSON, a DOI or ISBN, a reference) as records to confirm. */
  parsePastedWork: z.object({ text: z.string().min(1).max(2_000_000) }).strict(),
  /** Adds and removes tags on many works at once. */
  tagWorks: z
    .object({ keys: keysSchema, add: tagsSchema.default([]), remove: tagsSchema.default([]) })
    .strict(),
  /** Every tag on works, with how many works carry it. */
  listWorkTags: z.object({}).strict(),
  /** What deleting these works would leave dangling (ask the user first when `wouldDangle`). */
  previewDeleteWorks: z.object({ keys: keysSchema }).strict(),
  /** Moves works to the trash (restoreFromTrash with the answered batch undoes it). */
  deleteWorks: z.object({ keys: keysSchema }).strict(),
  /** Everything in the trash, newest first. */
  listTrash: z.object({ kind: trashKindSchema.optional() }).strict(),
  /** Puts back a whole batch, or the last deletion of one item. */
  restoreFromTrash: z.union([
    z.object({ batch: z.string().min(1).max(200) }).strict(),
    z.object({ kind: trashKindSchema, itemId: z.string().min(1).max(200) }).strict(),
  ]),
  /**
   * Groups of likely duplicates (DOI, ISBN, title + year + first author, similar title), without
   * the pairs marked not duplicates.
   */
  findDuplicateWorks: z.object({}).strict(),
  /** Remembers that two works are not duplicates: the pair is never proposed again. */
  markNotDuplicates: z.object({ a: workKeySchema, b: workKeySchema }).strict(),
  /** Takes back a "not duplicates" answer (by the pair's id). */
  unmarkNotDuplicates: z.object({ id: z.string().min(1).max(500) }).strict(),
  /** The pairs marked not duplicates, newest first. */
  listNotDuplicates: z.object({}).strict(),
  /**
   * Merges `other` into `keep`: per field, `picks` says whose value stays (a gap is filled from
   * `other`); notes, list items, claims and paper links move to `keep`; `other` becomes an alias
   * and goes to the trash, where restoring it (`batch`) undoes the merge.
   */
  mergeWorks: z
    .object({
      keep: workKeySchema,
      other: workKeySchema,
      picks: z.record(z.string().min(1).max(100), z.enum(['keep', 'other'])).default({}),
    })
    .strict(),
  /** Deletes trash entries for good (all when `ids` is omitted). */
  emptyTrash: z
    .object({ ids: z.array(z.string().min(1).max(200)).max(100_000).optional() })
    .strict(),
} as const;

export interface WorksOutputs {
  listWorkTypes: { types: readonly WorkTypeInfo[]; fields: readonly WorkFieldInfo[] };
  getWorkRecord: WorkRecord;
  getWorkHistory: WorkRevision[];
  suggestWorkKey: string;
  createWork: WorkEditResult;
  updateWork: WorkEditResult;
  renameWorkKey: { work: Work; updated: WorkReferences };
  parsePastedWork: PasteResult;
  tagWorks: { changed: string[] };
  listWorkTags: { tag: string; count: number }[];
  previewDeleteWorks: {
    works: { key: string; label: string; deletable: boolean; usedBy: WorkReferences }[];
    wouldDangle: boolean;
  };
  deleteWorks: { batch: string; entries: TrashItemView[] };
  listTrash: TrashItemView[];
  restoreFromTrash: TrashItemView[];
  emptyTrash: { removed: number };
  findDuplicateWorks: DuplicateGroup[];
  markNotDuplicates: NotDuplicatePair;
  unmarkNotDuplicates: NotDuplicatePair;
  listNotDuplicates: NotDuplicatePair[];
  mergeWorks: { work: Work; moved: WorkReferences; batch: string };
}
