// ListingLookup: the row of a key, the keys known by an alias and the rows of an author-and-year,
// answered as reading every listing would (plain listings and packed rows alike).
import { describe, expect, it } from 'vitest';
import { workListing, type WorkListing } from '../../../src/core/bibliography/listing';
import { ListingColumns } from '../../../src/core/bibliography/packed/listingColumns';
import { authorYearOf, ListingLookup } from '../../../src/services/library/listingLookup';
import { generateLibrary } from '../../../bench/generate';

/** A small deterministic PRNG, so a failure repeats. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

/**
 * 3,000 listings by few authors in few years (many namesakes each), some under a key used twice,
 * some with aliases shared by two works, some without a year.
 */
function listings(): WorkListing[] {
  const random = rng(7);
  const authors = ['Betts', 'Lavenex', 'Müller and Weiß', 'Sabel et al.', '', 'Van der Berg'];
  return generateLibrary(3000, { seed: 5 }).works.map((work, i) => {
    const listing = workListing(work);
    const year = random() < 0.1 ? null : String(2000 + Math.floor(random() * 6));
    const key = i % 97 === 96 ? `dup${i % 5}` : listing.key;
    const aliases = i % 31 === 0 ? [`old${i % 4}`, `alias${i}`] : [];
    return { ...listing, key, aliases, authorsShort: authors[i % authors.length]!, year };
  });
}

function expectLikeAScan(rows: readonly WorkListing[]): void {
  const lookup = new ListingLookup(rows);
  const lastRow = new Map(rows.map((l, i) => [l.key, i]));
  for (const [key, row] of lastRow) expect(lookup.rowOf(key)).toBe(row);
  for (const absent of ['', 'nobody1999', 'dup9', 'Betts|2001']) {
    expect(lookup.rowOf(absent)).toBeUndefined();
  }
  const names = new Set(rows.map((l) => authorYearOf(l.authorsShort, l.year)));
  for (const name of [...names, 'Betts|1999', 'Betts|null ', '|', 'Nobody|2001']) {
    const scanned = rows.flatMap((l, i) =>
      authorYearOf(l.authorsShort, l.year) === name ? [i] : [],
    );
    expect(lookup.rowsOf(name)).toEqual(scanned);
  }
  for (const alias of ['old0', 'old1', 'old3', 'alias31', 'alias32', 'never']) {
    const scanned = rows.filter((l) => l.aliases.includes(alias)).map((l) => l.key);
    expect(lookup.keysKnownAs(alias)).toEqual(scanned);
  }
}

describe('ListingLookup', () => {
  it('answers keys, aliases and authors-and-years as a scan of plain listings does', () => {
    const rows = listings();
    expect(new Set(rows.map((l) => authorYearOf(l.authorsShort, l.year))).size).toBeGreaterThan(30);
    expectLikeAScan(rows);
  });

  it('answers the same over packed listing rows', () => {
    expectLikeAScan(ListingColumns.of(listings()).rows());
  });

  it('is made once per array of listings', () => {
    const rows = listings();
    const lookup = ListingLookup.of(rows);
    expect(ListingLookup.of(rows)).toBe(lookup);
    const changed = [...rows, { ...rows[0]!, key: 'added2024' }];
    expect(ListingLookup.of(changed)).not.toBe(lookup);
    expect(ListingLookup.of(changed).rowOf('added2024')).toBe(rows.length);
    expect(lookup.rowOf('added2024')).toBeUndefined();
  });

  it('answers an empty library', () => {
    const lookup = new ListingLookup([]);
    expect(lookup.rowOf('a')).toBeUndefined();
    expect(lookup.rowsOf('Betts|2011')).toEqual([]);
    expect(lookup.keysKnownAs('a')).toEqual([]);
  });
});
