/** Opens the library for import/export outside the app (the CLI): bundled works + a data folder. */
import { loadBibliography } from '../../core/bibliography';
import type { Work } from '../../core/bibliography/model';
import { UserDataStore } from '../../store';
import { findResourcesDir, readBundledResources } from '../library/resources';
import { libraryWorkStore } from './libraryWorkStore';
import { MemoryWorkStore, type WorkStore } from './workStore';

export interface OpenedLibrary {
  store: WorkStore;
  /** The data folder's store; null when no data folder was given (bundled works only). */
  userData: UserDataStore | null;
  close(): Promise<void>;
}

/** The bundled bibliography's works. */
export function bundledWorks(resourcesDir: string = findResourcesDir()): Work[] {
  return loadBibliography(readBundledResources(resourcesDir).bibliography, { kind: 'bundled' });
}

/**
 * The library over `dataDir` (created if needed) with the bundled works underneath; without a
 * data folder, the bundled works alone in memory (nothing is written anywhere).
 */
export async function openLibrary(
  opts: { dataDir?: string; resourcesDir?: string } = {},
): Promise<OpenedLibrary> {
  const bundled = bundledWorks(opts.resourcesDir);
  if (!opts.dataDir) {
    return { store: new MemoryWorkStore(bundled), userData: null, close: () => Promise.resolve() };
  }
  const userData = await UserDataStore.openDir(opts.dataDir);
  return { store: libraryWorkStore(userData, bundled), userData, close: () => userData.close() };
}
