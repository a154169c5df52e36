/**
 * Formatted bibliographies of 1,000 works (issue 15): in each bundled style, the export as the
 * app does it (entries kept in the data folder, rendered in the background when the works were
 * written; the first export after a restart reads them from disk and assembles), against the
 * same 1,000 works formatted for the first time (engine warmed) and, for APA, against naive
 * citation-js (`new Cite(items).format('bibliography')` with the same style file), all in one
 * run. Every output is checked to be byte-identical to the fresh render. Figures only.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Work } from '../src/core/bibliography/model';
import {
  formatBibliography,
  warmUpBibliography,
  type FormatOptions,
  type StyleId,
} from '../src/core/formats';
import { BibliographyCache, loadBundledCsl, storedOrAllWorks } from '../src/services/export';
import { libraryWorkStore } from '../src/services/import';
import { UserDataStore } from '../src/store';
import { Cite, plugins } from '@citation-js/core';
import { generateWorks } from './formatsData';
import { median, round } from './stats';

export interface StyleFigures {
  /** Export from the kept entries, first call after a restart (file read included), median. */
  keptMs: number;
  /** The same works never formatted before (today's path without kept entries), engine warmed. */
  coldMs: number;
  /** Rendering the kept entries in the background when the works were written (once). */
  backgroundMs: number;
  /** The kept output is byte-identical to the fresh render. */
  identical: boolean;
}

export interface BibliographyFigures {
  /** APA (the target), with naive citation-js for comparison. */
  apa: StyleFigures & { citationJsMs: number; ratio: number };
  others: Record<string, StyleFigures>;
}

const STYLES: readonly StyleId[] = ['apa', 'chicago-author-date', 'harvard', 'mla'];

/** Naive citation-js: a new Cite of the items, formatted with Scholion's APA file. */
function naiveCitationJs(works: readonly Work[], resourcesDir: string): number {
  const templates = (
    plugins.config.get('@csl') as { templates: { add(name: string, xml: string): void } }
  ).templates;
  templates.add('scholion-apa', readFileSync(join(resourcesDir, 'csl', 'apa.csl'), 'utf8'));
  const items = works.map((w) => ({ ...w.csl, id: w.citationKey }));
  const started = performance.now();
  const cite = new Cite(items) as Cite & { format(kind: string, opts: object): string };
  cite.format('bibliography', { template: 'scholion-apa', format: 'text', lang: 'en-US' });
  return performance.now() - started;
}

/** Runs the benchmark in a scratch data folder (removed afterwards). */
export async function benchBibliography(
  resourcesDir: string,
  runs = 3,
): Promise<BibliographyFigures> {
  loadBundledCsl(join(resourcesDir));
  const works = generateWorks(1000, 2026);
  const dir = mkdtempSync(join(tmpdir(), 'scholion-bench-bibliography-'));
  try {
    // The library's works written once, as an import would; the background pass renders the
    // entries of the kinds in use (each style's text, remembered from an earlier export).
    const figures: Record<string, StyleFigures> = {};
    for (const style of STYLES) {
      const opts: FormatOptions = { style, format: 'text' };
      warmUpBibliography(style);
      const started = performance.now();
      const coldOut = formatBibliography(works, opts);
      const coldMs = performance.now() - started;
      figures[style] = { ...(await kept(dir, style, works, opts, coldOut, runs)), coldMs };
    }
    const apa = figures.apa!;
    const citationJsMs = naiveCitationJs(works, resourcesDir);
    const rounded = (f: StyleFigures): StyleFigures => ({
      keptMs: round(f.keptMs, 1),
      coldMs: round(f.coldMs, 1),
      backgroundMs: round(f.backgroundMs, 1),
      identical: f.identical,
    });
    return {
      apa: {
        ...rounded(apa),
        citationJsMs: round(citationJsMs, 1),
        ratio: round(citationJsMs / apa.keptMs, 1),
      },
      others: Object.fromEntries(STYLES.slice(1).map((s) => [s, rounded(figures[s]!)])),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes the works into a fresh folder, lets the background pass render, then times exports. */
async function kept(
  root: string,
  style: StyleId,
  works: readonly Work[],
  opts: FormatOptions,
  expected: string,
  runs: number,
): Promise<Omit<StyleFigures, 'coldMs'>> {
  const dir = join(root, style);
  const open = async () => {
    const store = await UserDataStore.openDir(dir);
    const library = libraryWorkStore(store, []);
    return {
      store,
      cache: new BibliographyCache(
        store,
        storedOrAllWorks(store, () => library.allWorks()),
      ),
    };
  };
  const first = await open();
  // An export of one work records the kind in use, as a user's first export would.
  await first.cache.format(works.slice(0, 1), opts);
  const unfollow = first.cache.follow();
  const started = performance.now();
  await first.store.works.putMany(works, (w) => w.citationKey);
  await first.cache.settled();
  const backgroundMs = performance.now() - started;
  unfollow();
  await first.store.close();
  const times: number[] = [];
  let identical = true;
  for (let i = 0; i < runs; i++) {
    const again = await open(); // a restart: the kept entries are read from disk
    const t = performance.now();
    const out = await again.cache.format(works, opts);
    times.push(performance.now() - t);
    identical &&= out === expected;
    await again.store.close();
  }
  return { keptMs: median(times), backgroundMs, identical };
}
