/**
 * What a generated library must stay clear of: the bundled paper's citation keys (and aliases) and
 * its works' first-author-and-year stems, read from the bundled bibliography the app ships.
 */
import { loadBibliography } from '../src/core/bibliography';
import { workYear } from '../src/core/bibliography';
import { findResourcesDir, readBundledResources } from '../src/services/library/resources';
import { keyBase } from './names';

export interface BundledNames {
  /** Every bundled citation key and alias. */
  keys: ReadonlySet<string>;
  /** `keyBase(first author) + year` of every bundled work ("ghosh2000", "kohler2011"). */
  authorYears: ReadonlySet<string>;
}

function readBundledNames(): BundledNames {
  const { bibliography } = readBundledResources(findResourcesDir());
  const works = loadBibliography(bibliography, { kind: 'bundled' });
  const keys = new Set<string>();
  const authorYears = new Set<string>();
  for (const work of works) {
    keys.add(work.citationKey);
    for (const alias of work.aliases) keys.add(alias);
    const first = work.csl.author?.[0] ?? work.csl.editor?.[0];
    authorYears.add(`${keyBase(first)}${workYear(work) ?? ''}`);
  }
  return { keys, authorYears };
}

/** The bundled paper's names, read once. */
export const bundledNames: BundledNames = readBundledNames();
