/** Opens the keep-in-sync exports over the data folder: bindings in export-bindings.json. */
import { join } from 'node:path';
import { SyncBindings, type TargetWorks } from '../services/export';
import { jsonFileStorage } from './state/jsonFile';
import type { UserDataServices } from './userData';

export const SYNC_BINDINGS_FILE = 'export-bindings.json';

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

/** Loads the bindings of `dataDir` and brings their files up to date in the background. */
export function openExportSync(
  dataDir: string,
  userData: UserDataServices,
  options: { debounceMs?: number } = {},
): Promise<SyncBindings> {
  return SyncBindings.open(jsonFileStorage(join(dataDir, SYNC_BINDINGS_FILE)), {
    worksOf: targetWorks(userData),
    ...options,
  });
}
