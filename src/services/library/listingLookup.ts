/**
 * What `storedWorksFor` looks up in one version of the stored works' listings: the row of a key,
 * the keys a work is also known by, and the rows of works by the same authors in the same year.
 * Made once per version (the store answers with the same array while no works file changed):
 * reading every listing again for each look-up cost ~130 ms per opened work at 100,000 works.
 * Like `RowKeys`, it keeps row numbers, not the listings' strings (~2.5 MB at 100,000 works).
 */
import type { WorkListing } from '../../core/bibliography/listing';
import { keyHash, RowKeys } from './rowKeys';

/** The author-and-year a work's year letter ("2011a") is given among: "Betts|2011". */
export const authorYearOf = (authorsShort: string, year: string | null): string =>
  `${authorsShort}|${year}`;

export class ListingLookup {
  private readonly keys: RowKeys;
  /** Keys by each alias some listing has (few listings have any). */
  private readonly aliases = new Map<string, string[]>();
  /** Each row's author-and-year hash, and chains of rows by that hash's slot (row + 1; 0 ends). */
  private readonly authorYearHashes: Uint32Array;
  private readonly heads: Int32Array;
  private readonly next: Int32Array;
  private readonly mask: number;

  constructor(private readonly listings: readonly WorkListing[]) {
    const n = listings.length;
    this.keys = new RowKeys((row) => listings[row]!.key, n);
    let size = 16;
    while (size < n * 2) size *= 2;
    this.mask = size - 1;
    this.heads = new Int32Array(size);
    this.next = new Int32Array(n);
    this.authorYearHashes = new Uint32Array(n);
    for (let row = 0; row < n; row++) {
      const listing = listings[row]!;
      this.keys.set(listing.key, row);
      for (const alias of listing.aliases) {
        const known = this.aliases.get(alias);
        if (known) known.push(listing.key);
        else this.aliases.set(alias, [listing.key]);
      }
    }
    // From the last row back, so that each chain lists its rows in order.
    for (let row = n - 1; row >= 0; row--) {
      const listing = listings[row]!;
      const hash = keyHash(authorYearOf(listing.authorsShort, listing.year));
      this.authorYearHashes[row] = hash;
      const slot = hash & this.mask;
      this.next[row] = this.heads[slot]!;
      this.heads[slot] = row + 1;
    }
  }

  /** The row of `key` (the last, if two listings share it). */
  rowOf(key: string): number | undefined {
    return this.keys.get(key);
  }

  /** The keys of the listings that have `alias` among their aliases, in row order. */
  keysKnownAs(alias: string): readonly string[] {
    return this.aliases.get(alias) ?? [];
  }

  /** The rows whose authors and year give `authorYear` (see `authorYearOf`), in order. */
  rowsOf(authorYear: string): number[] {
    const hash = keyHash(authorYear);
    const rows: number[] = [];
    for (let at = this.heads[hash & this.mask]!; at !== 0; at = this.next[at - 1]!) {
      const row = at - 1;
      if (this.authorYearHashes[row] !== hash) continue;
      const listing = this.listings[row]!;
      if (authorYearOf(listing.authorsShort, listing.year) === authorYear) rows.push(row);
    }
    return rows;
  }

  /** The lookup of `listings`, made on the first call for that array. */
  static of(listings: readonly WorkListing[]): ListingLookup {
    let lookup = made.get(listings);
    if (!lookup) {
      lookup = new ListingLookup(listings);
      made.set(listings, lookup);
    }
    return lookup;
  }
}

const made = new WeakMap<readonly WorkListing[], ListingLookup>();
