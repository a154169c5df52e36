// WorkTable over packed listings (the store's, read through row views) answers exactly as over
// the plain listings of the same works: every order, filter and facet, after edits and removals.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLibrary } from '../../../bench/generate';
import { workListing, type WorkListing } from '../../../src/core/bibliography';
import type { Work } from '../../../src/core/bibliography/model';
import { ListingColumns } from '../../../src/core/bibliography/packed/listingColumns';
import { WORK_SORT_KEYS } from '../../../src/core/bibliography/sortKeys';
import { LibraryService, WorkTable, type WorkQuery } from '../../../src/services/library';
import { MemoryStorage, UserDataStore } from '../../../src/store';

let library: LibraryService;
let works: Work[];
beforeAll(async () => {
  library = await LibraryService.open();
  works = generateLibrary(500, { seed: 3 }).works;
  // Wide characters, which packed columns keep apart from their joined text.
  works[0] = { ...works[0]!, csl: { ...works[0]!.csl, title: '移民治理 and Ωmega' } };
  works[1] = { ...works[1]!, tags: ['Łódź', 'to read'], aliases: ['other2020'] };
  // A stored copy of a bundled work replaces it.
  const betts = library.works.find((w) => w.citationKey === 'betts2011c')!;
  works.push({ ...betts, csl: { ...betts.csl, title: 'Trans-regionalism, revised' } });
});

const FILTERS = ['', 'mig', 'koehler', 'köhler', 'gov eur', '移民', 'ωmega', 'łódź', 'zz-none'];
const FACETS: Partial<WorkQuery>[] = [
  {},
  { types: ['book', 'chapter'] },
  { tags: ['to read'] },
  { yearFrom: 1990, yearTo: 2005 },
];

/** Every answer the table gives for `rows`: each order, filter and facet, all, by keys. */
function answers(rows: readonly WorkListing[]) {
  const table = new WorkTable(library);
  const out: unknown[] = [table.all(rows)];
  for (const sort of WORK_SORT_KEYS)
    for (const direction of ['ascending', 'descending'] as const)
      out.push(table.query(rows, { sort, direction, filter: '' }));
  for (const filter of FILTERS)
    for (const facets of FACETS)
      out.push(table.query(rows, { sort: 'title', direction: 'ascending', filter, ...facets }));
  const keys = rows.filter((_, i) => i % 7 === 0).map((r) => r.key);
  out.push(table.byKeys(rows, [...keys, 'no-such-key']));
  return out;
}

describe('WorkTable over packed listings', () => {
  it('answers every order, filter and facet as over the plain listings', () => {
    const plain = works.map(workListing);
    const expected = answers(plain);
    expect(answers(ListingColumns.of(plain).rows())).toEqual(expected);
  });

  it('answers as over the plain listings after works are edited and removed', async () => {
    const store = await UserDataStore.open(new MemoryStorage());
    await store.works.putMany(works, (w) => w.citationKey);
    const check = async () => {
      const stored = await store.works.all();
      // The store's listings are packed row views (no fields of their own).
      expect(Object.keys((await store.workListings.all())[0]!)).toEqual([]);
      expect(answers(await store.workListings.all())).toEqual(answers(stored.map(workListing)));
    };
    await check();
    const [first, second] = [works[2]!, works[3]!];
    await store.works.putMany(
      [
        { ...first, csl: { ...first.csl, title: 'Edited: Ærø governance' }, tags: ['to read'] },
        { ...second, aliases: ['renamed1999'], csl: { ...second.csl, type: 'book' } },
      ],
      (w) => w.citationKey,
    );
    await check();
    await store.works.removeMany([works[4]!.citationKey, works[10]!.citationKey]);
    await check();
    await store.close();
  });
});
