/**
 * Undoing a merge: restoring a merged-away work from the trash puts it back under its own key,
 * takes its key off the kept work's aliases, gives the kept work back its record as it was
 * before the merge (unless it was edited since: then only the aliases go, the edits stay), and
 * puts back every note, list, claim and paper link the merge moved that nobody changed since.
 * What changed since stays naming the kept work, which still exists: nothing dangles.
 */
import type { Work } from '../../core/bibliography/model';
import type { MergeUndo, MergedItemSnapshot, TrashEntry } from '../../core/userData/trash';
import { markChanged } from '../../core/works/editWork';
import type { FieldChange } from '../../core/works/history';
import type { DataCollection, FileWrite, UserDataStore } from '../../store';
import { ServiceError } from '../errors';
import { appendHistory } from './historyWrites';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Puts one moved item back as it was, if it is still as the merge left it. */
function restoreItem(store: UserDataStore, s: MergedItemSnapshot): FileWrite {
  const put = (items: Record<string, unknown>) => {
    if (!Object.hasOwn(items, s.id) || !same(items[s.id], s.after)) return false;
    items[s.id] = structuredClone(s.before);
  };
  if (s.collection === 'notes') return store.notes.fileWrite(s.id, put);
  if (s.collection === 'lists') return store.lists.fileWrite(s.id, put);
  if (s.collection === 'userClaims') return store.userClaims.fileWrite(s.id, put);
  return store.documentLinks.fileWrite(s.id, put);
}

const COLLECTION_OF: Record<MergedItemSnapshot['collection'], DataCollection> = {
  notes: 'notes',
  lists: 'lists',
  userClaims: 'userClaims',
  documentLinks: 'documents',
};

/**
 * The writes that undo the merge recorded on `entry` (a work's trash entry with `merge`), and
 * the changes to announce. Refused ('conflict') when the merged-away key names a work again.
 */
export function unmergeWrites(
  store: UserDataStore,
  entry: TrashEntry & { merge: MergeUndo },
  at: string,
): { writes: FileWrite[]; changes: { collection: DataCollection; ids: string[] }[] } {
  const other = entry.itemId;
  const restored = entry.item as Work;
  const { into: keep, keepBefore, keepRevision, moved } = entry.merge;
  let result: { work: Work; changes: FieldChange[] } | null = null;
  const writes: FileWrite[] = [
    store.works.fileWrite(other, (items) => {
      if (Object.hasOwn(items, other)) {
        throw new ServiceError(
          'conflict',
          `\`${other}\` is the key of another work now; rename that work first.`,
        );
      }
      items[other] = structuredClone(restored);
    }),
    store.works.fileWrite(keep, (items) => {
      const current = Object.hasOwn(items, keep) ? items[keep] : undefined;
      if (!current) return false;
      const gone = new Set([other, ...restored.aliases]);
      const unchanged = (current.revision ?? 1) === keepRevision;
      if (unchanged && keepBefore === null) {
        // It was the bundled record, never edited: the bundled record shows again.
        delete items[keep];
        result = {
          work: current,
          changes: [{ field: 'aliases', before: current.aliases, after: [] }],
        };
        return;
      }
      const target: Work = unchanged
        ? structuredClone(keepBefore as Work)
        : { ...structuredClone(current), aliases: current.aliases.filter((a) => !gone.has(a)) };
      result = markChanged(current, target, 'user', at);
      if (result.changes.length === 0) return false;
      items[keep] = result.work;
    }),
    appendHistory(store, keep, () =>
      result && result.changes.length
        ? {
            revision: result.work.revision ?? 1,
            at,
            actor: 'user',
            action: 'restore',
            changes: result.changes,
            note: `undid the merge of ${other}`,
          }
        : null,
    ),
    ...moved.map((s) => restoreItem(store, s)),
  ];
  const changes: { collection: DataCollection; ids: string[] }[] = [
    { collection: 'works', ids: [keep, other] },
  ];
  for (const s of moved) changes.push({ collection: COLLECTION_OF[s.collection], ids: [s.id] });
  return { writes, changes };
}
