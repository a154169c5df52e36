/**
 * The user's stored works that describing some works needs, read by key rather than the whole
 * library: each work itself (by its key, or a key it is also known by) and, when asked, the
 * works by the same authors in the same year (they decide its "2011a/b"). Opening one work of a
 * 100,000-work library then reads a few works files, not all of them, and looks the keys up in
 * a `ListingLookup` of the listings rather than reading every listing.
 */
import { workAuthorsShort, workYear } from '../../core/bibliography';
import type { Work } from '../../core/bibliography/model';
import type { UserDataStore } from '../../store';
import { authorYearOf, ListingLookup } from './listingLookup';

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
  const lookup = ListingLookup.of(listings);
  const asked = new Set(keys);
  const wanted = new Set<string>(keys);
  for (const w of bundled) if (w.aliases.some((a) => asked.has(a))) wanted.add(w.citationKey);
  for (const key of keys) for (const known of lookup.keysKnownAs(key)) wanted.add(known);
  if (options.namesakes) {
    const names = new Set<string>();
    for (const key of wanted) {
      const row = lookup.rowOf(key);
      if (row === undefined) continue;
      const { authorsShort, year } = listings[row]!;
      names.add(authorYearOf(authorsShort, year));
    }
    for (const w of bundled)
      if (wanted.has(w.citationKey)) names.add(authorYearOf(workAuthorsShort(w), workYear(w)));
    for (const name of names) for (const row of lookup.rowsOf(name)) wanted.add(listings[row]!.key);
  }
  const rows = new Map<string, number>();
  for (const key of wanted) {
    const row = lookup.rowOf(key);
    if (row !== undefined) rows.set(key, row);
  }
  const found = await Promise.all([...rows.keys()].map((k) => store.works.get(k)));
  return found
    .filter((w): w is Work => w !== undefined)
    .sort((a, b) => rows.get(a.citationKey)! - rows.get(b.citationKey)!);
}
