/**
 * Works files versions 2 and 3 (the lean stored forms, worksCodec.ts): every work reads back
 * exactly as it was written, field order included; files of versions 1 and 2 are upgraded with
 * nothing lost and the old file kept; a damaged reference is a damaged file, not a wrong work.
 */
import { describe, expect, it } from 'vitest';
import type { Work } from '../../src/core/bibliography/model';
import { parseBibliographyFile } from '../../src/core/formats';
import {
  CorruptFileError,
  MemoryStorage,
  StoreNewerVersionError,
  UserDataStore,
  decodeFile,
  encodeFile,
  preMigrationPath,
  worksFileSpec,
} from '../../src/store';
import { toStoredWorks, writeStoredWorks } from '../../src/store/schemas/worksCodec';
import { generateBib } from '../../bench/formatsBib';
import { generateWorks } from '../../bench/formatsData';
import { worksFrom } from '../fixtures/works';

/** Imported works with their .bib source, typed works, and works with every optional part. */
function sampleWorks(): Work[] {
  const imported = worksFrom(parseBibliographyFile(generateBib(40, 7), 'bibtex').entries).map(
    (w, i) => ({
      ...w,
      csl: { ...w.csl, 'citation-key': w.citationKey },
      provenance: {
        kind: 'imported' as const,
        file: i % 2 ? 'a.bib' : 'b.bib',
        addedAt: '2026-01-02T03:04:05.000Z',
      },
    }),
  );
  const typed = generateWorks(10, 3);
  const full: Work = {
    ...typed[0]!,
    citationKey: 'full2020',
    // An id that is not the key, a number where CSL allows one, a short repeated string.
    csl: { ...typed[0]!.csl, id: 'other-id', volume: 9, note: 'same', 'citation-key': 'x' },
    confidence: { level: 'likely', source: 'crossref', remark: null },
    citedAs: ['Full 2020'],
    aliases: ['full2020a'],
    tags: ['to read', 'governance'],
    source: {
      format: 'bibtex',
      entryType: 'book',
      fields: { title: typed[0]!.csl.title ?? 'T', note: 'same', volume: '9', series: '0' },
    },
  };
  // A field another layer adds (edit history), kept as it is.
  const extended = { ...typed[1]!, revisions: [{ at: '2026-01-01', title: 'Old' }] } as Work;
  return [...imported, ...typed.slice(2), full, extended];
}

function fileOf(works: readonly Work[]) {
  const file = worksFileSpec.empty();
  for (const w of works) file.items[w.citationKey] = w;
  return file;
}

describe('works files version 3', () => {
  it('read back exactly what was written, CSL and .bib fields in the same order', () => {
    const works = sampleWorks();
    const before = JSON.stringify(fileOf(works));
    const text = encodeFile(fileOf(works), worksFileSpec);
    expect(JSON.stringify(fileOf(works))).toBe(before); // encoding changes nothing in memory
    const { data } = decodeFile(text, worksFileSpec, 'works/00.json');
    expect(data.items).toEqual(fileOf(works).items);
    for (const w of works) {
      // Field order matters inside the record (CSL-JSON export, same-entry checks on import).
      const read = data.items[w.citationKey]!;
      expect(JSON.stringify(read.csl)).toBe(JSON.stringify(w.csl));
      expect(JSON.stringify(read.source)).toBe(JSON.stringify(w.source));
    }
  });

  it('are much smaller than version 1 for imported works', () => {
    const works = sampleWorks().slice(0, 40);
    const v1 = `${JSON.stringify({ ...fileOf(works), schemaVersion: 1 })}\n`;
    const v2 = encodeFile(fileOf(works), worksFileSpec);
    expect(v2.length).toBeLessThan(v1.length * 0.75);
  });

  const OLDER_FORMS: [number, (file: ReturnType<typeof fileOf>) => unknown][] = [
    [1, (file) => ({ ...file, schemaVersion: 1 })],
    [2, (file) => toStoredWorks(file, 2)],
  ];
  it.each(OLDER_FORMS)(
    'upgrade a version %i file when read, keep the old file, and lose nothing',
    async (version, form) => {
      const works = sampleWorks();
      const storage = new MemoryStorage();
      const store = await UserDataStore.openInMemory({ storage });
      const path = store.works.pathFor(works[0]!.citationKey);
      const inShard = works.filter((w) => store.works.pathFor(w.citationKey) === path);
      const old = `${JSON.stringify(form(fileOf(inShard)))}\n`;
      storage.setRaw(path, old);
      expect(await store.works.all()).toEqual(inShard);
      // The next write stores version 3 and keeps the old file beside the backups.
      const tagged = { ...inShard[0]!, tags: ['upgraded'] };
      await store.works.putMany([tagged], (w) => w.citationKey);
      await store.flush();
      expect(storage.getRaw(preMigrationPath(path, version))).toBe(old);
      const written = storage.getRaw(path)!;
      expect(JSON.parse(written)).toMatchObject({ schemaVersion: 3 });
      expect(written.length).toBeLessThan(old.length);
      await store.close();
      const again = await UserDataStore.openInMemory({ storage });
      expect(await again.works.all()).toEqual([tagged, ...inShard.slice(1)]);
      await again.close();
    },
  );

  it('refuse a source field that refers to no CSL text or to no rule (a damaged file)', () => {
    for (const damage of [999, -99]) {
      const text = encodeFile(fileOf(sampleWorks().slice(0, 1)), worksFileSpec);
      const raw = JSON.parse(text) as { items: Record<string, { bib: [string, object] }> };
      const [work] = Object.values(raw.items);
      work!.bib[1] = { ...work!.bib[1], title: damage };
      expect(() => decodeFile(JSON.stringify(raw), worksFileSpec, 'works/00.json')).toThrow(
        CorruptFileError,
      );
    }
  });

  it('leave out the .bib fields a rule spells from the CSL item, and keep those it does not', () => {
    const [work] = worksFrom(
      parseBibliographyFile(
        `@article{a, author = {Staenmann, R. and van Dijk, Jan}, editor = {Baker, D.},
          title = {T}, pages = {562--580}, year = {2015}, keywords = {a, b}}`,
        'bibtex',
      ).entries,
    );
    const raw = JSON.parse(encodeFile(fileOf([work!]), worksFileSpec)) as {
      items: Record<string, { bib: [string, Record<string, unknown>] }>;
    };
    const fields = raw.items.a!.bib[1];
    // A particle does not read back by the rule: the author list is kept as written.
    expect(fields.author).toBe('Staenmann, R. and van Dijk, Jan');
    for (const name of ['editor', 'pages', 'year', 'keywords']) {
      expect(typeof fields[name], name).toBe('number');
    }
    const { data } = decodeFile(JSON.stringify(raw), worksFileSpec, 'works/00.json');
    expect(JSON.stringify(data.items.a!.source)).toBe(JSON.stringify(work!.source));
  });

  it.each([2, 3])(
    'are written in pieces (version %i) as the text of the whole stored form',
    (version) => {
      // Works of every kind, a work without a provenance, and one with an integer-like key
      // (which JSON puts first, whatever the insertion order).
      const bare = { ...sampleWorks()[1]!, citationKey: '2019' } as Partial<Work>;
      delete bare.provenance;
      const file = fileOf([...sampleWorks(), bare as Work]);
      const pieces: string[] = [];
      writeStoredWorks(file, version, (text) => pieces.push(text));
      expect(pieces.join('')).toBe(JSON.stringify(toStoredWorks(file, version)));
      expect(pieces.length).toBeGreaterThan(Object.keys(file.items).length);
    },
  );

  it('are refused, saying so, by a Scholion that reads only older versions', () => {
    const text = encodeFile(fileOf(sampleWorks().slice(0, 3)), worksFileSpec);
    const older = { ...worksFileSpec, schemaVersion: 2 };
    expect(() => decodeFile(text, older, 'works/00.json')).toThrow(StoreNewerVersionError);
    expect(() => decodeFile(text, older, 'works/00.json')).toThrow(/newer version of Scholion/);
  });
});
