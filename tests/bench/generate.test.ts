// The bench generator: a generated library never takes the bundled paper's keys or its works' names.
import { describe, expect, it } from 'vitest';
import { generateLibrary } from '../../bench/generate';
import { keyBase } from '../../bench/names';
import { workYear } from '../../src/core/bibliography';
import { LibraryService } from '../../src/services/library';

describe('generateLibrary beside the bundled paper', () => {
  it('never produces a bundled key, alias or first-author-and-year', async () => {
    const library = await LibraryService.open();
    const bundledKeys = new Set(library.works.flatMap((w) => [w.citationKey, ...w.aliases]));
    const bundledAuthorYears = new Set(
      library.works.map((w) => `${keyBase(w.csl.author?.[0])}${workYear(w) ?? ''}`),
    );
    // 20k works under the default seed held ghosh2000 and kohler2011 before; check both seeds.
    for (const seed of [undefined, 7]) {
      const { works } = generateLibrary(20_000, { seed, notesPerWork: 0 });
      const keys = works.map((w) => w.citationKey);
      expect(keys.filter((k) => bundledKeys.has(k))).toEqual([]);
      expect(new Set(keys).size).toBe(keys.length);
      const namesakes = works.filter((w) =>
        bundledAuthorYears.has(`${keyBase(w.csl.author?.[0])}${workYear(w) ?? ''}`),
      );
      expect(namesakes.map((w) => w.citationKey)).toEqual([]);
    }
  });
});
