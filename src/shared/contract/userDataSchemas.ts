/** Zod schemas the user-data domains (notes, claims, lists) share: ids, keys, passages. */
import { z } from 'zod';

/** A note, list or claim id ("n-k3v9q2mx7d", "l-…", "uc-…", or a paper claim id "k12"). */
export const idSchema = z.string().trim().min(1).max(100);

/** A citation key or alias. */
export const workKeySchema = z.string().trim().min(1).max(200);

const offset = z.number().int().min(0).max(100_000_000);

/**
 * A passage of a document, W3C TextQuoteSelector style (quote with ~32 characters of context)
 * plus its offsets into the document's normalised text.
 */
export const textQuoteSelectorSchema = z
  .object({
    exact: z.string().min(1).max(20_000),
    prefix: z.string().max(500),
    suffix: z.string().max(500),
    start: offset,
    end: offset,
  })
  .strict()
  .refine((s) => s.end >= s.start, { message: 'end must not come before start', path: ['end'] });

/** A passage of one document. */
export const passageSchema = z
  .object({ documentId: idSchema, selector: textQuoteSelectorSchema })
  .strict();
