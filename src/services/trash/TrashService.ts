/**
 * The trash: one deletion model for works, notes, reading lists, user claims and attachments,
 * persisted in the data folder so an undo survives a restart. A deleted work, list, claim or
 * attachment moves into
 * `trash.json` in the same write that removes it; a note stays in its own file marked
 * `deletedAt` (its links keep working in the trash view) and is listed here beside the others.
 * Items deleted together form a batch that one undo restores.
 */
import type { Work, WorkAttachment } from '../../core/bibliography/model';
import type { ReadingList } from '../../core/userData/lists';
import type { Note } from '../../core/userData/notes';
import type { TrashEntry, TrashKind } from '../../core/userData/trash';
import type { UserClaim } from '../../core/userData/userClaims';
import { newId } from '../../core/userData/ids';
import { workLabel } from '../../core/userData/labels';
import type { DataCollection, FileWrite, UserDataStore } from '../../store';
import { NotFoundError, ServiceError } from '../errors';
import type { LibraryWorks } from '../works/libraryWorks';
import { unmergeWrites } from '../works/unmergeWorks';
import { restoreAttachmentWrites, trashAttachmentWrites } from './attachmentTrash';

export interface TrashServiceDeps {
  works: LibraryWorks;
  now?: () => Date;
  newId?: () => string;
}

/** A trash entry as listed (without the stored item); `mergedInto` for a merged-away work. */
export type TrashItem = Omit<TrashEntry, 'item' | 'merge'> & { mergedInto?: string };

/** What a delete put in the trash: restore `batch` to undo it. */
export interface TrashBatch {
  batch: string;
  entries: TrashItem[];
}

const NOTE_BATCH = 'note:';
const view = ({ item: _item, merge, ...rest }: TrashEntry): TrashItem =>
  merge ? { ...rest, mergedInto: merge.into } : rest;

export class TrashService {
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(
    private readonly store: UserDataStore,
    private readonly deps: TrashServiceDeps,
  ) {
    this.now = deps.now ?? (() => new Date());
    this.newId = deps.newId ?? (() => newId('t'));
  }

  /**
   * Moves works to the trash, all in one write. Bundled works are refused (the bundled paper
   * cites them); an unknown key throws UnknownWorkKeyError; nothing is deleted then.
   */
  async deleteWorks(keys: readonly string[]): Promise<TrashBatch> {
    const canonical: string[] = [];
    for (const key of new Set(keys)) {
      const found = await this.deps.works.require(key);
      if (found.bundled) {
        throw new ServiceError(
          'invalid',
          `\`${found.work.citationKey}\` belongs to the bundled paper's bibliography and cannot be deleted (its fields can be edited).`,
        );
      }
      canonical.push(found.work.citationKey);
    }
    if (canonical.length === 0) throw new ServiceError('invalid', 'No works to delete.');
    const batch = this.newId();
    const at = this.now().toISOString();
    const taken = new Map<string, Work>();
    const entries: TrashEntry[] = [];
    const writes: FileWrite[] = canonical.map((key) =>
      this.store.works.fileWrite(key, (items) => {
        const work = Object.hasOwn(items, key) ? items[key] : undefined;
        if (!work) throw new NotFoundError(`No work with key \`${key}\` in the library.`);
        taken.set(key, work);
        delete items[key];
      }),
    );
    writes.push(
      this.store.trash.fileWrite(batch, (items) => {
        for (const key of canonical) {
          const work = taken.get(key)!;
          const entry: TrashEntry = {
            id: this.newId(),
            kind: 'work',
            itemId: key,
            label: workLabel(key, work.csl, work.citedAs),
            deletedAt: at,
            batch,
            item: work,
          };
          items[entry.id] = entry;
          entries.push(entry);
        }
      }),
    );
    await this.store.writeFiles(writes, [
      { collection: 'works', ids: canonical },
      { collection: 'trash', ids: [batch] },
    ]);
    return { batch, entries: entries.map(view) };
  }

  /** Moves a reading list (by id or name) to the trash. */
  async deleteList(ref: string): Promise<{ list: ReadingList; batch: TrashBatch }> {
    const lists = await this.store.lists.all();
    const wanted = ref.trim().toLowerCase();
    const list = lists.find((l) => l.id === ref || l.name.toLowerCase() === wanted);
    if (!list) throw new NotFoundError(`No reading list named "${ref}".`);
    const batch = await this.moveToTrash('list', 'lists', list.id, list.name);
    return { list: batch.item as ReadingList, batch: batch.view };
  }

  /** Moves a user claim to the trash. */
  async deleteUserClaim(id: string): Promise<{ claim: UserClaim; batch: TrashBatch }> {
    const claim = await this.store.userClaims.get(id);
    if (!claim) throw new NotFoundError(`No claim with id ${id}.`);
    const batch = await this.moveToTrash(
      'userClaim',
      'userClaims',
      id,
      claim.statement.slice(0, 80),
    );
    return { claim: batch.item as UserClaim, batch: batch.view };
  }

  /**
   * Moves a work's attachment to the trash (restore with the answered batch, or by the
   * attachment's id). A copied file stays in the library folder until the trash is emptied.
   */
  async deleteAttachment(
    key: string,
    id: string,
  ): Promise<{ attachment: WorkAttachment; batch: TrashBatch }> {
    const { work } = await this.deps.works.require(key);
    const batch = this.newId();
    const entry = {
      id: this.newId(),
      kind: 'attachment' as const,
      itemId: id,
      deletedAt: this.now().toISOString(),
      batch,
    };
    const taken: { attachment?: WorkAttachment } = {};
    await this.store.writeFiles(
      trashAttachmentWrites(this.deps.works, work.citationKey, id, entry, (a) => {
        taken.attachment = a;
      }),
      [
        { collection: 'works', ids: [work.citationKey] },
        { collection: 'trash', ids: [batch] },
      ],
    );
    const removed = taken.attachment!;
    return {
      attachment: { ...removed, removedAt: entry.deletedAt },
      batch: { batch, entries: [{ ...entry, label: removed.name }] },
    };
  }

  /** Everything in the trash, newest first: works, lists, claims, and notes marked deleted. */
  async list(kind?: TrashKind): Promise<TrashItem[]> {
    const entries = (await this.store.trash.all()).map(view);
    const notes = (await this.store.notes.all())
      .filter((n) => n.deletedAt !== null)
      .map((n): TrashItem => ({
        id: `${NOTE_BATCH}${n.id}`,
        kind: 'note',
        itemId: n.id,
        label: n.title || 'Untitled note',
        deletedAt: n.deletedAt as string,
        batch: `${NOTE_BATCH}${n.id}`,
      }));
    return [...entries, ...notes]
      .filter((e) => !kind || e.kind === kind)
      .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || a.id.localeCompare(b.id));
  }

  /**
   * Puts back every item of a batch (or the trash entry of one item), in one write. A work whose
   * key, or a list whose name, was taken meanwhile is a conflict: nothing is restored then. A
   * work merged into another comes back as before the merge (see unmergeWorks.ts).
   */
  async restore(
    target: { batch: string } | { kind: TrashKind; itemId: string },
  ): Promise<TrashItem[]> {
    const batch = 'batch' in target ? target.batch : null;
    if (
      (batch ?? '').startsWith(NOTE_BATCH) ||
      (!batch && 'kind' in target && target.kind === 'note')
    ) {
      const id = batch ? batch.slice(NOTE_BATCH.length) : (target as { itemId: string }).itemId;
      return [await this.restoreNote(id)];
    }
    const all = await this.store.trash.all();
    const chosen = batch
      ? all.filter((e) => e.batch === batch)
      : all
          .filter((e) => 'kind' in target && e.kind === target.kind && e.itemId === target.itemId)
          .slice(-1);
    if (chosen.length === 0) {
      throw new NotFoundError(
        'Nothing of that is in the trash any more (it was restored or the trash was emptied).',
      );
    }
    const writes: FileWrite[] = [];
    const changes: { collection: DataCollection; ids: string[] }[] = [];
    const at = this.now().toISOString();
    for (const entry of chosen) {
      if (entry.kind === 'work' && entry.merge) {
        const undo = unmergeWrites(this.store, { ...entry, merge: entry.merge }, at);
        writes.push(...undo.writes);
        changes.push(...undo.changes);
        continue;
      }
      if (entry.kind === 'attachment') {
        const restore = await restoreAttachmentWrites(this.deps.works, entry, at);
        writes.push(...restore.writes);
        changes.push({ collection: 'works', ids: [restore.key] });
        continue;
      }
      const restore = this.restoreWrite(entry);
      writes.push(restore.write);
      changes.push(restore.change);
    }
    const ids = new Set(chosen.map((e) => e.id));
    writes.push(
      this.store.trash.fileWrite(chosen[0]!.id, (items) => {
        for (const id of ids) {
          if (!Object.hasOwn(items, id)) throw new NotFoundError('It was restored already.');
          delete items[id];
        }
      }),
    );
    changes.push({ collection: 'trash', ids: [...ids] });
    await this.store.writeFiles(writes, changes);
    return chosen.map(view);
  }

  /** Deletes trash entries for good (all when `ids` is omitted); trashed notes too. */
  async purge(ids?: readonly string[]): Promise<number> {
    const items = await this.list();
    const chosen = ids ? items.filter((e) => ids.includes(e.id)) : items;
    const entries = new Set(chosen.filter((e) => e.kind !== 'note').map((e) => e.id));
    const notes = chosen.filter((e) => e.kind === 'note').map((e) => e.itemId);
    if (entries.size) {
      await this.store.trash.updateAll((all) => {
        for (const id of entries) delete all[id];
      });
    }
    if (notes.length) await this.store.notes.removeMany(notes);
    return chosen.length;
  }

  private async restoreNote(id: string): Promise<TrashItem> {
    const note = await this.store.notes.update(id, (items) => {
      const n = Object.hasOwn(items, id) ? items[id] : undefined;
      if (!n) throw new NotFoundError(`No note with id ${id}.`);
      const at = n.deletedAt;
      n.deletedAt = null;
      return { ...structuredClone(n), deletedAt: at } as Note;
    });
    return {
      id: `${NOTE_BATCH}${id}`,
      kind: 'note',
      itemId: id,
      label: note.title || 'Untitled note',
      deletedAt: note.deletedAt ?? '',
      batch: `${NOTE_BATCH}${id}`,
    };
  }

  private restoreWrite(entry: TrashEntry): {
    write: FileWrite;
    change: { collection: DataCollection; ids: string[] };
  } {
    const id = entry.itemId;
    if (entry.kind === 'work') {
      return {
        write: this.store.works.fileWrite(id, (items) => {
          if (Object.hasOwn(items, id)) {
            throw new ServiceError(
              'conflict',
              `\`${id}\` is the key of another work now; rename that work first.`,
            );
          }
          items[id] = structuredClone(entry.item as Work);
        }),
        change: { collection: 'works', ids: [id] },
      };
    }
    if (entry.kind === 'list') {
      const list = entry.item as ReadingList;
      return {
        write: this.store.lists.fileWrite(id, (items) => {
          const clash = Object.values(items).find(
            (l) => l.id === id || l.name.toLowerCase() === list.name.toLowerCase(),
          );
          if (clash)
            throw new ServiceError(
              'conflict',
              `A reading list named "${list.name}" exists already.`,
            );
          items[id] = structuredClone(list);
        }),
        change: { collection: 'lists', ids: [id] },
      };
    }
    return {
      write: this.store.userClaims.fileWrite(id, (items) => {
        if (Object.hasOwn(items, id))
          throw new ServiceError('conflict', `The claim ${id} already exists.`);
        items[id] = structuredClone(entry.item as UserClaim);
      }),
      change: { collection: 'userClaims', ids: [id] },
    };
  }

  private async moveToTrash(
    kind: 'list' | 'userClaim',
    collection: 'lists' | 'userClaims',
    id: string,
    label: string,
  ): Promise<{ item: unknown; view: TrashBatch }> {
    const batch = this.newId();
    const at = this.now().toISOString();
    let item: unknown = null;
    const entry: TrashEntry = {
      id: this.newId(),
      kind,
      itemId: id,
      label,
      deletedAt: at,
      batch,
      item: null,
    };
    const source = collection === 'lists' ? this.store.lists : this.store.userClaims;
    await this.store.writeFiles(
      [
        (source as typeof this.store.lists).fileWrite(id, (items) => {
          if (!Object.hasOwn(items, id)) throw new NotFoundError(`It was deleted already.`);
          item = items[id];
          delete items[id];
        }),
        this.store.trash.fileWrite(entry.id, (items) => {
          items[entry.id] = { ...entry, item };
        }),
      ],
      [
        { collection, ids: [id] },
        { collection: 'trash', ids: [batch] },
      ],
    );
    return { item: structuredClone(item), view: { batch, entries: [view({ ...entry, item })] } };
  }
}
