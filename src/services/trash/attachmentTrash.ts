/**
 * Attachments in the trash: removing one takes it off its work and puts it in `trash.json` in
 * one write (with the work's history); restoring puts it back on the work it was on (or on the
 * work that key became, through an alias after a merge). A copied file stays in the library
 * folder meanwhile, so an undo, also after a restart, finds it.
 */
import type { WorkAttachment } from '../../core/bibliography/model';
import type { TrashEntry, TrashedAttachment } from '../../core/userData/trash';
import type { FileWrite } from '../../store';
import { NotFoundError, ServiceError } from '../errors';
import { attachmentChangeWrites } from '../works/attachmentWrites';
import type { LibraryWorks } from '../works/libraryWorks';

/** The writes that move attachment `id` of work `key` (canonical) into trash entry `entry`. */
export function trashAttachmentWrites(
  works: LibraryWorks,
  key: string,
  id: string,
  entry: Omit<TrashEntry, 'item' | 'label'>,
  taken: (attachment: WorkAttachment) => void,
): FileWrite[] {
  let item: TrashedAttachment | null = null;
  return [
    ...attachmentChangeWrites(works, key, 'remove attachment', entry.deletedAt, (w) => {
      const found = w.attachments?.find((a) => a.id === id);
      if (!found) throw new NotFoundError(`No attachment ${id} on \`${key}\`.`);
      w.attachments = (w.attachments ?? []).filter((a) => a.id !== id);
      const { removedAt: _removedAt, ...attachment } = found;
      item = { workKey: key, attachment };
      taken(attachment);
    }),
    works.store.trash.fileWrite(entry.id, (items) => {
      if (!item) return false;
      items[entry.id] = { ...entry, label: item.attachment.name, item };
    }),
  ];
}

/**
 * The writes that put a trashed attachment back on its work. A work that is gone (deleted or
 * renamed without an alias) is a conflict: the user restores or finds the work first.
 */
export async function restoreAttachmentWrites(
  works: LibraryWorks,
  entry: TrashEntry,
  at: string,
): Promise<{ writes: FileWrite[]; key: string }> {
  const { workKey, attachment } = entry.item as TrashedAttachment;
  const key = await works.canonicalKey(workKey);
  if (key === null) {
    throw new ServiceError(
      'conflict',
      `${attachment.name} was attached to \`${workKey}\`, which is no longer in the library; restore that work first.`,
    );
  }
  const writes = attachmentChangeWrites(works, key, 'restore attachment', at, (w) => {
    const others = (w.attachments ?? []).filter((a) => a.id !== attachment.id);
    // Back in its place: attachments are listed in the order they were added.
    w.attachments = [...others, structuredClone(attachment)].sort((a, b) =>
      a.addedAt.localeCompare(b.addedAt),
    );
  });
  return { writes, key };
}
