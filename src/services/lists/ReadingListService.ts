/**
 * Reading lists: named, ordered works with a status and a comment each. Lists are found by id or
 * by name (case-insensitive). Every change is a read-modify-write of lists.json under the store's
 * lock, so names stay unique and concurrent additions are all kept.
 */
import { newId } from '../../core/userData/ids';
import {
  READING_STATUSES,
  type ReadingList,
  type ReadingListItem,
  type ReadingStatus,
} from '../../core/userData/lists';
import type { UserDataStore } from '../../store';
import { NotFoundError, ServiceError } from '../errors';
import { requireWorks, type WorkCatalog } from '../workKeys';

export interface ReadingListServiceDeps {
  works: WorkCatalog;
  now?: () => Date;
  newId?: () => string;
}

/** An item taken off a list, and where it was (0-based). */
export interface RemovedItem {
  item: ReadingListItem;
  index: number;
}

/** What takeWorks did: the list after, and the items it removed. */
export interface TakenWorks {
  list: ReadingList;
  removed: RemovedItem[];
}

export interface AddWorksResult {
  list: ReadingList;
  /** Keys added, canonical, in order. */
  added: string[];
  /** Keys that were on the list already. */
  alreadyPresent: string[];
}

function checkName(name: string): string {
  const n = name.trim().replace(/\s+/g, ' ');
  if (!n) throw new ServiceError('invalid', 'A reading list needs a name.');
  if (n.length > 200) throw new ServiceError('invalid', 'A list name has at most 200 characters.');
  return n;
}

function findList(items: Record<string, ReadingList>, ref: string): ReadingList | undefined {
  if (Object.hasOwn(items, ref)) return items[ref];
  const name = ref.trim().toLowerCase();
  return Object.values(items).find((l) => l.name.toLowerCase() === name);
}

function requireList(items: Record<string, ReadingList>, ref: string): ReadingList {
  const list = findList(items, ref);
  if (!list) {
    const names = Object.values(items).map((l) => `"${l.name}"`);
    const hint = names.length ? ` Lists: ${names.join(', ')}.` : ' There are no lists yet.';
    throw new NotFoundError(`No reading list named "${ref}".${hint}`);
  }
  return list;
}

function itemIndex(list: ReadingList, workKey: string): number {
  const index = list.items.findIndex((i) => i.workKey === workKey);
  if (index < 0) throw new NotFoundError(`\`${workKey}\` is not on the list "${list.name}".`);
  return index;
}

export class ReadingListService {
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(
    private readonly store: UserDataStore,
    private readonly deps: ReadingListServiceDeps,
  ) {
    this.now = deps.now ?? (() => new Date());
    this.newId = deps.newId ?? (() => newId('l'));
  }

  /** Creates an empty list; the name must not be taken. */
  create(name: string): Promise<ReadingList> {
    const clean = checkName(name);
    const at = this.now().toISOString();
    const list: ReadingList = {
      id: this.newId(),
      name: clean,
      items: [],
      createdAt: at,
      updatedAt: at,
    };
    return this.store.lists.updateAll((items) => {
      if (findList(items, clean))
        throw new ServiceError('conflict', `A reading list named "${clean}" exists already.`);
      items[list.id] = list;
      return structuredClone(list);
    });
  }

  /** Renames a list (by id or name). */
  rename(ref: string, name: string): Promise<ReadingList> {
    const clean = checkName(name);
    return this.change(ref, (list, items) => {
      const other = findList(items, clean);
      if (other && other.id !== list.id)
        throw new ServiceError('conflict', `A reading list named "${clean}" exists already.`);
      list.name = clean;
    });
  }

  /** Deletes a list and returns it, so that `restore` can undo the deletion. */
  delete(ref: string): Promise<ReadingList> {
    return this.store.lists.updateAll((items) => {
      const list = requireList(items, ref);
      delete items[list.id];
      return structuredClone(list);
    });
  }

  /** Puts back a list returned by `delete` (fails if its name was taken meanwhile). */
  restore(list: ReadingList): Promise<ReadingList> {
    return this.store.lists.updateAll((items) => {
      if (findList(items, list.id) || findList(items, list.name)) {
        throw new ServiceError('conflict', `A reading list named "${list.name}" exists already.`);
      }
      items[list.id] = structuredClone(list);
      return structuredClone(list);
    });
  }

  /**
   * Appends works to a list, in order, skipping those already on it. Throws UnknownWorkKeyError
   * (with close keys) if any key names no work; then nothing is added.
   */
  async addWorks(
    ref: string,
    keys: readonly string[],
    status: ReadingStatus = 'to-read',
  ): Promise<AddWorksResult> {
    if (!READING_STATUSES.includes(status)) throw this.badStatus(status);
    const wanted = [...new Set(keys.map((k) => k.trim()).filter(Boolean))];
    const refs = await requireWorks(this.deps.works, wanted);
    const at = this.now().toISOString();
    return this.store.lists.updateAll((items) => {
      const list = requireList(items, ref);
      const added: string[] = [];
      const alreadyPresent: string[] = [];
      for (const key of wanted) {
        const work = refs.get(key);
        if (!work) continue;
        if (list.items.some((i) => i.workKey === work.key)) {
          alreadyPresent.push(work.key);
          continue;
        }
        list.items.push({
          workKey: work.key,
          placeholder: work.label,
          status,
          comment: '',
          addedAt: at,
        });
        added.push(work.key);
      }
      if (added.length) list.updatedAt = at;
      return { list: structuredClone(list), added, alreadyPresent };
    });
  }

  /** Removes works from a list (keys not on it are ignored). */
  async removeWorks(ref: string, keys: readonly string[]): Promise<ReadingList> {
    return (await this.takeWorks(ref, keys)).list;
  }

  /**
   * Removes works from a list and answers each removed item with its position, so that
   * `restoreItems` can undo the removal (keys not on the list are ignored).
   */
  takeWorks(ref: string, keys: readonly string[]): Promise<TakenWorks> {
    const drop = new Set(keys.map((k) => k.trim()));
    let removed: RemovedItem[] = [];
    return this.change(ref, (list) => {
      removed = list.items.flatMap((item, index) =>
        drop.has(item.workKey) ? [{ item: structuredClone(item), index }] : [],
      );
      list.items = list.items.filter((i) => !drop.has(i.workKey));
    }).then((list) => ({ list, removed }));
  }

  /**
   * Puts back items `takeWorks` removed, each at its old position (as far as the list now
   * allows) with its status, comment and date; an item on the list again meanwhile is left as is.
   */
  restoreItems(ref: string, removed: readonly RemovedItem[]): Promise<ReadingList> {
    return this.change(ref, (list) => {
      for (const { item, index } of [...removed].sort((a, b) => a.index - b.index)) {
        if (list.items.some((i) => i.workKey === item.workKey)) continue;
        list.items.splice(Math.min(index, list.items.length), 0, structuredClone(item));
      }
    });
  }

  /** Moves a work to position `toIndex` (0-based, clamped to the list), e.g. after a drag. */
  moveItem(ref: string, workKey: string, toIndex: number): Promise<ReadingList> {
    if (!Number.isInteger(toIndex))
      throw new ServiceError('invalid', 'The new position must be a whole number.');
    return this.change(ref, (list) => {
      const [item] = list.items.splice(itemIndex(list, workKey), 1);
      if (item) list.items.splice(Math.max(0, Math.min(toIndex, list.items.length)), 0, item);
    });
  }

  /** Sets a work's reading status on a list. */
  setStatus(ref: string, workKey: string, status: ReadingStatus): Promise<ReadingList> {
    if (!READING_STATUSES.includes(status)) throw this.badStatus(status);
    return this.change(ref, (list) => {
      (list.items[itemIndex(list, workKey)] as { status: ReadingStatus }).status = status;
    });
  }

  /** Sets a work's comment on a list. */
  setComment(ref: string, workKey: string, comment: string): Promise<ReadingList> {
    if (comment.length > 10_000)
      throw new ServiceError('invalid', 'A comment has at most 10,000 characters.');
    return this.change(ref, (list) => {
      (list.items[itemIndex(list, workKey)] as { comment: string }).comment = comment;
    });
  }

  /** The list with this id or name, or null. */
  async get(ref: string): Promise<ReadingList | null> {
    const file = await this.store.lists.all();
    const items = Object.fromEntries(file.map((l) => [l.id, l]));
    const list = findList(items, ref);
    return list ? structuredClone(list) : null;
  }

  /** Every list, by name. */
  async list(): Promise<ReadingList[]> {
    const all = await this.store.lists.all();
    return all.map((l) => structuredClone(l)).sort((a, b) => a.name.localeCompare(b.name));
  }

  private change(
    ref: string,
    mutate: (list: ReadingList, items: Record<string, ReadingList>) => void,
  ): Promise<ReadingList> {
    const at = this.now().toISOString();
    return this.store.lists.updateAll((items) => {
      const list = requireList(items, ref);
      mutate(list, items);
      list.updatedAt = at;
      return structuredClone(list);
    });
  }

  private badStatus(status: string): ServiceError {
    return new ServiceError(
      'invalid',
      `Unknown status "${status}": use ${READING_STATUSES.join(', ')}.`,
    );
  }
}
