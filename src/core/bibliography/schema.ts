/** zod schemas for the CSL-JSON records Scholion stores, with Scholion's own `custom` block. */
import { z } from 'zod';

/** The item types of CSL 1.0.2. */
export const CSL_TYPES = [
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'event',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage',
] as const;

/** Citation keys: lower-case ASCII letters and digits, starting with a letter (BibTeX-safe). */
export const CITATION_KEY_PATTERN = /^[a-z][a-z0-9]*$/;

const text = z.string();

export const cslNameSchema = z
  .looseObject({
    family: text.optional(),
    given: text.optional(),
    literal: text.optional(),
    'non-dropping-particle': text.optional(),
    'dropping-particle': text.optional(),
    suffix: text.optional(),
  })
  .refine((n) => Boolean(n.family?.trim() || n.literal?.trim()), {
    message: 'needs a family name or a literal (corporate) name',
  });

export const cslDateSchema = z.looseObject({
  'date-parts': z.array(z.array(z.union([z.number(), text]))).optional(),
  literal: text.optional(),
  raw: text.optional(),
});

/** Scholion's fields inside CSL-JSON's `custom` object. */
export const scholionCustomSchema = z
  .looseObject({
    confidence: z.enum(['verified', 'likely', 'guess']).optional(),
    source: text.min(1).optional(),
    remark: text.nullable().optional(),
    citedAs: z.array(text.trim().min(1)).optional(),
    aliases: z.array(text.regex(CITATION_KEY_PATTERN)).optional(),
  })
  .refine((c) => c.confidence === undefined || c.source !== undefined, {
    message: 'has a confidence but no source; say where the facts came from',
  });

export const cslItemSchema = z.looseObject({
  id: z.union([text.min(1), z.number()]),
  'citation-key': text.optional(),
  type: z.enum(CSL_TYPES),
  title: text.trim().min(1),
  author: z.array(cslNameSchema).optional(),
  editor: z.array(cslNameSchema).optional(),
  issued: cslDateSchema.optional(),
  custom: scholionCustomSchema.optional(),
});

export type CslItemRecord = z.infer<typeof cslItemSchema>;
