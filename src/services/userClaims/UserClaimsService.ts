/**
 * The user's own claims: a statement, the works that support, contrast or mention it, an
 * optional passage of the paper, and notes. Works are checked against the library; each link
 * keeps a placeholder label so a deleted work still reads sensibly.
 */
import { newId } from '../../core/userData/ids';
import {
  STANCES,
  type Stance,
  type UserClaim,
  type UserClaimPassage,
  type UserClaimWorkLink,
} from '../../core/userData/userClaims';
import { ownItem, type UserDataStore } from '../../store';
import { NotFoundError, ServiceError } from '../errors';
import { checkSelector } from '../notes/noteLinks';
import { requireWorks, type WorkCatalog } from '../workKeys';

export interface UserClaimWorkInput {
  workKey: string;
  stance: Stance;
}

export interface NewUserClaim {
  statement: string;
  links?: UserClaimWorkInput[];
  passage?: UserClaimPassage | null;
  noteIds?: string[];
}

export type UserClaimPatch = Partial<NewUserClaim>;

/** A work's user claims, by the stance the work takes. */
export type ClaimsByStance = Record<Stance, UserClaim[]>;

export interface UserClaimsServiceDeps {
  works: WorkCatalog;
  now?: () => Date;
  newId?: () => string;
}

function checkStatement(statement: string): string {
  const s = statement.trim();
  if (!s) throw new ServiceError('invalid', 'A claim needs a statement.');
  if (s.length > 5000)
    throw new ServiceError('invalid', 'A claim statement has at most 5,000 characters.');
  return s;
}

function checkPassage(passage: UserClaimPassage | null | undefined): UserClaimPassage | null {
  if (!passage) return null;
  checkSelector(passage.selector);
  const { exact, prefix, suffix, start, end } = passage.selector;
  return { documentId: passage.documentId, selector: { exact, prefix, suffix, start, end } };
}

export class UserClaimsService {
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(
    private readonly store: UserDataStore,
    private readonly deps: UserClaimsServiceDeps,
  ) {
    this.now = deps.now ?? (() => new Date());
    this.newId = deps.newId ?? (() => newId('uc'));
  }

  /** Records a claim. Throws UnknownWorkKeyError for an unknown work, ServiceError for a bad stance. */
  async create(input: NewUserClaim): Promise<UserClaim> {
    const statement = checkStatement(input.statement);
    const links = await this.buildLinks(input.links ?? [], []);
    const at = this.now().toISOString();
    const claim: UserClaim = {
      id: this.newId(),
      statement,
      links,
      passage: checkPassage(input.passage),
      noteIds: [...new Set(input.noteIds ?? [])],
      createdAt: at,
      updatedAt: at,
    };
    await this.store.userClaims.updateAll((items) => {
      if (ownItem(items, claim.id))
        throw new ServiceError('conflict', `A claim with id ${claim.id} exists.`);
      items[claim.id] = claim;
    });
    return structuredClone(claim);
  }

  /** Changes a claim; `links` replaces its work links. */
  async update(id: string, patch: UserClaimPatch): Promise<UserClaim> {
    const current = await this.require(id);
    const statement = patch.statement === undefined ? undefined : checkStatement(patch.statement);
    const links = patch.links ? await this.buildLinks(patch.links, current.links) : undefined;
    const passage = patch.passage === undefined ? undefined : checkPassage(patch.passage);
    const at = this.now().toISOString();
    return this.store.userClaims.updateAll((items) => {
      const fresh = ownItem(items, id);
      if (!fresh) throw new NotFoundError(`No claim with id ${id}.`);
      const next: UserClaim = {
        ...fresh,
        statement: statement ?? fresh.statement,
        links: links ?? fresh.links,
        passage: passage === undefined ? fresh.passage : passage,
        noteIds: patch.noteIds ? [...new Set(patch.noteIds)] : fresh.noteIds,
        updatedAt: at,
      };
      items[id] = next;
      return structuredClone(next);
    });
  }

  /** Links a work with a stance (replacing the stance if the work is already linked). */
  async linkWork(id: string, workKey: string, stance: Stance): Promise<UserClaim> {
    const current = await this.require(id);
    const others = current.links.filter((l) => l.workKey !== workKey.trim());
    return this.update(id, { links: [...others, { workKey, stance }] });
  }

  /** Removes a work from a claim. */
  async unlinkWork(id: string, workKey: string): Promise<UserClaim> {
    const current = await this.require(id);
    return this.update(id, { links: current.links.filter((l) => l.workKey !== workKey) });
  }

  /** Deletes a claim and returns it, so that `restore` can undo the deletion. */
  async delete(id: string): Promise<UserClaim> {
    return this.store.userClaims.updateAll((items) => {
      const claim = ownItem(items, id);
      if (!claim) throw new NotFoundError(`No claim with id ${id}.`);
      delete items[id];
      return structuredClone(claim);
    });
  }

  /** Puts back a claim returned by `delete`. */
  async restore(claim: UserClaim): Promise<UserClaim> {
    await this.store.userClaims.updateAll((items) => {
      if (ownItem(items, claim.id))
        throw new ServiceError('conflict', `The claim ${claim.id} already exists.`);
      items[claim.id] = structuredClone(claim);
    });
    return structuredClone(claim);
  }

  /** The claim, or null. */
  async get(id: string): Promise<UserClaim | null> {
    const claim = await this.store.userClaims.get(id);
    return claim ? structuredClone(claim) : null;
  }

  /** Every claim, oldest first. */
  async list(): Promise<UserClaim[]> {
    const all = await this.store.userClaims.all();
    return all
      .map((c) => structuredClone(c))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  /** The claims that involve a work, grouped by the stance the work takes. */
  async claimsForWork(workKey: string): Promise<ClaimsByStance> {
    const groups: ClaimsByStance = { supporting: [], contrasting: [], mentioning: [] };
    for (const claim of await this.list()) {
      const link = claim.links.find((l) => l.workKey === workKey);
      if (link) groups[link.stance].push(claim);
    }
    return groups;
  }

  private async require(id: string): Promise<UserClaim> {
    const claim = await this.store.userClaims.get(id);
    if (!claim) throw new NotFoundError(`No claim with id ${id}.`);
    return claim;
  }

  /** Work links for the inputs; a work already linked keeps its link even if deleted since. */
  private async buildLinks(
    inputs: readonly UserClaimWorkInput[],
    previous: readonly UserClaimWorkLink[],
  ): Promise<UserClaimWorkLink[]> {
    for (const i of inputs) {
      if (!STANCES.includes(i.stance)) {
        throw new ServiceError(
          'invalid',
          `Unknown stance "${String(i.stance)}": use ${STANCES.join(', ')}.`,
        );
      }
    }
    const before = new Map(previous.map((l) => [l.workKey, l]));
    const keys = inputs.map((i) => i.workKey.trim());
    const refs = await this.deps.works.lookup(keys);
    const unknown = keys.filter((k) => !refs.has(k) && !before.has(k));
    if (unknown.length) await requireWorks(this.deps.works, unknown);
    const out = new Map<string, UserClaimWorkLink>();
    inputs.forEach((input, i) => {
      const key = keys[i] as string;
      const ref = refs.get(key);
      const workKey = ref?.key ?? key;
      out.set(workKey, {
        workKey,
        stance: input.stance,
        placeholder: ref?.label ?? before.get(key)?.placeholder ?? key,
      });
    });
    return [...out.values()];
  }
}
