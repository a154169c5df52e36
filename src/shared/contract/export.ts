/**
 * Contract of export: any scope (library, selection, reading list, a note's or a claim's works,
 * one work) as BibTeX/BibLaTeX/RIS/CSL-JSON or a formatted bibliography, previewed, saved to a
 * file (main asks where) or copied; manuscript citations; files kept in sync with a list.
 */
import { z } from 'zod';
import { EXPORT_FORMAT_IDS, LOCALE_IDS, OUTPUT_FORMAT_IDS } from '../../core/formats/registry';
import { StyleIdSchema } from './library';
import { idSchema, workKeySchema } from './userDataSchemas';
import type { ImportPlanView } from './import';

/** What is exported. */
export const exportTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('library') }).strict(),
  z
    .object({ kind: z.literal('selection'), keys: z.array(workKeySchema).min(1).max(100_000) })
    .strict(),
  z.object({ kind: z.literal('list'), listId: idSchema }).strict(),
  z.object({ kind: z.literal('note'), noteId: idSchema }).strict(),
  z
    .object({
      kind: z.literal('claim'),
      claimId: idSchema,
      /** The claim's document; see the note claim link's `documentId` when omitted. */
      documentId: idSchema.nullable().optional(),
    })
    .strict(),
  /** The works a document cites and lists (its reference list, as library works). */
  z.object({ kind: z.literal('document'), documentId: idSchema }).strict(),
  z.object({ kind: z.literal('work'), key: workKeySchema }).strict(),
]);
export type ExportTargetInput = z.input<typeof exportTargetSchema>;

export const exportFileFormatSchema = z.enum(EXPORT_FORMAT_IDS);
/** A file format, or 'bibliography' (formatted in a style, as text, HTML or RTF). */
export const exportFormatSchema = z.enum([...EXPORT_FORMAT_IDS, 'bibliography']);
export type ExportFormatId = z.infer<typeof exportFormatSchema>;
export const LocaleIdSchema = z.enum(LOCALE_IDS);
export type LocaleIdInput = z.infer<typeof LocaleIdSchema>;
export const bibliographyOutputSchema = z.enum(OUTPUT_FORMAT_IDS);
export type BibliographyOutput = z.infer<typeof bibliographyOutputSchema>;

const exportRequest = z
  .object({
    target: exportTargetSchema,
    format: exportFormatSchema,
    /** For 'bibliography': the style (default APA), locale (the style's own) and markup. */
    style: StyleIdSchema.default('apa'),
    locale: LocaleIdSchema.optional(),
    output: bibliographyOutputSchema.default('text'),
  })
  .strict();
export type ExportRequestInput = z.input<typeof exportRequest>;

/** How a citation is written into a manuscript. */
export const citationFormSchema = z.enum(['pandoc', 'latex-parencite', 'latex-citep', 'in-text']);
export type CitationForm = z.infer<typeof citationFormSchema>;

/** What a file is kept in sync with. */
export const syncTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('library') }).strict(),
  z.object({ kind: z.literal('list'), listId: idSchema }).strict(),
]);
export type SyncTargetInput = z.input<typeof syncTargetSchema>;

/** An export, ready to show, save or copy. */
export interface ExportPreview {
  content: string;
  /** How many works it holds. */
  count: number;
  /** "the reading list “Partnerships”" */
  description: string;
  /** A suggested file name, e.g. "Partnerships.bib". */
  fileName: string;
  mimeType: string;
  /**
   * With `forClipboard` and a formatted bibliography: the same entries as plain text and as
   * HTML, for a clipboard that carries both (RTF cannot go on a web clipboard).
   */
  clipboard: { text: string; html: string | null } | null;
}

export type SaveExportResult = { saved: true; path: string; count: number } | { saved: false };

/** A file kept in sync with a reading list or the library. */
export interface SyncedExport {
  id: string;
  target: SyncTargetInput;
  path: string;
  format: z.infer<typeof exportFileFormatSchema>;
  createdAt: string;
  description: string;
  lastWrittenAt: string | null;
  problem: string | null;
  /**
   * Set when the file was changed outside Scholion since Scholion last wrote it: Scholion does
   * not overwrite it until the user chooses (resolveSyncedExport). ISO times.
   */
  editedOutside: { detectedAt: string; modifiedAt: string } | null;
}

/** What to do with a synced file that was edited outside Scholion. */
export const syncConflictActionSchema = z.enum(['overwrite', 'import', 'unbind']);
export type SyncConflictAction = z.infer<typeof syncConflictActionSchema>;

/** After resolveSyncedExport: the binding, and for 'import' the plan to review. */
export type ResolveSyncedExportResult =
  | { action: 'overwrite' | 'unbind'; binding: SyncedExport }
  | { action: 'import'; binding: SyncedExport; plan: ImportPlanView };

export type SyncExportResult = { bound: true; binding: SyncedExport } | { bound: false };

/** Method name -> input schema. Outputs are typed in ExportOutputs. */
export const exportInputs = {
  previewExport: exportRequest.extend({ forClipboard: z.boolean().default(false) }).strict(),
  /** Asks where to save (a native dialog), then writes the file atomically. */
  saveExport: exportRequest,
  /** A citation for a manuscript, e.g. `[@betts2011c, p. 41]` or "(Betts 2011c, 41)". */
  formatCitation: z
    .object({
      cites: z
        .array(
          z.object({ key: workKeySchema, locator: z.string().trim().max(100).optional() }).strict(),
        )
        .min(1)
        .max(500),
      form: citationFormSchema,
      style: StyleIdSchema.default('chicago-author-date'),
      locale: LocaleIdSchema.optional(),
    })
    .strict(),
  listSyncedExports: z.object({}).strict(),
  /** Asks for the file (a native save dialog), binds it and writes it now. */
  syncExportToFile: z
    .object({ target: syncTargetSchema, format: exportFileFormatSchema.default('bibtex') })
    .strict(),
  unsyncExport: z.object({ id: z.string().min(1).max(100) }).strict(),
  /**
   * For a synced file edited outside Scholion: overwrite it with Scholion's version (the edited
   * file is kept as `<file>.bak`), plan an import of its changes (reviewed like any import), or
   * stop syncing it.
   */
  resolveSyncedExport: z
    .object({ id: z.string().min(1).max(100), action: syncConflictActionSchema })
    .strict(),
} as const;

export interface ExportOutputs {
  previewExport: ExportPreview;
  saveExport: SaveExportResult;
  formatCitation: { text: string };
  listSyncedExports: SyncedExport[];
  syncExportToFile: SyncExportResult;
  unsyncExport: SyncedExport;
  resolveSyncedExport: ResolveSyncedExportResult;
}
