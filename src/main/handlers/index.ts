/**
 * Every contract method's handler, merged from the domain files. Electron-free: main binds these
 * to ipcMain, the browser e2e harness to a Playwright binding.
 */
import { libraryHandlers } from './library';
import { settingsHandlers } from './settings';
import { notesHandlers } from './notes';
import { userClaimsHandlers } from './userClaims';
import { listsHandlers } from './lists';
import { recoveryHandlers } from './recovery';
import type { Handlers, Services } from './types';

export type { Handlers, HandlersOf, Services } from './types';
export { invokeMethod } from './invoke';

/** Builds the handler of every contract method over the app's services. */
export function createHandlers(services: Services): Handlers {
  return {
    ...libraryHandlers(services.library),
    ...settingsHandlers(services.settings),
    ...notesHandlers(services.userData.notes),
    ...userClaimsHandlers(services.userData.userClaims),
    ...listsHandlers(services.userData.lists, services.userData.exportWorks),
    ...recoveryHandlers(services.userData.health),
  } satisfies Handlers;
}
