// WorkTable: the bibliography's sorted, filtered, keyed view of the library, cached per version.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLibrary } from '../../../bench/generate';
import { workListing } from '../../../src/core/bibliography';
import type { Work } from '../../../src/core/bibliography/model';
import type { WorkSummary } from '../../../src/core/paper';
import { WORK_SORT_KEYS } from '../../../src/core/bibliography/sortKeys';
import {
  LibraryService,
  WorkTable,
  yearAsCited,
  type WorkSortDirection,
  type WorkSortKey,
} from '../../../src/services/library';

let library: LibraryService;
let stored: Work[];
beforeAll(async () => {
  library = await LibraryService.open();
  stored = generateLibrary(400, { seed: 7 }).works;
  // A stored copy of a bundled work replaces it (as after an import merged fields into it).
  const betts = library.works.find((w) => w.citationKey === 'betts2011c')!;
  stored.push({ ...betts, csl: { ...betts.csl, title: 'Trans-regionalism, revised' } });
});

// The order as the bibliography always defined it, written plainly: by the column, then by
// author, year and label (ascending), then the listing's own order.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const text = (value: (w: WorkSummary) => string | null) => (a: WorkSummary, b: WorkSummary) =>
  collator.compare(value(a) ?? '', value(b) ?? '');
const RECORD = ['verified', 'likely', 'guess'];
const COMPARE: Record<WorkSortKey, (a: WorkSummary, b: WorkSummary) => number> = {
  author: text((w) => w.authorsShort),
  year: text((w) => (w.year ? yearAsCited(w) : '9999')),
  title: text((w) => w.title),
  cited: (a, b) => a.timesCited - b.timesCited,
  type: text((w) => w.type),
  container: text((w) => w.container),
  added: text((w) => w.addedAt),
  modified: text((w) => w.modifiedAt),
  tags: text((w) => [...w.tags].sort().join(', ')),
  key: text((w) => w.key),
  record: (a, b) => RECORD.indexOf(a.confidence ?? '') - RECORD.indexOf(b.confidence ?? ''),
};
/** Empty cells (no container, date, tag or confidence level) sort last in both directions. */
const EMPTY: Partial<Record<WorkSortKey, (w: WorkSummary) => boolean>> = {
  container: (w) => !w.container,
  added: (w) => !w.addedAt,
  modified: (w) => !w.modifiedAt,
  tags: (w) => w.tags.length === 0,
  record: (w) => !w.confidence,
};
function expected(rows: WorkSummary[], sort: WorkSortKey, direction: WorkSortDirection) {
  const sign = direction === 'ascending' ? 1 : -1;
  const empty = (w: WorkSummary) => (EMPTY[sort]?.(w) ? 1 : 0);
  return [...rows]
    .sort(
      (a, b) =>
        empty(a) - empty(b) ||
        sign * COMPARE[sort](a, b) ||
        COMPARE.author(a, b) ||
        COMPARE.year(a, b) ||
        collator.compare(a.label, b.label),
    )
    .map((r) => r.key);
}

describe('WorkTable', () => {
  it('lists every work as LibraryService does, stored copies replacing bundled ones', () => {
    const table = new WorkTable(library);
    const all = table.all(stored);
    expect(all).toEqual(library.listWorks(stored));
    expect(all).toHaveLength(29 + 400);
    expect(all.find((w) => w.key === 'betts2011c')?.title).toBe('Trans-regionalism, revised');
    expect(all.find((w) => w.key === 'betts2011c')?.timesCited).toBe(2);
  });

  it('sorts by every column in both directions exactly as the bibliography defines it', () => {
    const table = new WorkTable(library);
    const rows = table.all(stored);
    // The listing's own order is the final tie-break: give the reference the same base order.
    const base = [...library.listWorks(), ...rows.slice(29)].map((r) =>
      rows.find((x) => x.key === r.key)!,
    );
    const unsortedStored = new WorkTable(library);
    for (const sort of WORK_SORT_KEYS) {
      for (const direction of ['ascending', 'descending'] as const) {
        const { keys, total } = unsortedStored.query(stored, { sort, direction, filter: '' });
        expect(total).toBe(rows.length);
        expect(keys, `${sort} ${direction}`).toEqual(expected(base, sort, direction));
      }
    }
  });

  it('filters on every word, ignoring accents, case and apostrophes', () => {
    const table = new WorkTable(library);
    const query = (filter: string) =>
      table.query([], { sort: 'author', direction: 'ascending', filter }).keys;
    expect(query('heritier')).toEqual(['heritier2010']);
    expect(query('HÉRITIER')).toEqual(['heritier2010']);
    expect(query('betts 2011').sort()).toEqual(['betts2011a', 'betts2011b', 'betts2011c']);
    expect(query('zzzz')).toEqual([]);
    expect(query('   ')).toHaveLength(29);
  });

  it('narrows by types, every tag and a year range (a saved filter), beside the text filter', () => {
    const table = new WorkTable(library);
    const rows = table.all(stored);
    const tagged = rows.find((r) => r.tags.length > 0)!;
    const tag = tagged.tags[0]!;
    const base = { sort: 'key', direction: 'ascending', filter: '' } as const;
    const keys = (facets: object) => table.query(stored, { ...base, ...facets }).keys;
    const expectedKeys = (test: (r: WorkSummary) => boolean) =>
      table.query(stored, base).keys.filter((k) => test(rows.find((r) => r.key === k)!));

    expect(keys({ types: ['book'] })).toEqual(expectedKeys((r) => r.type === 'book'));
    expect(keys({ types: ['book'] }).length).toBeGreaterThan(0);
    expect(keys({ tags: [tag.toUpperCase()] })).toEqual(expectedKeys((r) => r.tags.includes(tag)));
    const inRange = (r: WorkSummary) =>
      !!r.year && +r.year.slice(0, 4) >= 2005 && +r.year.slice(0, 4) <= 2010;
    expect(keys({ yearFrom: 2005, yearTo: 2010 })).toEqual(expectedKeys(inRange));
    // Together with text: every condition holds.
    const both = table.query(stored, { ...base, filter: 'migration', types: ['book'] }).keys;
    const text = table.query(stored, { ...base, filter: 'migration' }).keys;
    expect(both).toEqual(text.filter((k) => rows.find((r) => r.key === k)!.type === 'book'));
  });

  it('answers rows by key in the order asked, leaving unknown keys out', () => {
    const table = new WorkTable(library);
    const keys = ['kohler2011', 'nobody1999', stored[0]!.citationKey, 'betts2011c'];
    expect(table.byKeys(stored, keys).map((w) => w.key)).toEqual([
      'kohler2011',
      stored[0]!.citationKey,
      'betts2011c',
    ]);
  });

  it('follows the user’s works as they change, and reuses its work while they do not', () => {
    const table = new WorkTable(library);
    const first = table.query(stored, { sort: 'title', direction: 'ascending', filter: '' });
    // Same objects, new array (as the store hands them out): the same answer, not rebuilt.
    expect(table.all([...stored])).toBe(table.all(stored));
    const renamed = stored.map((w, i) =>
      i === 0 ? { ...w, csl: { ...w.csl, title: 'Zzzzzz, last of all' } } : w,
    );
    const after = table.query(renamed, { sort: 'title', direction: 'ascending', filter: '' });
    expect(after.keys.at(-1)).toBe(stored[0]!.citationKey);
    expect(after.keys).not.toEqual(first.keys);
    const fewer = table.query(renamed.slice(1), {
      sort: 'title',
      direction: 'ascending',
      filter: '',
    });
    expect(fewer.total).toBe(29 + 400 - 1);
    expect(fewer.keys).not.toContain(stored[0]!.citationKey);
  });

  it('summarises only the rows asked for, not every work of the library', () => {
    // Each listing counts how often its title is read: a summary reads it, ordering by author
    // and filtering do not.
    let titlesRead = 0;
    const listings = stored.map((w) => {
      const listing = workListing(w);
      const { title } = listing;
      return Object.defineProperty(listing, 'title', {
        get: () => (titlesRead++, title),
        enumerable: true,
      });
    });
    const table = new WorkTable(library);
    const page = table.query(listings, {
      sort: 'author',
      direction: 'ascending',
      filter: '',
      limit: 20,
    });
    const rows = table.byKeys(listings, page.keys);
    expect(rows.map((r) => r.key)).toEqual(page.keys);
    expect(titlesRead).toBeLessThanOrEqual(20);
    expect(rows).toEqual(new WorkTable(library).byKeys(stored, page.keys));
  });

  it('gives the same answers from the store’s listings as from the works themselves', () => {
    const fromWorks = new WorkTable(library);
    const fromListings = new WorkTable(library);
    const listings = stored.map(workListing);
    expect(fromListings.all(listings)).toEqual(fromWorks.all(stored));
    for (const sort of WORK_SORT_KEYS) {
      const query = { sort, direction: 'descending', filter: 'mig' } as const;
      expect(fromListings.query(listings, query)).toEqual(fromWorks.query(stored, query));
    }
    const keys = [stored[3]!.citationKey, 'betts2011c'];
    expect(fromListings.byKeys(listings, keys)).toEqual(fromWorks.byKeys(stored, keys));
  });

  it('primes an order from a cache kept for the same version of the works, else sorts and keeps it', async () => {
    const kept = new Map<string, readonly number[]>();
    const cache = {
      read: async (version: string) => kept.get(version) ?? null,
      write: async (version: string, order: number[]) => void kept.set(version, order),
    };
    const query = { sort: 'author', direction: 'ascending', filter: '' } as const;
    const sorted = new WorkTable(library).query(stored, query).keys;

    await new WorkTable(library).prime(stored, 'v1', query, cache);
    expect(kept.size).toBe(1);
    const [key, order] = [...kept][0]!;
    expect(key).toContain('v1');

    // A kept order is taken as it is (here reversed, to tell it from a fresh sort).
    kept.set(key, [...order].reverse());
    const fromCache = new WorkTable(library);
    await fromCache.prime(stored, 'v1', query, cache);
    expect(fromCache.query(stored, query).keys).toEqual([...sorted].reverse());

    // Another version, or an order that is not a permutation of the rows, is sorted afresh.
    const other = new WorkTable(library);
    await other.prime(stored, 'v2', query, cache);
    expect(other.query(stored, query).keys).toEqual(sorted);
    kept.set(key, [0, 0, ...order.slice(2)]);
    const damaged = new WorkTable(library);
    await damaged.prime(stored, 'v1', query, cache);
    expect(damaged.query(stored, query).keys).toEqual(sorted);

    // Unsaved changes (no version): sorted, nothing read or kept.
    kept.clear();
    await new WorkTable(library).prime(stored, null, query, cache);
    expect(kept.size).toBe(0);
  });
});
