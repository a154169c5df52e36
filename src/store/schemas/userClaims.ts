/** The user claims file (`userClaims.json`), version 1. */
import { z } from 'zod';
import type { UserClaim } from '../../core/userData/userClaims';
import type { FileSpec } from '../fileSpec';
import { emptyItemsFile, itemsFileSchema, type ItemsFile } from './itemsFile';
import { selectorSchema } from './notes';
import { parseWith } from './validate';

export const USER_CLAIMS_KIND = 'userClaims';
export const USER_CLAIMS_VERSION = 1;

export const userClaimSchema: z.ZodType<UserClaim> = z.object({
  id: z.string().min(1),
  statement: z.string(),
  links: z.array(
    z.object({
      workKey: z.string().min(1),
      stance: z.enum(['supporting', 'contrasting', 'mentioning']),
      placeholder: z.string(),
    }),
  ),
  passage: z.object({ documentId: z.string().min(1), selector: selectorSchema }).nullable(),
  noteIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type UserClaimsFile = ItemsFile<UserClaim>;

const fileSchema = itemsFileSchema(
  USER_CLAIMS_KIND,
  USER_CLAIMS_VERSION,
  userClaimSchema,
  (c) => c.id,
);

export const userClaimsFileSpec: FileSpec<UserClaimsFile> = {
  kind: USER_CLAIMS_KIND,
  schemaVersion: USER_CLAIMS_VERSION,
  empty: () => emptyItemsFile<UserClaim>(USER_CLAIMS_KIND, USER_CLAIMS_VERSION),
  migrations: {},
  validate: (data) => parseWith(fileSchema, data),
  pretty: true,
};
