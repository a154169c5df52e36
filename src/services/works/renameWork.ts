/**
 * Renaming a work's citation key, only ever when the user asks: the work, its history, and every
 * note, reading-list item, user claim and paper reference that names it change in one write
 * (all or nothing: a crash midway leaves the old state, see DocumentStore.updateFiles), and so
 * do the user's "not duplicates" answers about it. Files
 * kept in sync with a list or the library are rewritten because the works changed.
 */
import type { CslItem, Work } from '../../core/bibliography/model';
import { markChanged } from '../../core/works/editWork';
import type { FieldChange } from '../../core/works/history';
import { ServiceError } from '../errors';
import { throwProblems } from './errors';
import { moveHistory } from './historyWrites';
import { renameInNotDuplicates } from './notDuplicates';
import type { WorkService } from './WorkService';
import { findWorkReferences, moveReferences, type WorkReferences } from './workReferences';

export interface RenameResult {
  work: Work;
  /** What now names the work by its new key. */
  updated: WorkReferences;
}

/** Renames the work `key` to `newKey` (see the file comment). */
export async function renameWorkKey(
  service: WorkService,
  key: string,
  newKey: string,
  now: Date,
): Promise<RenameResult> {
  const { store } = service.works;
  const found = await service.works.require(key);
  const from = found.work.citationKey;
  const to = newKey.trim();
  if (to === from) return { work: found.work, updated: await findWorkReferences(store, from) };
  if (found.bundled) {
    throw new ServiceError(
      'invalid',
      `citationKey: \`${from}\` is the key the bundled paper cites; it cannot be renamed (its other fields can be edited).`,
    );
  }
  throwProblems(service.keyProblems(to, await service.works.takenKeys()));
  const refs = await findWorkReferences(store, from);
  const at = now.toISOString();
  let renamed: { work: Work; changes: FieldChange[] } | null = null;
  const moved = moveReferences(store, refs, from, to, at);
  await store.writeFiles(
    [
      store.works.fileWrite(from, (items) => {
        const current = Object.hasOwn(items, from) ? items[from] : undefined;
        if (!current)
          throw new ServiceError('not-found', `No work with key \`${from}\` in the library.`);
        const csl: CslItem = { ...structuredClone(current.csl), id: to };
        if (typeof csl['citation-key'] === 'string') csl['citation-key'] = to;
        renamed = markChanged(
          current,
          { ...structuredClone(current), citationKey: to, csl },
          'user',
          at,
        );
        delete items[from];
      }),
      store.works.fileWrite(to, (items) => {
        if (Object.hasOwn(items, to)) {
          throw new ServiceError(
            'conflict',
            `citationKey: \`${to}\` was taken meanwhile; choose another.`,
          );
        }
        if (renamed) items[to] = renamed.work;
      }),
      ...moveHistory(store, from, to, () =>
        renamed
          ? {
              revision: renamed.work.revision ?? 2,
              at,
              actor: 'user',
              action: 'rename',
              changes: renamed.changes,
              note: `renamed from ${from}`,
            }
          : null,
      ),
      ...moved.writes,
      renameInNotDuplicates(store, from, to),
    ],
    [{ collection: 'works', ids: [from, to] }, ...moved.changes],
  );
  const done = renamed as { work: Work } | null;
  return { work: structuredClone(done!.work), updated: refs };
}
