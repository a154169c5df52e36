// The search index kept with the library (.cache/search-index.json): read back at the next open
// when nothing changed, built afresh (and kept again) when a work changed while the app was
// closed, by the CLI say.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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
});
