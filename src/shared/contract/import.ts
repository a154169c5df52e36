/**
 * Contract of import: a file's text is checked first (what is new, what duplicates a library
 * work and why, what cannot be read, by line) and nothing is written until the user applies the
 * plan with a decision for each duplicate.
 */
import { z } from 'zod';

export type DuplicateDecision = 'skip' | 'merge' | 'keep-both';
const decision = z.enum(['skip', 'merge', 'keep-both']);

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
   * unreadable entries imports only with `allowPartial`.
   */
  applyImport: z
    .object({
      planId: z.string().min(1).max(100),
      decisions: z
        .object({
          perItem: z.record(z.string().regex(/^\d+$/), decision).default({}),
          otherwise: decision.default('skip'),
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
