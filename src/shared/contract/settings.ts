/** Contract of the user's app settings that the renderer reads and writes (reading position). */
import { z } from 'zod';

/** Where the user stopped reading: an offset into the paper's normalised text. */
export interface ReadingPosition {
  /** Character offset into `ParsedDocument.text` of the first block in view. */
  offset: number;
  /** Section holding that offset (null before the first heading). */
  sectionId: string | null;
  /** ISO time the position was saved. */
  savedAt: string;
}

/** Method name -> input schema. Outputs are typed in SettingsOutputs. */
export const settingsInputs = {
  getReadingPosition: z.object({}).strict(),
  setReadingPosition: z
    .object({
      offset: z.number().int().min(0).max(100_000_000),
      sectionId: z.string().min(1).max(200).nullable(),
    })
    .strict(),
} as const;

export interface SettingsOutputs {
  /** null until the user has scrolled the paper once. */
  getReadingPosition: ReadingPosition | null;
  /** The position as stored (with its savedAt). */
  setReadingPosition: ReadingPosition;
}
