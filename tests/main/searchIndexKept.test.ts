// The search index kept with the library (.cache/search-index.json): read back at the next open
// when nothing changed, built afresh (and kept again) when a work changed while the app was
// closed, by the CLI say. Kept beside the added papers' index (.cache/paper-index.bin): both are
// read back into the one search, which then goes on keeping the papers' index.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { paperIndexFromBytes } from '../../src/core/search';
import { UserDataStore } from '../../src/store';
import { work } from '../core/search/fixtures';
import { newDataDir, openTestApp, removeDataDirs, type TestApp } from './handlerHelpers';

afterEach(removeDataDirs);

/** What the CLI does: writes works into the data folder through the store, the app closed. */
async function putWorks(dir: string, ...works: ReturnType<typeof work>[]): Promise<void> {
  const store = await UserDataStore.openDir(dir);
  await store.works.putMany(works, (w) => w.citationKey);
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

describe('the search index kept with the library', () => {
  it('is read back when fresh and built again when a work changed while the app was closed', async () => {
    const dir = await newDataDir();
    await putWorks(dir, work('census2020', { title: 'A quokka census', year: 2020 }));

    const first = await open(dir);
    expect(first.services.search.restored).toBe(false);
    expect(existsSync(join(dir, '.cache', 'search-index.json'))).toBe(true);
    expect(workHits(first, 'quokka')).toEqual(['census2020']);
    await first.close();

    const second = await open(dir);
    expect(second.services.search.restored).toBe(true);
    expect(second.services.search.building).toBe(false);
    expect(workHits(second, 'quokka')).toEqual(['census2020']);
    expect(second.services.search.search('Kohler').passages.length).toBeGreaterThan(0);
    await second.close();

    await putWorks(dir, work('census2020', { title: 'A wombat census', year: 2020 }));
    const third = await open(dir);
    expect(third.services.search.restored).toBe(false);
    expect(workHits(third, 'wombat')).toEqual(['census2020']);
    expect(workHits(third, 'quokka')).toEqual([]);
    await third.close();

    const fourth = await open(dir);
    expect(fourth.services.search.restored).toBe(true);
    expect(workHits(fourth, 'wombat')).toEqual(['census2020']);
    await fourth.close();
  }, 120_000);

  it('keeps the changes the app made: an edited work is searchable at the next open', async () => {
    const dir = await newDataDir();
    await putWorks(dir, work('census2020', { title: 'A quokka census', year: 2020 }));
    const first = await open(dir);
    await first.call('updateWork', {
      key: 'census2020',
      fields: { title: 'A numbat census' },
    });
    await first.close();
    const second = await open(dir);
    expect(workHits(second, 'numbat')).toEqual(['census2020']);
    expect(workHits(second, 'quokka')).toEqual([]);
    await second.close();
  }, 60_000);

  it('reads the works and the added papers back together, and keeps a paper added after', async () => {
    const dir = await newDataDir();
    await putWorks(dir, work('census2020', { title: 'A quokka census', year: 2020 }));
    const first = await open(dir);
    const a = (await first.services.userData.documents.add({ fileName: 'a.md', bytes: paper }))
      .document.id;
    await until(async () => (await paperHits(first, PHRASE)).length === 1);
    await first.close();
    // Adding a paper adds its work: the next open builds the works' index again and keeps it.
    const second = await open(dir);
    expect(second.services.search.restored).toBe(false);
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
    const kept = paperIndexFromBytes(readFileSync(join(dir, '.cache', 'paper-index.bin')));
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
    // Longer than the papers' index waits before it writes, and than the bundled build takes.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(listed()).toEqual(atClose);
    expect(atClose).not.toContain('search-index.json');
  }, 60_000);
});
