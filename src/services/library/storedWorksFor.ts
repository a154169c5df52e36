/**
 * The user's stored works that describing some works needs, read by key rather than the whole
 * library: each work itself (by its key, or a key it is also known by) and, when asked, the
 * works by the same authors in the same year (they decide its "2011a/b"). Opening one work of a
 * 100,000-work library then reads a few works files, not all of them.
 */
import { workAuthorsShort, workYear } from '../../core/bibliography';
import type { Work } from '../../core/bibliography/model';
import type { UserDataStore } from '../../store';

export interface StoredWorksForOptions {
  /** Also the works by the same authors in the same year (for a formatted reference). */
  namesakes?: boolean;
}

/**
 * The stored works `LibraryService.getWork`/`formatReference`/`exportBibtex` need for `keys`,
 * in the store's order (as `store.works.all()` would list them).
 */
export async function storedWorksFor(
  keys: readonly string[],
  store: Pick<UserDataStore, 'works' | 'workListings'>,
  bundled: readonly Work[],
  options: StoredWorksForOptions = {},
): Promise<Work[]> {
  const listings = await store.workListings.all();
  const asked = new Set(keys);
  const wanted = new Set<string>(keys);
  for (const w of bundled) if (w.aliases.some((a) => asked.has(a))) wanted.add(w.citationKey);
  for (const l of listings) if (l.aliases.some((a) => asked.has(a))) wanted.add(l.key);
  if (options.namesakes) {
    const names = new Set<string>();
    for (const l of listings) if (wanted.has(l.key)) names.add(`${l.authorsShort}|${l.year}`);
    for (const w of bundled)
      if (wanted.has(w.citationKey)) names.add(`${workAuthorsShort(w)}|${workYear(w)}`);
    for (const l of listings) if (names.has(`${l.authorsShort}|${l.year}`)) wanted.add(l.key);
  }
  const order = new Map(listings.map((l, i) => [l.key, i]));
  const found = await Promise.all(
    [...wanted].filter((k) => order.has(k)).map((k) => store.works.get(k)),
  );
  return found
    .filter((w): w is Work => w !== undefined)
    .sort((a, b) => order.get(a.citationKey)! - order.get(b.citationKey)!);
}
