/** User claims methods: record, edit, delete (with undo) and a work's claims by stance. */
import type { UserClaimsOutputs } from '../../shared/contract';
import type { UserClaimsService } from '../../services/userClaims';
import type { HandlersOf } from './types';
import { NotFoundError } from '../../services/errors';
import type { TrashService } from '../../services/trash';

/** Binds the user claims methods to a UserClaimsService. */
export function userClaimsHandlers(
  claims: UserClaimsService,
  trash: TrashService,
): HandlersOf<keyof UserClaimsOutputs> {
  return {
    listUserClaims: async () => claims.list(),
    createUserClaim: async (input) => claims.create(input),
    updateUserClaim: async ({ id, ...patch }) => claims.update(id, patch),
    // Deleted claims go to the trash (persisted: undo survives a restart).
    deleteUserClaim: async ({ id }) => (await trash.deleteUserClaim(id)).claim,
    restoreUserClaim: async ({ id }) => {
      await trash.restore({ kind: 'userClaim', itemId: id });
      const claim = await claims.get(id);
      if (!claim) throw new NotFoundError(`No claim with id ${id}.`);
      return claim;
    },
    userClaimsForWork: async ({ workKey }) => claims.claimsForWork(workKey),
  };
}
