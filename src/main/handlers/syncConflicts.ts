/**
 * What the user chooses for a synced file edited outside Scholion: overwrite it (keeping a .bak),
 * import its changes (planned by the import handler, reviewed like any import), or unbind it.
 */
import type { SyncBindings } from '../../services/export';
import type { Handlers, HandlersOf } from './types';

/** Binds resolveSyncedExport over the bindings and the import planner. */
export function syncConflictHandlers(
  sync: SyncBindings,
  planImport: Handlers['planImport'],
): HandlersOf<'resolveSyncedExport'> {
  return {
    resolveSyncedExport: async ({ id, action }) => {
      if (action === 'overwrite') return { action, binding: await sync.overwrite(id) };
      if (action === 'unbind') return { action, binding: await sync.unbind(id) };
      const plan = await planImport(await sync.readBoundFile(id));
      const binding = (await sync.list()).find((b) => b.id === id);
      if (!binding) return { action: 'unbind', binding: await sync.unbind(id) }; // unbound meanwhile
      return { action, binding, plan };
    },
  };
}
