/** Test helpers: the bundled bibliography, and small works built from CSL fragments. */
import { readFileSync } from 'node:fs';
import type { CslItem, Work } from '../../../src/core/bibliography/model';
import { loadBibliography } from '../../../src/core/bibliography';

/** The bundled CSL-JSON file, parsed but not validated. */
export function readBundledJson(): unknown {
  const url = new URL('../../../resources/bibliography.csl.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as unknown;
}

/** The bundled bibliography as works. */
export function bundledWorks(): Work[] {
  return loadBibliography(readBundledJson(), { kind: 'bundled' });
}

/** A work from a CSL fragment; the key defaults to the id. */
export function makeWork(csl: Partial<CslItem> & { id: string }, extra: Partial<Work> = {}): Work {
  return {
    citationKey: csl.id,
    csl: { type: 'book', title: `Title of ${csl.id}`, ...csl },
    provenance: { kind: 'imported', file: 'test.bib' },
    confidence: null,
    citedAs: [],
    aliases: [],
    tags: [],
    ...extra,
  };
}

/** A citation query as the parser produces it. */
export function cite(
  authors: string[],
  year: string | null,
  yearSuffix: string | null = null,
  etAl = false,
): { authors: string[]; etAl: boolean; year: string | null; yearSuffix: string | null } {
  return { authors, etAl, year, yearSuffix };
}
