/**
 * The kept entries of formatted bibliographies (BibliographyCache): rendered in the background
 * when works change, kept in the data folder's .cache across runs, and always giving what a
 * fresh render gives: after an edit, in another style or locale, and when the kept file is
 * damaged or stale (then ignored and rebuilt; the works are untouched).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Work } from '../../../src/core/bibliography/model';
import { formatBibliography, type FormatOptions } from '../../../src/core/formats';
import {
  BibliographyCache,
  ExportService,
  loadBundledCsl,
  storedOrAllWorks,
} from '../../../src/services/export';
import { libraryWorkStore } from '../../../src/services/import';
import { MemoryStorage, UserDataStore } from '../../../src/store';
import { generateWorks } from '../../../bench/formatsData';

beforeAll(() => loadBundledCsl());

const APA_TEXT = '.cache/bibliography-apa-default-text.json';
const works = generateWorks(60, 2032);

async function open(storage: MemoryStorage) {
  const store = await UserDataStore.openInMemory({ storage });
  const library = libraryWorkStore(store, []);
  const cache = new BibliographyCache(
    store,
    storedOrAllWorks(store, () => library.allWorks()),
  );
  const unfollow = cache.follow();
  return {
    store,
    cache,
    async close() {
      unfollow();
      await cache.close();
      await store.close();
    },
  };
}

const fresh = (set: readonly Work[], opts: FormatOptions): string => formatBibliography(set, opts);

function keptDigests(storage: MemoryStorage, path = APA_TEXT): string[] {
  const raw = storage.getRaw(path);
  if (!raw) return [];
  return Object.keys((JSON.parse(raw) as { value: Record<string, unknown> }).value);
}

describe('BibliographyCache', { timeout: 120_000 }, () => {
  it('renders changed works in the background and keeps them across runs', async () => {
    const storage = new MemoryStorage();
    const first = await open(storage);
    await first.store.works.putMany(works, (w) => w.citationKey);
    await first.cache.settled();
    expect(keptDigests(storage)).toHaveLength(works.length);
    await first.close();

    const second = await open(storage);
    const before = storage.getRaw(APA_TEXT);
    const stored = await second.store.works.all();
    const opts = { style: 'apa', format: 'text' } as const;
    expect(await second.cache.format(stored, opts)).toBe(fresh(stored, opts));
    // Everything came from the kept file: nothing new to keep, so it was not rewritten.
    expect(storage.getRaw(APA_TEXT)).toBe(before);
    await second.close();
  });

  it('shows an edit at once, and keeps the edited entry', async () => {
    const storage = new MemoryStorage();
    const run = await open(storage);
    await run.store.works.putMany(works, (w) => w.citationKey);
    await run.cache.settled();
    const edited = { ...works[3]!, csl: { ...works[3]!.csl, title: 'A title changed by hand' } };
    await run.store.works.putMany([edited], (w) => w.citationKey);
    await run.cache.settled();
    expect(keptDigests(storage)).toHaveLength(works.length + 1);
    const stored = await run.store.works.all();
    const opts = { style: 'apa', format: 'text' } as const;
    const out = await run.cache.format(stored, opts);
    expect(out).toBe(fresh(stored, opts));
    expect(out).toContain('A title changed by hand');
    await run.close();
  });

  it('gives a fresh render in another style and locale, and keeps that kind up to date', async () => {
    const storage = new MemoryStorage();
    const run = await open(storage);
    await run.store.works.putMany(works, (w) => w.citationKey);
    const stored = await run.store.works.all();
    for (const opts of [
      { style: 'mla', format: 'html' },
      { style: 'harvard', format: 'rtf', locale: 'en-US' },
      { style: 'chicago-author-date', format: 'text', locale: 'en-GB' },
    ] as const) {
      expect(await run.cache.format(stored, opts)).toBe(fresh(stored, opts));
    }
    const path = '.cache/bibliography-chicago-author-date-en-GB-text.json';
    expect(keptDigests(storage, path)).toHaveLength(works.length);
    // A work added later is rendered in the background for the kinds used so far.
    const added = { ...works[0]!, citationKey: 'added2032', csl: { ...works[0]!.csl, id: 'x' } };
    await run.store.works.putMany([added], (w) => w.citationKey);
    await run.cache.settled();
    expect(keptDigests(storage, path)).toHaveLength(works.length + 1);
    await run.close();
  });

  it('ignores a damaged or stale kept file, rebuilds it, and loses nothing', async () => {
    const storage = new MemoryStorage();
    const run = await open(storage);
    await run.store.works.putMany(works, (w) => w.citationKey);
    await run.cache.settled();
    await run.close();
    const opts = { style: 'apa', format: 'text' } as const;
    for (const damage of [
      '{"kind":"derived","version":',
      JSON.stringify({ kind: 'derived', version: 'r0 old', value: { x: ['Wrong entry'] } }),
      JSON.stringify({ kind: 'derived', version: 'r1', value: [1, 2] }),
    ]) {
      storage.setRaw(APA_TEXT, damage);
      const next = await open(storage);
      const stored = await next.store.works.all();
      expect(stored).toHaveLength(works.length);
      const exporter = new ExportService(libraryWorkStore(next.store, []), {
        entries: next.cache,
      });
      const out = await exporter.export({ kind: 'all' }, { format: 'formatted', ...toRequest() });
      expect(out).toBe(fresh(stored, opts));
      expect(keptDigests(storage)).toHaveLength(works.length);
      await next.close();
    }
  });
});

function toRequest() {
  return { style: 'apa', output: 'text' } as const;
}
