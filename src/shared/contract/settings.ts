/** Contract of the user's app settings that the renderer reads and writes (reading positions). */
import { z } from 'zod';
import { idSchema } from './userDataSchemas';

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
} as const;

export interface SettingsOutputs {
  /** null until the user has scrolled that document once. */
  getReadingPosition: ReadingPosition | null;
  /** The position as stored (with its savedAt). */
  setReadingPosition: ReadingPosition;
}
