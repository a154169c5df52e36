/**
 * The writes that change a work's attachments with its history: shared by the attachment
 * service (attach, remove to the trash) and the trash (restore), so both leave the same record.
 */
import type { Work } from '../../core/bibliography/model';
import type { FileWrite } from '../../store';
import { NotFoundError } from '../errors';
import { appendHistory } from './historyWrites';
import type { LibraryWorks } from './libraryWorks';

/**
 * The works-file write that applies `mutate` to work `key` (a bundled work gets the user's copy),
 * bumping its revision, and the history write that records the attachments before and after.
 * `key` must be the canonical key (see LibraryWorks.require).
 */
export function attachmentChangeWrites(
  works: LibraryWorks,
  key: string,
  note: string,
  at: string,
  mutate: (work: Work) => void,
): FileWrite[] {
  let before: string[] = [];
  let after: string[] = [];
  let revision = 0;
  const names = (w: Work) => (w.attachments ?? []).filter((a) => !a.removedAt).map((a) => a.name);
  return [
    works.store.works.fileWrite(key, (items) => {
      const current = Object.hasOwn(items, key) ? items[key] : works.bundledWork(key);
      if (!current) throw new NotFoundError(`No work with key \`${key}\` in the library.`);
      const next = structuredClone(current);
      mutate(next);
      before = names(current);
      after = names(next);
      revision = (current.revision ?? 1) + 1;
      items[key] = { ...next, revision };
    }),
    appendHistory(works.store, key, () => ({
      revision,
      at,
      actor: 'user',
      action: 'edit',
      changes: [{ field: 'attachments', before, after }],
      note,
    })),
  ];
}
