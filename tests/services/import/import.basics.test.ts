import { describe, expect, it } from 'vitest';
import {
  applyImport,
  describePlan,
  ImportError,
  MemoryWorkStore,
  planImport,
} from '../../../src/services/import';
import { bundled, fixture, work } from '../../fixtures/works';

const now = () => new Date('2026-01-02T03:04:05Z');

describe('import: plan before writing', () => {
  it('lists new entries, errors by line, and writes nothing', async () => {
    const store = new MemoryWorkStore(bundled());
    const plan = await planImport(fixture('bib', 'good and broken entries.bib'), store, {
      file: 'mine.bib',
    });
    expect(plan.items.map((i) => [i.key, i.status])).toEqual([
      ['smith2019', 'new'],
      ['kohler2011x', 'new'],
      ['last2022', 'new'],
    ]);
    expect(plan.errors.map((e) => e.line)).toEqual([12, 25]);
    expect(store.writes).toBe(0);
    expect(describePlan(plan)).toContain(
      '3 readable entries: 3 new, 0 already in the library; 2 unreadable.',
    );
  });

  it('refuses a file with unreadable entries unless partial import is asked for', async () => {
    const store = new MemoryWorkStore();
    const plan = await planImport(fixture('bib', 'good and broken entries.bib'), store);
    const refusal = applyImport(plan, 'skip', store);
    await expect(refusal).rejects.toBeInstanceOf(ImportError);
    await expect(refusal).rejects.toThrow(/^Nothing was imported: 2 entries could not be read/);
    expect(store.writes).toBe(0);

    const result = await applyImport(plan, 'skip', store, { allowPartial: true, now });
    expect(result.added).toEqual(['smith2019', 'kohler2011x', 'last2022']);
    expect(result.leftOut.map((e) => e.key)).toEqual(['broken2020', 'nokey2021']);
    expect(store.writes).toBe(1);
    const saved = (await store.allWorks()).find((w) => w.citationKey === 'smith2019')!;
    expect(saved.provenance).toEqual({ kind: 'imported', addedAt: '2026-01-02T03:04:05.000Z' });
    expect(saved.source?.entryType).toBe('article');
  });
});

describe('import: duplicates against the library', () => {
  const library = [
    work({
      id: 'doiwork',
      type: 'article-journal',
      title: 'Anything',
      DOI: '10.1080/0143659042000308447',
    }),
    work({ id: 'isbnbook', type: 'book', title: 'Managing', ISBN: '978-0-19-829764-2' }),
    work({
      id: 'titled',
      type: 'book',
      title: 'Global Migration Governance',
      author: [{ family: 'Betts', given: 'A.' }],
      issued: { 'date-parts': [[2011]] },
    }),
    work({ id: 'chapter1', type: 'chapter', title: 'Chapter One', ISBN: '978-0-19-829764-2' }),
  ];
  const incoming = `[
    {"id": "x1", "type": "article-journal", "title": "Other title", "DOI": "https://doi.org/10.1080/0143659042000308447"},
    {"id": "x2", "type": "book", "title": "Managing Migration", "ISBN": "0-19-829764-5"},
    {"id": "x3", "type": "book", "title": "Global migration governance!", "author": [{"family": "Betts", "given": "Alexander"}], "issued": {"date-parts": [[2011]]}},
    {"id": "x4", "type": "chapter", "title": "Chapter Two", "ISBN": "978-0-19-829764-2"},
    {"id": "titled", "type": "book", "title": "Something else entirely"}
  ]`;

  it('matches by DOI, ISBN (books only), then title + year + first author, and renames a taken key', async () => {
    const plan = await planImport(incoming, new MemoryWorkStore(library));
    expect(
      plan.items.map((i) => [
        i.key,
        i.status,
        i.status === 'duplicate' ? `${i.duplicateOf}/${i.reason}` : '',
      ]),
    ).toEqual([
      ['x1', 'duplicate', 'doiwork/doi'],
      ['x2', 'duplicate', 'isbnbook/isbn'],
      ['x3', 'duplicate', 'titled/title-year-author'],
      ['x4', 'new', ''],
      ['somethingnd', 'new', ''],
    ]);
    expect(plan.items[4]!.keyTakenBy).toBe('titled');
    expect(describePlan(plan)).toContain(
      'key `titled` is taken by another work; it would be added as `somethingnd`',
    );
  });

  it('skip, merge and keep-both do what they say, per item', async () => {
    const store = new MemoryWorkStore(library);
    const plan = await planImport(incoming, store);
    const result = await applyImport(
      plan,
      { perItem: { 0: 'merge', 2: 'keep-both' }, otherwise: 'skip' },
      store,
      { now },
    );
    expect(result.merged).toEqual(['doiwork']);
    expect(result.skipped).toEqual([{ line: 3, duplicateOf: 'isbnbook' }]);
    expect(result.added).toEqual(['x3', 'x4', 'somethingnd']);
    const all = new Map((await store.allWorks()).map((w) => [w.citationKey, w]));
    // merge keeps every value the library work had
    expect(all.get('doiwork')!.csl.title).toBe('Anything');
    expect(all.get('titled')!.csl.title).toBe('Global Migration Governance');
  });
});

describe('import: re-importing works the user already annotated', () => {
  it('never loses the key, tags or values, and merges only missing fields', async () => {
    const store = new MemoryWorkStore();
    const bib =
      '@book{betts2011, author={Betts, Alexander}, title={Global Migration Governance}, year=2011, publisher={OUP}}';
    await applyImport(await planImport(bib, store), 'skip', store);
    const [first] = await store.allWorks();
    await store.putWorks([
      {
        ...first!,
        tags: ['core'],
        csl: { ...first!.csl, title: 'Global Migration Governance (corrected)' },
      },
    ]);

    const again =
      '@book{betts2011, author={Betts, Alexander}, title={Global Migration Governance (corrected)}, year=2011, publisher={Oxford UP}, isbn={9780199600458}}';
    const plan = await planImport(again, store);
    expect(plan.items[0]).toMatchObject({ status: 'duplicate', duplicateOf: 'betts2011' });
    await applyImport(plan, 'merge', store);
    const [merged] = await store.allWorks();
    expect(merged!.citationKey).toBe('betts2011');
    expect(merged!.tags).toEqual(['core']);
    expect(merged!.csl.publisher).toBe('OUP');
    expect(merged!.csl.ISBN).toBe('9780199600458');
    expect(merged!.source!.fields.isbn).toBe('9780199600458');
    expect(await store.allWorks()).toHaveLength(1);
  });

  it('says so when a work to merge into disappeared since the plan', async () => {
    const store = new MemoryWorkStore([work({ id: 'a', title: 'T', DOI: '10.1/x' })]);
    const plan = await planImport('[{"id":"b","type":"book","title":"T","DOI":"10.1/x"}]', store);
    const emptied = new MemoryWorkStore();
    await expect(applyImport(plan, 'merge', emptied)).rejects.toThrow(
      /library changed since this import was checked/,
    );
  });
});
