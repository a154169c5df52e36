/**
 * The library as import and export see it: the bundled works plus the user's stored works (a
 * stored work replaces the bundled one with the same key, e.g. after a merge). Writes go to the
 * user's data folder only.
 */
import type { Work } from '../../core/bibliography/model';
import type { UserDataStore } from '../../store';
import { putWorksWithHistory } from '../works/historyWrites';
import type { WorkStore } from './workStore';

/** A WorkStore over a user data folder, with `bundled` works underneath. */
export function libraryWorkStore(userData: UserDataStore, bundled: readonly Work[]): WorkStore {
  return {
    async allWorks() {
      const byKey = new Map<string, Work>();
      for (const w of bundled) byKey.set(w.citationKey, w);
      for (const w of await userData.works.all()) byKey.set(w.citationKey, w);
      return [...byKey.values()];
    },
    async putWorks(works, history) {
      if (history?.size) {
        await putWorksWithHistory(
          userData,
          works.map((work) => ({ work, revision: history.get(work.citationKey) })),
        );
      } else await userData.works.putMany(works, (w) => w.citationKey);
      await userData.flush();
    },
  };
}
