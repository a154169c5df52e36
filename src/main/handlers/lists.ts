/** Reading list methods: create, rename, delete (with undo), items, order, status, export. */
import type { ReadingList } from '../../core/userData/lists';
import type { ListExportFormat, ListsOutputs } from '../../shared/contract';
import { NotFoundError, ServiceError } from '../../services/errors';
import type { ReadingListService, RemovedItem } from '../../services/lists';
import { exportFileType } from '../../services/export';
import type { TrashService } from '../../services/trash';
import type { HandlersOf } from './types';
import { UndoBuffer } from './undoBuffer';

/** A file name from a list name: no path separators or characters file systems refuse. */
export function listFileName(name: string, format: ListExportFormat): string {
  const printable = [...name].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const base =
    printable
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/^[\s.]+/, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'reading list';
  return `${base}.${exportFileType(format).extension}`;
}

/** Binds the reading list methods to a ReadingListService and a works formatter. */
export function listsHandlers(
  lists: ReadingListService,
  exportList: (list: ReadingList, format: ListExportFormat) => Promise<string>,
  trash: TrashService,
): HandlersOf<keyof ListsOutputs> {
  // Items taken off a list, by list and keys, for "Undo" after a removal.
  const removed = new UndoBuffer<RemovedItem[]>();
  const removalId = (listId: string, keys: readonly string[]) =>
    `${listId}\n${[...keys].sort().join('\n')}`;
  return {
    listReadingLists: async () => lists.list(),
    createReadingList: async ({ name }) => lists.create(name),
    renameReadingList: async ({ listId, name }) => lists.rename(listId, name),
    // Deleted lists go to the trash (persisted: undo survives a restart).
    deleteReadingList: async ({ listId }) => (await trash.deleteList(listId)).list,
    restoreReadingList: async ({ listId }) => {
      await trash.restore({ kind: 'list', itemId: listId });
      const list = await lists.get(listId);
      if (!list) throw new NotFoundError(`No reading list with id ${listId}.`);
      return list;
    },
    addToReadingList: async ({ listId, workKeys, status }) =>
      lists.addWorks(listId, workKeys, status),
    removeFromReadingList: async ({ listId, workKeys }) => {
      const taken = await lists.takeWorks(listId, workKeys);
      if (taken.removed.length > 0) removed.keep(removalId(taken.list.id, workKeys), taken.removed);
      return taken.list;
    },
    restoreToReadingList: async ({ listId, workKeys }) => {
      const id = removalId(listId, workKeys);
      const items = removed.take(id, 'removed work');
      try {
        return await lists.restoreItems(listId, items);
      } catch (error) {
        removed.putBack(id, items);
        throw error;
      }
    },
    moveReadingListItem: async ({ listId, workKey, toIndex }) =>
      lists.moveItem(listId, workKey, toIndex),
    setReadingListItemStatus: async ({ listId, workKey, status }) =>
      lists.setStatus(listId, workKey, status),
    setReadingListItemComment: async ({ listId, workKey, comment }) =>
      lists.setComment(listId, workKey, comment),
    exportReadingList: async ({ listId, format }) => {
      const list = await lists.get(listId);
      if (!list) {
        throw new NotFoundError(`No reading list with id ${listId}.`);
      }
      if (list.items.length === 0) {
        throw new ServiceError(
          'invalid',
          `The list "${list.name}" is empty: add works to it before exporting.`,
        );
      }
      const content = await exportList(list, format);
      return {
        fileName: listFileName(list.name, format),
        mimeType: exportFileType(format).mimeType,
        content,
      };
    },
  };
}
