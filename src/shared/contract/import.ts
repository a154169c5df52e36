/**
 * Contract of import: a file's text is checked first (what is new, what duplicates a library
 * work and why, what cannot be read, by line) and nothing is written until the user applies the
 * plan with a decision for each duplicate.
 */
import { z } from 'zod';

export type DuplicateDecision = 'skip' | 'merge' | 'keep-both';
const decision = z.enum(['skip', 'merge', 'keep-both']);

/** Which value a merged record keeps for a field: the library work's or the file entry's. */
export type FieldChoice = 'library' | 'file';
const fieldChoice = z.enum(['library', 'file']);
const itemIndex = z.string().regex(/^\d+$/);

/** One field of a duplicate and its library work, as text, side by side. */
export interface MergeFieldView {
  /** CSL field name, e.g. "title", "issued". */
  name: string;
  /** The library work's value ('' when it has none). */
  library: string;
  /** The file entry's value ('' when it has none). */
  file: string;
}

/** Why an entry was taken for a library work. */
export type MatchReason = 'same-entry' | 'doi' | 'doi-in-file' | 'isbn' | 'title-year-author';

/** One readable entry of the file. */
export interface ImportItemView {
  /** What decisions refer to. */
  index: number;
  line: number;
  /** The entry's own key as written (null for RIS and some CSL-JSON). */
  entryKey: string | null;
  /** The key the work gets if added. */
  key: string;
  /** Set when the entry's own key belongs to another work (so `key` is a new one). */
  keyTakenBy: string | null;
  /** "Smith 2019" */
  label: string;
  title: string;
  /** CSL type, e.g. "article-journal". */
  type: string;
  status: 'new' | 'duplicate';
  /** For duplicates: the library work it matches, and why. */
  duplicate: {
    key: string;
    label: string;
    title: string;
    reason: MatchReason;
    /** "same DOI" */
    reasonText: string;
    /** Every field either record has, for choosing per field what a merge keeps. */
    fields: MergeFieldView[];
  } | null;
  warnings: string[];
}

/** What importing a file would do; nothing has been written. */
export interface ImportPlanView {
  /** Refers to this plan in applyImport (valid for this run of the app). */
  planId: string;
  fileName: string | null;
  format: 'bibtex' | 'ris' | 'csl-json';
  counts: { readable: number; new: number; duplicates: number; unreadable: number };
  items: ImportItemView[];
  /** Unreadable entries, by line, with a message naming line and entry. */
  errors: { line: number; key: string | null; message: string }[];
}

/** What an import did. */
export interface ImportResultView {
  /** Keys of the works added. */
  added: string[];
  /** Keys of library works that took in missing fields. */
  merged: string[];
  skipped: { line: number; duplicateOf: string }[];
  /** Unreadable entries left out (partial import). */
  leftOut: { line: number; key: string | null; message: string }[];
  /** Lines of the entries the user left out. */
  excluded: number[];
}

/** Method name -> input schema. Outputs are typed in ImportOutputs. */
export const importInputs = {
  /** Reads the text of a .bib, .ris or CSL-JSON file and plans its import; writes nothing. */
  planImport: z
    .object({
      text: z.string().max(100_000_000),
      fileName: z.string().trim().max(500).optional(),
    })
    .strict(),
  /**
   * Imports a plan: new entries are added; each duplicate is skipped, merged into its library
   * work (which keeps its key, notes and values) or kept as a second work. A file with
   * unreadable entries imports only with `allowPartial`. Items in `exclude` are not imported;
   * `fields` picks per field whether a merge keeps the library's or the file's value.
   */
  applyImport: z
    .object({
      planId: z.string().min(1).max(100),
      decisions: z
        .object({
          perItem: z.record(itemIndex, decision).default({}),
          otherwise: decision.default('skip'),
          /** Plan item indices left out of the import. */
          exclude: z.array(z.number().int().min(0)).max(1_000_000).default([]),
          /** Per merged item: field name -> which record's value the merge keeps. */
          fields: z
            .record(itemIndex, z.record(z.string().min(1).max(100), fieldChoice))
            .default({}),
        })
        .strict(),
      allowPartial: z.boolean().default(false),
    })
    .strict(),
} as const;

export interface ImportOutputs {
  planImport: ImportPlanView;
  applyImport: ImportResultView;
}
