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
