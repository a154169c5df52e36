/** The app's settings file (`settings.json`), version 1: where the user stopped reading. */
import { z } from 'zod';
import type { FileSpec } from '../fileSpec';
import { parseWith } from './validate';

export const SETTINGS_FILE = 'settings.json';
const KIND = 'settings';

const settingsSchema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal(KIND),
  readingPosition: z
    .object({
      blockId: z.string().min(1),
      fraction: z.number().min(0).max(1),
      offset: z.number().int().min(0),
      savedAt: z.string(),
    })
    .nullable(),
});

export type SettingsFile = z.infer<typeof settingsSchema>;

export const settingsFileSpec: FileSpec<SettingsFile> = {
  kind: KIND,
  schemaVersion: 1,
  empty: () => ({ schemaVersion: 1, kind: KIND, readingPosition: null }),
  migrations: {},
  // Files written before settings joined the store carry no `kind`.
  validate: (data) => parseWith(settingsSchema, { ...(data as object), kind: KIND }),
  pretty: true,
};
