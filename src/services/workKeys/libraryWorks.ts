/** The library's works for validation and labels: the bundled bibliography plus the user's works. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBibliography } from '../../core/bibliography';
import type { Work } from '../../core/bibliography/model';
import { closeMatches } from '../../core/userData/closeMatches';
import { workLabel } from '../../core/userData/labels';
import type { UserDataStore } from '../../store';
import { BUNDLED_BIBLIOGRAPHY_FILE, findResourcesDir } from '../library/resources';
import { WorkIndex, type WorkCatalog, type WorkRef } from './WorkCatalog';

/**
 * The bundled bibliography's works (`resources/bibliography.csl.json`), or none when the file is
 * absent. `resourcesDir` defaults to the app's resources folder.
 */
export function loadBundledWorks(resourcesDir?: string): Work[] {
  let dir = resourcesDir;
  if (!dir) {
    try {
      dir = findResourcesDir();
    } catch {
      return [];
    }
  }
  const file = join(dir, BUNDLED_BIBLIOGRAPHY_FILE);
  if (!existsSync(file)) return [];
  return loadBibliography(JSON.parse(readFileSync(file, 'utf8')), { kind: 'bundled' });
}

/**
 * A catalog over the bundled works and the works stored in `store` (user-entered, imported). A
 * stored work is looked up in its shard (cached by the store), so a deletion or import by any
 * process is seen at once. A key a stored work is also known by (a merged-away key) is looked
 * up in the works' listings, only when no work has it as its own key.
 */
export function libraryWorkCatalog(
  store: UserDataStore,
  bundled: readonly Work[] = loadBundledWorks(),
): WorkCatalog {
  const index = new WorkIndex(bundled);
  return {
    async lookup(keys) {
      const out = new Map<string, WorkRef>();
      for (const k of keys) {
        const ref = index.get(k);
        if (ref) {
          out.set(k, ref);
          continue;
        }
        const work = await store.works.get(k);
        if (work) {
          out.set(k, { key: k, label: workLabel(k, work.csl, work.citedAs) });
          continue;
        }
        const listing = (await store.workListings.all()).find((l) => l.aliases.includes(k));
        const aliased = listing ? await store.works.get(listing.key) : undefined;
        if (aliased) {
          out.set(k, {
            key: aliased.citationKey,
            label: workLabel(aliased.citationKey, aliased.csl, aliased.citedAs),
          });
        }
      }
      return out;
    },
    async suggest(key) {
      const stored = (await store.works.all()).map((w) => w.citationKey);
      return closeMatches(key, [...index.keys(), ...stored]);
    },
  };
}
