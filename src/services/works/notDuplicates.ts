/**
 * Finding duplicates with the user's answers remembered: a pair dismissed as "not duplicates" is
 * kept in the data folder (`not-duplicates.json`) and never proposed again, until the user takes
 * the dismissal back.
 */
import {
  findDuplicates,
  pairId,
  type DuplicateGroup,
  type NotDuplicatePair,
} from '../../core/works/duplicates';
import type { FileWrite, UserDataStore } from '../../store';
import { NotFoundError, ServiceError } from '../errors';
import type { LibraryWorks } from './libraryWorks';

/** Groups of likely duplicates in the library, without the pairs the user dismissed. */
export async function findLibraryDuplicates(works: LibraryWorks): Promise<DuplicateGroup[]> {
  const [all, dismissed] = await Promise.all([works.all(), works.store.notDuplicates.all()]);
  return findDuplicates(all, { notDuplicates: new Set(dismissed.map((p) => p.id)) });
}

/**
 * Remembers that two works (by key or alias) are not duplicates. Throws for an unknown key or
 * for one work named twice; dismissing a pair twice keeps the first dismissal.
 */
export async function markNotDuplicates(
  works: LibraryWorks,
  keyA: string,
  keyB: string,
  now: Date,
): Promise<NotDuplicatePair> {
  const a = (await works.require(keyA)).work.citationKey;
  const b = (await works.require(keyB)).work.citationKey;
  if (a === b) throw new ServiceError('invalid', `\`${keyA}\` and \`${keyB}\` are the same work.`);
  const id = pairId(a, b);
  const [x, y] = a < b ? [a, b] : [b, a];
  return works.store.notDuplicates.update(id, (items) => {
    if (!Object.hasOwn(items, id)) items[id] = { id, a: x, b: y, at: now.toISOString() };
    return structuredClone(items[id]!);
  });
}

/** Takes a dismissal back (the pair may be proposed again). Throws when it is not there. */
export async function unmarkNotDuplicates(
  works: LibraryWorks,
  id: string,
): Promise<NotDuplicatePair> {
  return works.store.notDuplicates.update(id, (items) => {
    const found = Object.hasOwn(items, id) ? items[id] : undefined;
    if (!found) throw new NotFoundError('That pair is not among those marked not duplicates.');
    delete items[id];
    return found;
  });
}

/** Every pair the user dismissed, newest first. */
export async function listNotDuplicates(works: LibraryWorks): Promise<NotDuplicatePair[]> {
  const pairs = await works.store.notDuplicates.all();
  return pairs.sort((p, q) => q.at.localeCompare(p.at) || p.id.localeCompare(q.id));
}

/**
 * The part of a key rename's write that keeps the user's "not duplicates" answers about the work
 * (they name it by key): each pair naming `from` names `to` instead.
 */
export function renameInNotDuplicates(store: UserDataStore, from: string, to: string): FileWrite {
  return store.notDuplicates.fileWrite(pairId(from, to), (items) => {
    const named = Object.values(items).filter((p) => p.a === from || p.b === from);
    if (named.length === 0) return false;
    for (const p of named) {
      delete items[p.id];
      const [a, b] = [p.a === from ? to : p.a, p.b === from ? to : p.b].sort();
      const id = pairId(a!, b!);
      items[id] = { ...p, id, a: a!, b: b! };
    }
  });
}
