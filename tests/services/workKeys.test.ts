import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserDataStore } from '../../src/store';
import {
  UnknownWorkKeyError,
  catalogFromWorks,
  libraryWorkCatalog,
  loadBundledWorks,
  requireWorks,
} from '../../src/services/workKeys';
import { WORKS, work } from './userDataHelpers';

describe('work catalogs', () => {
  it('resolves keys and aliases to the canonical key with a readable label', async () => {
    const catalog = catalogFromWorks(WORKS);
    const found = await catalog.lookup(['betts2011c', 'iamm2004', 'kohler2011', 'nobody1999']);
    expect(found.get('betts2011c')).toEqual({
      key: 'betts2011c',
      label: 'Betts 2011c — The Global Governance of Migration and the Role of…',
    });
    expect(found.get('iamm2004')?.key).toBe('fom2004');
    expect(found.get('kohler2011')?.label).toMatch(/^Köhler 2011 — What Government/);
    expect(found.has('nobody1999')).toBe(false);
  });

  it('requireWorks names the unknown key and suggests close ones', async () => {
    const catalog = catalogFromWorks(WORKS);
    const error = await requireWorks(catalog, ['betts2011c', 'betts2011']).catch((e) => e);
    expect(error).toBeInstanceOf(UnknownWorkKeyError);
    expect(error.key).toBe('betts2011');
    expect(error.suggestions).toEqual(['betts2011a', 'betts2011c']);
    expect(error.message).toBe(
      'No work with key `betts2011` in the library. Did you mean `betts2011a`, `betts2011c`?',
    );
  });

  it('loads the bundled bibliography, and nothing from a folder without one', async () => {
    const bundled = loadBundledWorks();
    expect(bundled.length).toBeGreaterThan(20);
    expect(bundled.every((w) => w.provenance.kind === 'bundled')).toBe(true);
    expect(loadBundledWorks(await mkdtemp(join(tmpdir(), 'no-res-')))).toEqual([]);
  });

  it('the library catalog sees works stored (and deleted) after it was made', async () => {
    const store = await UserDataStore.openInMemory();
    const catalog = libraryWorkCatalog(store, []);
    expect((await catalog.lookup(['mine2020'])).size).toBe(0);
    await store.works.putMany(
      [work('mine2020', 'Mine', 2020, 'My Own Work')],
      (w) => w.citationKey,
    );
    expect((await catalog.lookup(['mine2020'])).get('mine2020')?.label).toBe(
      'Mine 2020 — My Own Work',
    );
    expect(await catalog.suggest('mine202')).toEqual(['mine2020']);
    await store.works.removeMany(['mine2020']);
    expect((await catalog.lookup(['mine2020'])).size).toBe(0);
  });
});
