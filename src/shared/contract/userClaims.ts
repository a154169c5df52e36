/** Contract of the user's own claims: a statement, works with a stance each, a passage, notes. */
import { z } from 'zod';
import type { Stance, UserClaim } from '../../core/userData/userClaims';
import { idSchema, passageSchema, workKeySchema } from './userDataSchemas';

export type { Stance, UserClaim };

const statement = z.string().max(5000);
const links = z
  .array(
    z
      .object({
        workKey: workKeySchema,
        stance: z.enum(['supporting', 'contrasting', 'mentioning']),
      })
      .strict(),
  )
  .max(1000);
const noteIds = z.array(idSchema).max(1000);

/** A work's user claims, by the stance the work takes in each. */
export type UserClaimsByStance = Record<Stance, UserClaim[]>;

/** Method name -> input schema. Outputs are typed in UserClaimsOutputs. */
export const userClaimsInputs = {
  listUserClaims: z.object({}).strict(),
  createUserClaim: z
    .object({
      statement,
      links: links.optional(),
      passage: passageSchema.nullable().optional(),
      noteIds: noteIds.optional(),
    })
    .strict(),
  updateUserClaim: z
    .object({
      id: idSchema,
      statement: statement.optional(),
      links: links.optional(),
      passage: passageSchema.nullable().optional(),
      noteIds: noteIds.optional(),
    })
    .strict(),
  deleteUserClaim: z.object({ id: idSchema }).strict(),
  /** Undoes a deletion made by this app run. */
  restoreUserClaim: z.object({ id: idSchema }).strict(),
  userClaimsForWork: z.object({ workKey: workKeySchema }).strict(),
} as const;

export interface UserClaimsOutputs {
  /** Oldest first. */
  listUserClaims: UserClaim[];
  createUserClaim: UserClaim;
  updateUserClaim: UserClaim;
  deleteUserClaim: UserClaim;
  restoreUserClaim: UserClaim;
  userClaimsForWork: UserClaimsByStance;
}
