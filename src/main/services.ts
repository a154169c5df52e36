/** Builds the app's services over a resources folder and a data folder (Electron-free: the e2e harness uses it too). */
import { join } from 'node:path';
import { LibraryService, WorkTable } from '../services/library';
import { SearchService } from '../services/search';
import { SettingsService } from '../services/settings';
import type { Services } from './handlers';
import { openExportSync } from './exportSync';
import { jsonFileStorage } from './state/jsonFile';
import { openUserData } from './userData';

/** Where the services read bundled resources and keep the user's data. */
export interface ServiceLocations {
  /** The folder holding the bundled paper and bibliography. */
  resourcesDir: string;
  /** The user's data folder (Electron's userData, or a temporary folder in tests). */
  dataDir: string;
}

/** Opens every service the contract needs. */
export async function openServices({ resourcesDir, dataDir }: ServiceLocations): Promise<Services> {
  const [library, settings] = await Promise.all([
    LibraryService.open({ resourcesDir }),
    SettingsService.open(jsonFileStorage(join(dataDir, 'settings.json'))),
  ]);
  const userData = await openUserData({
    dataDir,
    resourcesDir,
    works: library.works,
    paperClaims: library.getPaper().claims,
  });
  const exportSync = await openExportSync(dataDir, userData);
  const { store } = userData;
  // The paper is searchable at once; the user's works, notes and claims are read and indexed in
  // the background (search answers `building: true` meanwhile), so opening stays fast.
  const search = SearchService.start({
    library,
    userWorks: store.works.all(),
    notes: store.notes.all(),
    userClaims: store.userClaims.all(),
  });
  return { library, settings, userData, exportSync, search, workTable: new WorkTable(library) };
}

/** Writes pending changes (autosaved notes) and closes the data folder; call before quitting. */
export async function closeServices(services: Services): Promise<void> {
  // Files kept in sync get their last change before the data folder closes.
  await services.exportSync.close();
  await services.userData.store.close();
}
