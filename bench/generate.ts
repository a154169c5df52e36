/**
 * Deterministic generator of realistic libraries (1k–100k works and notes linked to some of them)
 * for the benchmarks: varied CSL types, authors with diacritics and particles, titles, venues,
 * years and tags. Returns everything in memory; the store writes it in Scholion's own format.
 */
import type { CslItem, CslName, Work } from '../src/core/bibliography/model';
import { bundledNames } from './bundled';
import { createRng, type Rng } from './prng';
import { authorLabel, generateName, institution, keyBase } from './names';
import { generateNote, type GeneratedNote } from './notes';
import {
  JOURNALS,
  PLACES,
  PUBLISHERS,
  TAGS,
  TECH_ENDINGS,
  TECH_ROOTS,
  TITLE_GLUE,
  TITLE_WORDS,
} from './vocabulary';

export type { GeneratedNote } from './notes';

export interface GeneratedLibrary {
  works: Work[];
  notes: GeneratedNote[];
}

export interface GenerateOptions {
  /** PRNG seed; the same seed and size always give the same library. */
  seed?: number;
  /** Notes per work (default 0.1: one note for every ten works). */
  notesPerWork?: number;
}

/** The library sizes the benchmark suite runs. */
export const LIBRARY_SIZES = [1_000, 10_000, 100_000] as const;

const TYPES: [string, number][] = [
  ['article-journal', 0.52],
  ['chapter', 0.15],
  ['book', 0.12],
  ['paper-conference', 0.08],
  ['report', 0.07],
  ['thesis', 0.03],
  ['webpage', 0.02],
  ['article-newspaper', 0.01],
];

function pickType(rng: Rng): string {
  let r = rng.next();
  for (const [type, p] of TYPES) if ((r -= p) < 0) return type;
  return 'article-journal';
}

const capitalise = (w: string): string => (w ? (w[0] ?? '').toUpperCase() + w.slice(1) : w);

function contentWord(rng: Rng): string {
  const r = rng.next();
  if (r < 0.86) return rng.zipf(TITLE_WORDS, 0.9);
  if (r < 0.95) {
    const root = rng.pick(TECH_ROOTS);
    const mid = rng.chance(0.5) ? rng.pick(TECH_ROOTS) : '';
    return root + mid + rng.pick(TECH_ENDINGS);
  }
  return rng.pick(PLACES).replace(/-/g, ' ');
}

function phrase(rng: Rng, min: number, max: number): string[] {
  const n = rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(contentWord(rng));
    if (i < n - 1 && rng.chance(0.35)) out.push(rng.pick(TITLE_GLUE));
  }
  return out;
}

/** A title in sentence or title case, sometimes with a subtitle. */
export function generateTitle(rng: Rng): string {
  const titleCase = rng.chance(0.5);
  const render = (ws: string[]): string =>
    ws
      .map((w, i) => (i === 0 || (titleCase && !TITLE_GLUE.includes(w)) ? capitalise(w) : w))
      .join(' ');
  const main = render(phrase(rng, 2, 7));
  return rng.chance(0.45) ? `${main}: ${render(phrase(rng, 2, 6))}` : main;
}

function generateYear(rng: Rng): number {
  return 2025 - Math.floor(75 * Math.pow(rng.next(), 2.2));
}

/**
 * A unique, ASCII, BibTeX-safe key: family + year + a, b, ... on collisions (`used` counts stems).
 * Never one of the bundled paper's keys or aliases: a stored work with a bundled key replaces the
 * bundled work, so the paper's citation would point at a generated article.
 */
function uniqueKey(base: string, year: number, used: Map<string, number>): string {
  const stem = `${base}${year}`;
  for (;;) {
    const n = used.get(stem) ?? 0;
    used.set(stem, n + 1);
    const i = n - 1;
    const key =
      n === 0
        ? stem
        : i < 26
          ? stem + String.fromCharCode(97 + i)
          : `${stem}${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}`;
    if (!bundledNames.keys.has(key)) return key;
  }
}

/**
 * The year of a generated work, moved back while its first author and year would read like one of
 * the bundled paper's works ("Ghosh 2000"): the paper's citations and a search for them must find
 * the paper's work, not a generated namesake.
 */
function yearClearOfBundled(base: string, year: number): number {
  let y = year;
  while (bundledNames.authorYears.has(`${base}${y}`)) y -= 1;
  return y;
}

function authorsFor(rng: Rng, type: string): CslName[] {
  if ((type === 'report' || type === 'webpage') && rng.chance(0.5)) return [institution(rng)];
  const r = rng.next();
  const n = r < 0.35 ? 1 : r < 0.65 ? 2 : r < 0.85 ? 3 : rng.int(4, 8);
  return Array.from({ length: n }, () => generateName(rng));
}

function typeFields(rng: Rng, type: string, year: number): Partial<CslItem> {
  const [publisher, place] = rng.pick(PUBLISHERS);
  switch (type) {
    case 'article-journal': {
      const first = rng.int(1, 400);
      return {
        'container-title': rng.zipf(JOURNALS, 0.8),
        volume: String(Math.max(1, year - 1960)),
        issue: String(rng.int(1, 6)),
        page: `${first}–${first + rng.int(8, 35)}`,
        DOI: `10.${rng.int(1000, 9999)}/${rng.int(100000, 999999)}`,
      };
    }
    case 'chapter': {
      const first = rng.int(1, 300);
      return {
        'container-title': generateTitle(rng),
        editor: Array.from({ length: rng.int(1, 3) }, () => generateName(rng)),
        publisher,
        'publisher-place': place,
        page: `${first}–${first + rng.int(10, 30)}`,
      };
    }
    case 'book':
      return {
        publisher,
        'publisher-place': place,
        ISBN: `978-${rng.int(0, 9)}-${rng.int(1000, 9999)}-${rng.int(1000, 9999)}-${rng.int(0, 9)}`,
      };
    case 'paper-conference':
      return {
        'container-title': `Proceedings of the ${rng.pick(['Annual', 'Biennial', 'International'])} Conference on ${capitalise(contentWord(rng))} and ${capitalise(contentWord(rng))}`,
        'event-place': rng.pick(PLACES).replace(/-/g, ' '),
      };
    case 'report':
      return {
        publisher: rng.pick(PUBLISHERS)[0],
        number: String(rng.int(1, 250)),
        genre: 'Working paper',
      };
    case 'thesis':
      return {
        publisher: `University of ${rng.pick(PLACES).replace(/-/g, ' ')}`,
        genre: 'PhD thesis',
      };
    case 'webpage':
      return {
        URL: `https://example.org/${rng.int(1, 1e6)}`,
        'container-title': rng.pick([
          'Migration Policy Institute',
          'EUobserver',
          'Le Monde diplomatique',
        ]),
      };
    default:
      return {
        'container-title': rng.pick([
          'The Guardian',
          'Le Monde',
          'Die Zeit',
          'El País',
          'Süddeutsche Zeitung',
        ]),
      };
  }
}

function generateWork(rng: Rng, index: number, used: Map<string, number>): Work {
  const type = pickType(rng);
  const author = authorsFor(rng, type);
  const base = keyBase(author[0]);
  const year = yearClearOfBundled(base, generateYear(rng));
  const citationKey = uniqueKey(base, year, used);
  const csl: CslItem = {
    id: citationKey,
    type,
    title: generateTitle(rng),
    author,
    issued: { 'date-parts': [[year]] },
    ...typeFields(rng, type, year),
  };
  const tagCount = rng.chance(0.5) ? 0 : rng.int(1, 4);
  const tags = [...new Set(Array.from({ length: tagCount }, () => rng.zipf(TAGS, 0.7)))];
  const added = new Date(Date.UTC(2015, 0, 1) + index * 3_600_000).toISOString();
  return {
    citationKey,
    csl,
    provenance: { kind: 'imported', file: 'library.bib', addedAt: added },
    confidence: null,
    citedAs: [],
    aliases: [],
    tags,
  };
}

/**
 * Builds a library of `size` works and about `size * notesPerWork` notes, each note linked to one
 * to three of the works. Deterministic: same size and seed, same library.
 */
export function generateLibrary(size: number, options: GenerateOptions = {}): GeneratedLibrary {
  const rng = createRng(options.seed ?? 20130114);
  const used = new Map<string, number>();
  const works: Work[] = [];
  for (let i = 0; i < size; i++) works.push(generateWork(rng, i, used));
  const noteCount = Math.round(size * (options.notesPerWork ?? 0.1));
  const notes: GeneratedNote[] = [];
  for (let i = 0; i < noteCount; i++) {
    const linked = Array.from({ length: rng.int(1, 3) }, () => rng.pick(works));
    notes.push(generateNote(rng, i, [...new Set(linked)], authorLabel));
  }
  return { works, notes };
}
