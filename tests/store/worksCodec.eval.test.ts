/**
 * The works-file migrations on real data: the 3,305 entries of the evaluation .bib
 * (../shared/evals/bib), stored in the forms of versions 1, 2 and 3, read back as the same works
 * and exported byte for byte as before (BibTeX, BibLaTeX, CSL-JSON).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Work } from '../../src/core/bibliography/model';
import { exportWorks, parseBibliographyFile } from '../../src/core/formats';
import { decodeFile, encodeFile, worksFileSpec } from '../../src/store';
import { toStoredWorks } from '../../src/store/schemas/worksCodec';
import { repoRoot } from '../cli/runCli';
import { worksFrom } from '../fixtures/works';

const EVAL_BIB = join(repoRoot, '..', 'shared', 'evals', 'bib', 'iridia-combined.bib');

/** The eval file's works as an import stores them (one per key: the file repeats some keys). */
function evalWorks(): Work[] {
  const parsed = parseBibliographyFile(readFileSync(EVAL_BIB, 'utf8'), 'bibtex');
  const byKey = new Map<string, Work>();
  for (const w of worksFrom(parsed.entries)) {
    if (byKey.has(w.citationKey)) continue;
    w.csl['citation-key'] = w.citationKey;
    w.provenance = { kind: 'imported', file: 'iridia.bib', addedAt: '2026-12-05T12:00:00.000Z' };
    w.revision = 1;
    byKey.set(w.citationKey, w);
  }
  return [...byKey.values()];
}

const FORMATS = ['bibtex', 'biblatex', 'csl-json'] as const;

/** The works as text, each work's own fields in one fixed order (the order inside kept). */
function asText(works: readonly Work[]): string {
  return JSON.stringify(
    works.map((w) => {
      const named = w as unknown as Record<string, unknown>;
      return Object.keys(named)
        .sort()
        .map((k) => [k, named[k]]);
    }),
  );
}

describe.skipIf(!existsSync(EVAL_BIB))('works files of every version, on the eval .bib', () => {
  // Data-heavy (3 forms of 3,305 works, 12 exports): a longer timeout on a loaded machine.
  it('read back as the same works and export byte for byte as before', { timeout: 120_000 }, () => {
    const works = evalWorks();
    expect(works.length).toBeGreaterThan(3000);
    const file = worksFileSpec.empty();
    for (const w of works) file.items[w.citationKey] = w;
    const expected = FORMATS.map((f) => exportWorks(works, f));
    const forms = {
      1: JSON.stringify({ ...file, schemaVersion: 1 }),
      2: JSON.stringify(toStoredWorks(file, 2)),
      3: encodeFile(file, worksFileSpec),
    };
    expect(JSON.parse(forms[3])).toMatchObject({ schemaVersion: 3 });
    for (const [version, text] of Object.entries(forms)) {
      const { data } = decodeFile(text, worksFileSpec, `works (version ${version})`);
      const read = works.map((w) => data.items[w.citationKey]!);
      // Every part of each work, field order included inside the CSL item and the .bib fields
      // (compared as text: a deep equality over 3,305 works is slow).
      expect(asText(read) === asText(works), `version ${version}`).toBe(true);
      FORMATS.forEach((f, i) => {
        expect(exportWorks(read, f) === expected[i], `version ${version}, ${f}`).toBe(true);
      });
    }
    // Each form is smaller than the one before it.
    expect(forms[2].length).toBeLessThan(forms[1].length);
    expect(forms[3].length).toBeLessThan(forms[2].length);
  });
});
