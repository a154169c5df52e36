/** User claims methods: record, edit, delete (with undo) and a work's claims by stance. */
import type { UserClaim } from '../../core/userData/userClaims';
import type { UserClaimsOutputs } from '../../shared/contract';
import type { UserClaimsService } from '../../services/userClaims';
import type { HandlersOf } from './types';
import { UndoBuffer } from './undoBuffer';

/** Binds the user claims methods to a UserClaimsService. */
export function userClaimsHandlers(claims: UserClaimsService): HandlersOf<keyof UserClaimsOutputs> {
  const deleted = new UndoBuffer<UserClaim>();
  return {
    listUserClaims: async () => claims.list(),
    createUserClaim: async (input) => claims.create(input),
    updateUserClaim: async ({ id, ...patch }) => claims.update(id, patch),
    deleteUserClaim: async ({ id }) => {
      const claim = await claims.delete(id);
      deleted.keep(id, claim);
      return claim;
    },
    restoreUserClaim: async ({ id }) => {
      const claim = deleted.take(id, 'claim');
      try {
        return await claims.restore(claim);
      } catch (error) {
        deleted.putBack(id, claim);
        throw error;
      }
    },
    userClaimsForWork: async ({ workKey }) => claims.claimsForWork(workKey),
  };
}
