/**
 * Every contract method's handler, merged from the domain files. Electron-free: main binds these
 * to ipcMain, the browser e2e harness to a Playwright binding.
 */
import { storedWorksFor } from '../../services/library';
import { libraryHandlers } from './library';
import { settingsHandlers } from './settings';
import { notesHandlers } from './notes';
import { userClaimsHandlers } from './userClaims';
import { listsHandlers } from './lists';
import { recoveryHandlers } from './recovery';
import { exportHandlers } from './export';
import { importHandlers } from './import';
import { syncConflictHandlers } from './syncConflicts';
import { searchHandlers } from './search';
import { indexAfter } from './searchHook';
import { notifyAfter, SYNC_TRIGGERS } from './syncHook';
import { noDialogs, type Dialogs } from '../dialogs';
import type { Handlers, Services } from './types';

export type { Handlers, HandlersOf, Services } from './types';
export { invokeMethod } from './invoke';

export interface HandlerOptions {
  /** Native dialogs (save as...); without them, saving to a file answers 'no-dialog'. */
  dialogs?: Dialogs;
}

/** Builds the handler of every contract method over the app's services. */
export function createHandlers(services: Services, options: HandlerOptions = {}): Handlers {
  const { userData, library, exportSync, search, workTable } = services;
  const paperClaims = new Map(library.getPaper().claims.map((c) => [c.id, c]));
  const imports = importHandlers(userData.works);
  const handlers = {
    ...libraryHandlers(
      library,
      {
        all: () => userData.store.works.all(),
        listings: () => userData.store.workListings.all(),
        describing: (keys, namesakes) =>
          storedWorksFor(keys, userData.store, library.works, { namesakes }),
      },
      workTable,
    ),
    ...settingsHandlers(services.settings),
    ...notesHandlers(userData.notes),
    ...userClaimsHandlers(userData.userClaims),
    ...listsHandlers(userData.lists, userData.exportList),
    ...recoveryHandlers(userData.health),
    ...exportHandlers({
      exporter: userData.exporter,
      sources: {
        list: (id) => userData.lists.get(id),
        note: (id) => userData.notes.get(id),
        userClaim: (id) => userData.userClaims.get(id),
        paperClaim: (id) => paperClaims.get(id),
      },
      sync: exportSync,
      dialogs: options.dialogs ?? noDialogs,
    }),
    ...imports,
    ...syncConflictHandlers(exportSync, imports.planImport),
    ...searchHandlers(search),
  } satisfies Handlers;
  const indexed = indexAfter(handlers, search, userData.store);
  return notifyAfter(indexed, SYNC_TRIGGERS, () => exportSync.changed());
}
