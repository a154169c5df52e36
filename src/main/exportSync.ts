/** Opens the keep-in-sync exports over the data folder's store (export-bindings.json). */
import { SyncBindings, type TargetWorks } from '../services/export';
import type { UserDataServices } from './userData';

/** The works a bound list or the library holds now (null when the list was deleted). */
export function targetWorks(userData: Pick<UserDataServices, 'exporter' | 'lists'>): TargetWorks {
  return async (target) => {
    if (target.kind === 'library')
      return {
        works: await userData.exporter.worksOf({ kind: 'all' }),
        description: 'the whole library',
      };
    const list = await userData.lists.get(target.listId);
    if (!list) return null;
    const keys = list.items.map((i) => i.workKey);
    return {
      works: await userData.exporter.worksOf({ kind: 'keys', keys, skipMissing: true }),
      description: `the reading list “${list.name}”`,
    };
  };
}

/**
 * Loads the bindings and brings their files up to date in the background (a file edited outside
 * Scholion is marked, never overwritten).
 */
export function openExportSync(
  userData: UserDataServices,
  options: { debounceMs?: number } = {},
): Promise<SyncBindings> {
  return SyncBindings.open(userData.store.exportBindings, {
    worksOf: targetWorks(userData),
    ...options,
  });
}
