/**
 * The app's settings file (`settings.json`): where the user stopped reading each document.
 * Version history:
 * - v1: `readingPosition`, one position (the bundled paper's, the only document then).
 * - v2: `readingPositions`, one per document id.
 */
import { z } from 'zod';
import { BUNDLED_DOCUMENT_ID } from '../../core/documents/ids';
import type { FileSpec, Migration } from '../fileSpec';
import { parseWith } from './validate';

export const SETTINGS_FILE = 'settings.json';
const KIND = 'settings';
const VERSION = 2;

const positionSchema = z.object({
  blockId: z.string().min(1),
  fraction: z.number().min(0).max(1),
  offset: z.number().int().min(0),
  savedAt: z.string(),
});

const settingsSchema = z.object({
  schemaVersion: z.literal(VERSION),
  kind: z.literal(KIND),
  /** By document id. */
  readingPositions: z.record(z.string(), positionSchema),
});

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

export const settingsFileSpec: FileSpec<SettingsFile> = {
  kind: KIND,
  schemaVersion: VERSION,
  empty: () => ({ schemaVersion: VERSION, kind: KIND, readingPositions: {} }),
  migrations: { 1: settingsV1toV2 },
  // Files written before settings joined the store carry no `kind`.
  validate: (data) => parseWith(settingsSchema, { ...(data as object), kind: KIND }),
  pretty: true,
};
