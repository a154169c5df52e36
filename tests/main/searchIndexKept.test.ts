// The search index kept with the library (.cache/search-index.bin): read back at the next open,
// and brought up to date with what changed since (by the app, or by the CLI while the app was
// closed) without building it again; whatever happened, it answers exactly as an index built
// afresh. Kept beside the added papers' index (.cache/paper-index.bin): both are read back into
// the one search, which then goes on keeping the papers' index.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { paperIndexFromBytes } from '../../src/core/search';
import { UserDataStore } from '../../src/store';
import { checkedBytes } from '../../src/store/checkedBytes';
import { work } from '../core/search/fixtures';
import { newDataDir, openTestApp, removeDataDirs, type TestApp } from './handlerHelpers';

afterEach(removeDataDirs);

const KEPT = join('.cache', 'search-index.bin');

/** What the CLI does: writes works into the data folder through the store, the app closed. */
async function putWorks(dir: string, ...works: ReturnType<typeof work>[]): Promise<void> {
  const store = await UserDataStore.openDir(dir);
  await store.works.putMany(works, (w) => w.citationKey);
  await store.close();
}

/** What the CLI does to delete works, the app closed. */
async function removeWorks(dir: string, ...keys: string[]): Promise<void> {
  const store = await UserDataStore.openDir(dir);
  await store.works.removeMany(keys);
  await store.close();
}

const workHits = (app: TestApp, query: string) =>
  app.services.search.search(query).works.map((h) => h.id);

const fixture = readFileSync(
  new URL('../fixtures/added-papers/partnerships in migration governance.md', import.meta.url),
  'utf8',
);
const PHRASE = 'discipline the weaker party';
const paper = new TextEncoder().encode(fixture);
/** A second paper: the fixture with a word of its own instead of the phrase's. */
const other = new TextEncoder().encode(fixture.replace(PHRASE, 'discipline the quixotic party'));

const IMPORTED = join(
  import.meta.dirname,
  '../fixtures/import/two new works, a duplicate and a broken entry.bib',
);

/** The papers whose passages hold `query`. */
const paperHits = async (app: TestApp, query: string) =>
  (await app.services.search.find(query, { limitPerKind: 50 })).passages.map(
    (h) => h.anchor?.documentId,
  );

/** Resolves once `check` passes (search re-indexes after the change event, asynchronously). */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 400 && !(await check()); i++) await new Promise((r) => setTimeout(r, 5));
  expect(await check()).toBe(true);
}

/** Opens the app and waits until search is ready and the index kept (or not). */
async function open(dir: string): Promise<TestApp> {
  const app = await openTestApp(dir);
  await app.services.search.ready;
  await app.services.search.kept;
  return app;
}

/** Queries over every kind: words, prefixes, a typo, a key and year, diacritics, nothing. */
const QUERIES = [
  'census',
  'quokka',
  'wombat',
  'numbat',
  'c',
  'ce',
  'migration',
  'migr gov',
  'lavenex 2011',
  'betts',
  'geddes',
  'theorizing',
  'politics europe',
  'governanse',
  'Köhler',
  'partnership',
  'zzz',
];

/** Every answer of `app` to QUERIES (all hits, scores, totals, order). */
const answers = (app: TestApp) =>
  QUERIES.map((q) => app.services.search.search(q, { limitPerKind: 200 }));

/**
 * Opens `dir` with its kept index (read back and brought up to date), then with none (built
 * afresh), and checks that both answer every query alike; answers the first app's answers.
 */
async function expectSameAsFresh(dir: string): Promise<void> {
  const kept = await open(dir);
  expect(kept.services.search.restored).toBe(true);
  const keptAnswers = answers(kept);
  await kept.close();
  await rm(join(dir, KEPT));
  const fresh = await open(dir);
  expect(fresh.services.search.restored).toBe(false);
  expect(keptAnswers).toEqual(answers(fresh));
  await fresh.close();
}

describe('the search index kept with the library', () => {
  it('is read back when fresh, and brought up to date with works the CLI changed meanwhile', async () => {
    const dir = await newDataDir();
    await putWorks(
      dir,
      work('census2020', { title: 'A quokka census', year: 2020 }),
      work('survey2019', { title: 'A survey of wombat burrows', year: 2019 }),
    );

    const first = await open(dir);
    expect(first.services.search.restored).toBe(false);
    expect(existsSync(join(dir, KEPT))).toBe(true);
    expect(workHits(first, 'quokka')).toEqual(['census2020']);
    await first.close();

    const second = await open(dir);
    expect(second.services.search.restored).toBe(true);
    expect(second.services.search.building).toBe(false);
    expect(workHits(second, 'quokka')).toEqual(['census2020']);
    expect(second.services.search.search('Kohler').passages.length).toBeGreaterThan(0);
    await second.close();

    // The CLI edits a title, adds a work and deletes one while the app is closed.
    await putWorks(
      dir,
      work('census2020', { title: 'A numbat census', year: 2020 }),
      work('count2021', { title: 'Counting quokkas again', year: 2021 }),
    );
    await removeWorks(dir, 'survey2019');
    const third = await open(dir);
    expect(third.services.search.restored).toBe(true);
    expect(workHits(third, 'numbat')).toEqual(['census2020']);
    expect(workHits(third, 'quokka')).toEqual(['count2021']);
    expect(workHits(third, 'wombat')).toEqual([]);
    await third.close();
    await expectSameAsFresh(dir);
  }, 120_000);

  it("shows each work's hit from the works list, kept without it and read back alike", async () => {
    const dir = await newDataDir();
    const census = work('census2020', {
      title: 'A Quokka Census',
      authors: [{ family: 'Heijden', 'non-dropping-particle': 'van der', given: 'Peter' }],
      year: 2020,
      container: 'Marsupial Notes',
      tags: ['field work'],
    });
    await putWorks(dir, census, work('survey2019', { title: 'Wombat Burrows', year: 2019 }));
    const hitOf = (app: TestApp, q: string) =>
      app.services.search.search(q).works.map(({ id, title, snippet }) => ({ id, title, snippet }));
    const expected = [
      {
        id: 'census2020',
        title: 'A Quokka Census',
        snippet: 'Peter van der Heijden (2020) · Marsupial Notes · census2020 · #field work',
      },
    ];
    const first = await open(dir);
    expect(hitOf(first, 'quokka')).toEqual(expected);
    await first.close();
    // The kept index holds the works' words, not their hit texts (the works list gives them).
    const kept = readFileSync(join(dir, KEPT)).toString('latin1');
    expect(kept).toContain('quokka');
    expect(kept).not.toContain('A Quokka Census');
    expect(kept).not.toContain('Wombat Burrows');
    const second = await open(dir);
    expect(second.services.search.restored).toBe(true);
    expect(hitOf(second, 'quokka')).toEqual(expected);
    // An edit shows at once, whichever of search and the works list hears of it first.
    await second.call('updateWork', { key: 'census2020', fields: { title: 'A Numbat Census' } });
    await until(async () => hitOf(second, 'numbat')[0]?.title === 'A Numbat Census');
    expect(hitOf(second, 'numbat')).toEqual([{ ...expected[0], title: 'A Numbat Census' }]);
    await second.close();
    await expectSameAsFresh(dir);
  }, 120_000);

  it('keeps the changes the app made: edits, deletions, a merge and an import', async () => {
    const dir = await newDataDir();
    await putWorks(
      dir,
      work('census2020', { title: 'A quokka census', year: 2020 }),
      work('survey2019', { title: 'A survey of wombat burrows', year: 2019 }),
      work('census2020b', { title: 'A quokka census', year: 2020 }),
    );
    const first = await open(dir);
    await first.call('updateWork', { key: 'census2020', fields: { title: 'A numbat census' } });
    await first.close();
    const second = await open(dir);
    expect(second.services.search.restored).toBe(true);
    expect(workHits(second, 'numbat')).toEqual(['census2020']);
    expect(workHits(second, 'quokka')).toEqual(['census2020b']);
    await second.call('deleteWorks', { keys: ['survey2019'] });
    await second.close();

    const third = await open(dir);
    expect(workHits(third, 'wombat')).toEqual([]);
    await third.call('mergeWorks', { keep: 'census2020', other: 'census2020b', picks: {} });
    await third.close();

    const fourth = await open(dir);
    expect(workHits(fourth, 'census').sort()).toEqual(['census2020']);
    expect(workHits(fourth, 'quokka')).toEqual([]);
    const text = readFileSync(IMPORTED, 'utf8');
    const plan = await fourth.call('planImport', { text, fileName: 'refs.bib' });
    await fourth.call('applyImport', {
      planId: plan.planId,
      decisions: { otherwise: 'skip' },
      allowPartial: true,
    });
    expect(workHits(fourth, 'geddes')).toEqual(['geddes2016']);
    await fourth.close();

    const fifth = await open(dir);
    expect(fifth.services.search.restored).toBe(true);
    expect(workHits(fifth, 'geddes')).toEqual(['geddes2016']);
    expect(workHits(fifth, 'theorizing')).toEqual(['boswell2007']);
    await fifth.close();
    await expectSameAsFresh(dir);
  }, 180_000);

  it('keeps a bundled work uncovered again when the stored one of its key goes', async () => {
    const dir = await newDataDir();
    const app = await open(dir);
    const [bundled] = (await app.call('listWorks', {})) as { key: string }[];
    const key = bundled!.key;
    await app.call('updateWork', { key, fields: { title: 'Platypus migration routes' } });
    await app.close();
    const again = await open(dir);
    expect(workHits(again, 'platypus')).toEqual([key]);
    await again.close();
    await removeWorks(dir, key);
    const third = await open(dir);
    expect(workHits(third, 'platypus')).toEqual([]);
    expect(third.services.search.counts().work).toBe(29);
    await third.close();
    await expectSameAsFresh(dir);
  }, 120_000);

  it('ignores a damaged or cut-short kept index: built again, with no error', async () => {
    const dir = await newDataDir();
    await putWorks(dir, work('census2020', { title: 'A quokka census', year: 2020 }));
    await (await open(dir)).close();
    const bytes = readFileSync(join(dir, KEPT));
    const damages: [string, Uint8Array][] = [
      ['cut short', bytes.subarray(0, Math.floor(bytes.length / 2))],
      ['empty', new Uint8Array()],
      ['text', new TextEncoder().encode('{"not": "an index"}')],
      ['its header garbled', Uint8Array.from(bytes, (b, i) => (i > 12 && i < 200 ? 0x7b : b))],
      // A byte of the posting pool (its last section, before the 16-byte checksum footer):
      // every length still adds up, so only the checksum tells.
      [
        'a posting changed',
        Uint8Array.from(bytes, (b, i) => (i === bytes.length - 20 ? b ^ 1 : b)),
      ],
    ];
    for (const [, damaged] of damages) {
      await writeFile(join(dir, KEPT), damaged);
      const app = await open(dir);
      expect(app.services.search.restored).toBe(false);
      expect(app.services.search.sourceErrors).toEqual([]);
      expect(workHits(app, 'quokka')).toEqual(['census2020']);
      expect((await app.call('search', { query: 'quokka' })).works.map((h) => h.id)).toEqual([
        'census2020',
      ]);
      await app.close();
    }
    // Each damaged file was replaced by a good one. Closed, so that it is not still writing its
    // caches while the folder is removed (ENOTEMPTY in the clean-up).
    const last = await open(dir);
    try {
      expect(last.services.search.restored).toBe(true);
    } finally {
      await last.close();
    }
  }, 120_000);

  it('reads the works and the added papers back together, and keeps a paper added after', async () => {
    const dir = await newDataDir();
    await putWorks(dir, work('census2020', { title: 'A quokka census', year: 2020 }));
    const first = await open(dir);
    const a = (await first.services.userData.documents.add({ fileName: 'a.md', bytes: paper }))
      .document.id;
    await until(async () => (await paperHits(first, PHRASE)).length === 1);
    await first.close();
    // Adding a paper adds its work: read back, with that work.
    const second = await open(dir);
    expect(second.services.search.restored).toBe(true);
    await second.close();

    const third = await open(dir);
    expect(third.services.search.restored).toBe(true);
    expect(workHits(third, 'quokka')).toEqual(['census2020']);
    expect(await paperHits(third, PHRASE)).toEqual([a]);
    expect(third.services.search.indexedDocuments()).toContain(a);
    // A paper added now reaches the live papers' index, and its keeper writes that one out.
    const b = (await third.services.userData.documents.add({ fileName: 'b.md', bytes: other }))
      .document.id;
    await until(async () => (await paperHits(third, 'quixotic')).length === 1);
    expect(await paperHits(third, PHRASE)).toEqual([a]);
    await third.services.search.flush();
    const file = new Uint8Array(readFileSync(join(dir, '.cache', 'paper-index.bin')));
    const kept = paperIndexFromBytes(checkedBytes(file)!);
    expect(kept?.ids().sort()).toEqual([a, b].sort());
    await third.close();
  }, 120_000);

  it('writes nothing into the data folder once the app closed, even with the first build under way', async () => {
    const dir = await newDataDir();
    await putWorks(dir, work('census2020', { title: 'A quokka census', year: 2020 }));
    // Closed at once: the index is still being built (and would be kept when built).
    const app = await openTestApp(dir);
    await app.close();
    const cache = join(dir, '.cache');
    const listed = () => (existsSync(cache) ? readdirSync(cache).sort() : []);
    const atClose = listed();
    // Longer than the indexes wait before they write, and than the bundled build takes.
    await new Promise((r) => setTimeout(r, 6_000));
    expect(listed()).toEqual(atClose);
    expect(atClose).not.toContain('search-index.bin');
  }, 60_000);
});
