// WorkTable.query a page at a time (what the bibliography asks on each keystroke and scroll), and
// the filter answered by its index once built: the same keys as the whole order, read at once.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLibrary } from '../../../bench/generate';
import type { Work } from '../../../src/core/bibliography/model';
import { LibraryService, WorkTable, type WorkQuery } from '../../../src/services/library';
import { libraryHandlers } from '../../../src/main/handlers/library';

let library: LibraryService;
let stored: Work[];
beforeAll(async () => {
  library = await LibraryService.open();
  stored = generateLibrary(600, { seed: 11 }).works;
});

const query = (filter: string): WorkQuery => ({ sort: 'title', direction: 'ascending', filter });

describe('WorkTable pages', () => {
  it('gives the whole order page by page, with how many match', () => {
    const table = new WorkTable(library);
    for (const filter of ['', 'migration', 'zzzz']) {
      const whole = table.query(stored, query(filter));
      expect(whole.matched).toBe(whole.keys.length);
      expect(whole.total).toBe(29 + 600);
      const pages: string[] = [];
      for (let offset = 0; offset < whole.matched + 70; offset += 70) {
        const page = table.query(stored, { ...query(filter), offset, limit: 70 });
        expect(page).toMatchObject({ matched: whole.matched, total: whole.total, offset });
        expect(page.keys.length).toBe(Math.max(0, Math.min(70, whole.matched - offset)));
        pages.push(...page.keys);
      }
      expect(pages).toEqual(whole.keys);
    }
  });

  it('answers the pages of one query from its rows found once, and a changed query afresh', () => {
    const table = new WorkTable(library);
    const facets = { types: ['book'], yearFrom: 2000 };
    const first = table.query(stored, { ...query('mig'), ...facets, limit: 20 });
    const filter = (
      table as unknown as { sync(s: Work[]): { filter: { matches(f: string): unknown } } }
    ).sync(stored).filter;
    let asked = 0;
    const matches = filter.matches.bind(filter);
    filter.matches = (f) => (asked++, matches(f));
    const second = table.query(stored, { ...query('mig'), ...facets, offset: 20, limit: 20 });
    expect(asked).toBe(0);
    expect(second.matched).toBe(first.matched);
    const whole = table.query(stored, { ...query('mig'), ...facets });
    expect(whole.keys.slice(0, 40)).toEqual([...first.keys, ...second.keys]);
    // Another year, another sort: the rows are found again, and differ.
    const later = table.query(stored, { ...query('mig'), types: ['book'], yearFrom: 2010 });
    expect(asked).toBe(1);
    expect(later.matched).toBeLessThan(whole.matched);
    const byYear = table.query(stored, { ...query('mig'), ...facets, sort: 'year' });
    expect(byYear.matched).toBe(whole.matched);
    expect(byYear.keys).not.toEqual(whole.keys);
  });

  it('filters the same with the index built as by reading every work', async () => {
    const reading = new WorkTable(library);
    const indexed = new WorkTable(library);
    await indexed.prepareFilter(stored);
    for (const filter of [
      'm',
      'mi',
      'mig',
      'migration',
      'migration g',
      'kö',
      'koehler',
      'a 2',
      'x',
    ]) {
      expect(indexed.query(stored, query(filter)), filter).toEqual(
        reading.query(stored, query(filter)),
      );
    }
  });

  it('narrows as the user types on with the index built, and starts afresh after an edit', async () => {
    const table = new WorkTable(library);
    await table.prepareFilter(stored);
    const target = stored[5]!;
    // The fifth work renamed between two keystrokes: it matches "migra" after, not before.
    const renamed = stored.map((w) =>
      w === target ? { ...w, csl: { ...w.csl, title: 'Migrants at sea' } } : w,
    );
    const facets = { types: [target.csl.type] };
    const steps: [Work[], string][] = [
      [stored, 'm'],
      [stored, 'mi'],
      [stored, 'mig'],
      [renamed, 'migr'],
      [renamed, 'migra'],
      [renamed, 'migra e'],
      [renamed, 'migra'],
      [stored, 'migra'],
    ];
    for (const [works, filter] of steps) {
      const fresh = new WorkTable(library);
      for (const q of [query(filter), { ...query(filter), ...facets }]) {
        const typed = table.query(works, { ...q, limit: 50 });
        expect(typed, filter).toEqual(fresh.query(works, { ...q, limit: 50 }));
        expect(table.query(works, q).keys, filter).toEqual(fresh.query(works, q).keys);
      }
    }
    const found = (works: Work[]) => table.query(works, query('migra')).keys;
    expect(found(renamed)).toContain(target.citationKey);
    expect(found(stored).includes(target.citationKey)).toBe(/migra/i.test(target.csl.title ?? ''));
  });

  it('answers a page with its rows in one call', async () => {
    const handlers = libraryHandlers(library, { all: async () => stored });
    const page = await handlers.queryWorks({
      ...query('migration'),
      offset: 5,
      limit: 10,
      rows: true,
    });
    expect(page.keys).toHaveLength(10);
    expect(page.rows?.map((r) => r.key)).toEqual(page.keys);
    const plain = await handlers.queryWorks({ ...query('migration'), offset: 5, limit: 10 });
    expect(plain.rows).toBeUndefined();
    expect(plain.keys).toEqual(page.keys);
  });
});
