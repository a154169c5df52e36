/** Round trips: Debian's biblatex-examples.bib and the bundled bibliography through every format. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportWorks, parseBibliographyFile } from '../../../src/core/formats';
import { biblatexExamplesPath, bundled, worksFrom } from '../../fixtures/works';

const examples = biblatexExamplesPath();

describe.skipIf(!examples)('biblatex-examples.bib round trip', () => {
  const original = parseBibliographyFile(readFileSync(examples!, 'utf8'));
  const works = worksFrom(original.entries);

  for (const dialect of ['biblatex', 'bibtex'] as const) {
    it(`all 92 entries come back with the same keys from the ${dialect} export`, () => {
      const again = parseBibliographyFile(exportWorks(works, dialect));
      expect(again.errors).toEqual([]);
      expect(again.entries.map((e) => e.key).sort()).toEqual(
        original.entries.map((e) => e.key).sort(),
      );
      expect(again.entries).toHaveLength(92);
    });
  }

  it('BibLaTeX export gives back every type and field as taken in, and the same CSL', () => {
    const again = parseBibliographyFile(exportWorks(works, 'biblatex'));
    const byKey = new Map(again.entries.map((e) => [e.key, e]));
    for (const e of original.entries) {
      const back = byKey.get(e.key)!;
      expect(back.source, e.key!).toEqual(e.source);
      expect(back.csl, e.key!).toEqual(e.csl);
    }
    const fieldCount = original.entries.reduce(
      (n, e) => n + Object.keys(e.source!.fields).length,
      0,
    );
    expect(fieldCount).toBeGreaterThan(1000);
  });

  it('exporting the re-imported entries gives identical bytes', () => {
    const first = exportWorks(works, 'biblatex');
    expect(exportWorks(worksFrom(parseBibliographyFile(first).entries), 'biblatex')).toBe(first);
  });
});

describe('bundled bibliography round trip', () => {
  const works = bundled();
  for (const format of ['bibtex', 'biblatex', 'ris', 'csl-json'] as const) {
    it(`${format}: every work comes back with its key, type family and title`, () => {
      const again = parseBibliographyFile(exportWorks(works, format));
      expect(again.errors).toEqual([]);
      expect(again.entries.map((e) => e.key).sort()).toEqual(
        works.map((w) => w.citationKey).sort(),
      );
      const byKey = new Map(again.entries.map((e) => [e.key, e.csl]));
      for (const w of works) {
        const back = byKey.get(w.citationKey)!;
        // An opening straight ' is written as TeX's ` (else it prints as a closing quote), so
        // the .bib formats give it back as a typographic quote.
        expect(singleQuotes(back.title), w.citationKey).toBe(singleQuotes(w.csl.title));
        // RIS cannot mark an institution: one with a comma in its name comes back as a person.
        const risLimit =
          format === 'ris' && (w.csl.author ?? []).some((n) => n.literal?.includes(','));
        if (!risLimit) {
          expect(canonical(back.author ?? back.editor), w.citationKey).toEqual(
            canonical(w.csl.author ?? w.csl.editor),
          );
        }
      }
    });
  }
});

const singleQuotes = (title: unknown): unknown =>
  typeof title === 'string' ? title.replace(/[\u2018\u2019]/g, "'") : title;

/** Names with their parts in one order, so that only content is compared. */
function canonical(names: unknown): string {
  return JSON.stringify(
    ((names ?? []) as Record<string, unknown>[]).map((n) =>
      Object.fromEntries(Object.entries(n).sort(([a], [b]) => (a < b ? -1 : 1))),
    ),
  );
}
