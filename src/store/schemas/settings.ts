/**
 * The app's settings file (`settings.json`): where the user stopped reading each document, the
 * bibliography's columns, and the user's saved filters.
 * Version history:
 * - v1: `readingPosition`, one position (the bundled paper's, the only document then).
 * - v2: `readingPositions`, one per document id.
 * - v3: `bibliography` (columns shown, their widths, the sort) and `savedFilters`.
 */
import { z } from 'zod';
import { BUNDLED_DOCUMENT_ID } from '../../core/documents/ids';
import type { FileSpec, Migration } from '../fileSpec';
import { parseWith } from './validate';

export const SETTINGS_FILE = 'settings.json';
const KIND = 'settings';
const VERSION = 3;

const positionSchema = z.object({
  blockId: z.string().min(1),
  fraction: z.number().min(0).max(1),
  offset: z.number().int().min(0),
  savedAt: z.string(),
});

/**
 * The bibliography table as the user left it. Column names are kept as strings: the service
 * drops names it does not know (a column a later version removed) instead of refusing the file.
 */
const bibliographyLayoutSchema = z.object({
  /** Columns shown, in order. */
  columns: z.array(z.string()),
  /** Column -> width in px, for the columns the user resized. */
  widths: z.record(z.string(), z.number().positive()),
  sort: z.object({ key: z.string(), direction: z.enum(['ascending', 'descending']) }).nullable(),
});

/** A named query over the works: text, types, tags and a year range. */
const savedFilterSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  query: z.object({
    text: z.string(),
    types: z.array(z.string()),
    tags: z.array(z.string()),
    yearFrom: z.number().int().nullable(),
    yearTo: z.number().int().nullable(),
  }),
  createdAt: z.string(),
});

const settingsSchema = z.object({
  schemaVersion: z.literal(VERSION),
  kind: z.literal(KIND),
  /** By document id. */
  readingPositions: z.record(z.string(), positionSchema),
  /** Null until the user changes the bibliography's columns or sort. */
  bibliography: bibliographyLayoutSchema.nullable(),
  savedFilters: z.array(savedFilterSchema),
});

export type StoredBibliographyLayout = z.infer<typeof bibliographyLayoutSchema>;
export type StoredSavedFilter = z.infer<typeof savedFilterSchema>;

export type SettingsFile = z.infer<typeof settingsSchema>;

/** v1 → v2: the one reading position was the bundled paper's. */
export const settingsV1toV2: Migration = (file) => {
  const position = positionSchema
    .nullable()
    .catch(null)
    .parse(file.readingPosition ?? null);
  return {
    kind: KIND,
    readingPositions: position ? { [BUNDLED_DOCUMENT_ID]: position } : {},
  };
};

/** v2 → v3: the default bibliography layout, no saved filter. */
export const settingsV2toV3: Migration = (file) => ({
  ...file,
  bibliography: null,
  savedFilters: [],
});

export const settingsFileSpec: FileSpec<SettingsFile> = {
  kind: KIND,
  schemaVersion: VERSION,
  empty: () => ({
    schemaVersion: VERSION,
    kind: KIND,
    readingPositions: {},
    bibliography: null,
    savedFilters: [],
  }),
  migrations: { 1: settingsV1toV2, 2: settingsV2toV3 },
  // Files written before settings joined the store carry no `kind`.
  validate: (data) => parseWith(settingsSchema, { ...(data as object), kind: KIND }),
  pretty: true,
};
