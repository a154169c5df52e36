/**
 * Seeded generator of realistic bibliographies for the formats benchmark: varied entry types,
 * authors with diacritics (LaTeX-spelled and UTF-8), particles and institutions, @string journal
 * macros, month macros, crossrefs to collections, abstracts, DOIs and ISBNs. The same records
 * give a .bib file (import) and CSL-only works (export, formatted bibliographies).
 */
import type { CslItem, CslName, Work } from '../src/core/bibliography/model';
import {
  ABSTRACT_WORDS,
  FAMILIES,
  GIVENS,
  INSTITUTIONS,
  JOURNALS,
  PARTICLES,
  PROPER,
  PUBLISHERS,
  Rand,
  SYNTHETIC_FAMILIES,
  TITLE_WORDS,
  type Spelled,
} from './formatsVocabulary';

type Person =
  | { kind: 'person'; family: Spelled; given: Spelled; particle?: string }
  | { kind: 'institution'; name: string };

type Kind =
  | 'article'
  | 'book'
  | 'collection'
  | 'incollection'
  | 'inproceedings'
  | 'phdthesis'
  | 'techreport'
  | 'online';

/** One generated work, before it is written as .bib or CSL. */
interface Rec {
  kind: Kind;
  key: string;
  authors: Person[];
  editors: Person[];
  /** Title words; a word in PROPER is a name or acronym. */
  title: string[];
  subtitle: string[] | null;
  year: number;
  month: number | null;
  journal: number;
  volume: number;
  issue: number;
  pages: [number, number];
  publisher: number;
  doi: string | null;
  isbn: string | null;
  url: string | null;
  abstract: string | null;
  keywords: string[];
  /** For an incollection: the generated collection it crossrefs (or contains, inline). */
  parent: Rec | null;
  /** True when the .bib uses `crossref = {parent}` rather than copying the book's fields. */
  crossref: boolean;
  biblatex: boolean;
}

const KINDS: readonly [Kind, number][] = [
  ['article', 0.42],
  ['book', 0.12],
  ['incollection', 0.17],
  ['inproceedings', 0.11],
  ['phdthesis', 0.04],
  ['techreport', 0.08],
  ['online', 0.06],
];

function pickKind(r: Rand): Kind {
  let x = r.next();
  for (const [kind, p] of KINDS) if ((x -= p) < 0) return kind;
  return 'article';
}

function person(r: Rand): Person {
  if (r.chance(0.04)) return { kind: 'institution', name: r.pick(INSTITUTIONS) };
  if (r.chance(0.05)) {
    const [particle, family] = r.pick(PARTICLES);
    return { kind: 'person', family: [family, family], given: r.pick(GIVENS), particle };
  }
  const given = r.pick(GIVENS);
  const initials = r.chance(0.3);
  return {
    kind: 'person',
    family: r.chance(0.4) ? r.skewed(FAMILIES) : r.pick(SYNTHETIC_FAMILIES),
    given: initials ? [`${given[0][0]}.`, `${given[0][0]}.`] : given,
  };
}

function words(r: Rand, min: number, max: number): string[] {
  const out: string[] = [];
  for (let i = r.int(min, max); i > 0; i--)
    out.push(r.chance(0.08) ? r.pick(PROPER) : r.pick(TITLE_WORDS));
  return out;
}

function ascii(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

/** Generates `n` records (plus the collections some of them crossref) from `seed`. */
function records(n: number, seed: number): Rec[] {
  const r = new Rand(seed);
  const out: Rec[] = [];
  const keys = new Map<string, number>();
  const uniqueKey = (base: string): string => {
    const seen = keys.get(base) ?? 0;
    keys.set(base, seen + 1);
    return seen === 0
      ? base
      : `${base}${String.fromCharCode(96 + Math.min(seen, 26))}${seen > 26 ? seen : ''}`;
  };
  const make = (kind: Kind): Rec => {
    const authors = Array.from({ length: r.chance(0.5) ? 1 : r.int(2, 5) }, () => person(r));
    const year = r.int(1975, 2024);
    const first = authors[0]!;
    const base =
      (first.kind === 'person' ? ascii(first.family[0]) : ascii(first.name).slice(0, 8)) + year;
    return {
      kind,
      key: uniqueKey(base),
      authors: kind === 'collection' ? [] : authors,
      editors:
        kind === 'collection' || (kind === 'book' && r.chance(0.2)) ? authors.slice(0, 2) : [],
      title: words(r, 3, 11),
      subtitle: r.chance(0.3) ? words(r, 2, 6) : null,
      year,
      month: r.chance(0.3) ? r.int(1, 12) : null,
      journal: r.int(0, JOURNALS.length - 1),
      volume: r.int(1, 60),
      issue: r.int(1, 6),
      pages: ((p) => [p, p + r.int(5, 30)])(r.int(1, 900)),
      publisher: r.int(0, PUBLISHERS.length - 1),
      doi: r.chance(0.55) ? `10.${r.int(1000, 9999)}/${r.int(100000, 999999)}.${year}` : null,
      isbn:
        kind === 'book' || kind === 'collection'
          ? `978-${r.int(0, 9)}-${r.int(10000, 99999)}-${r.int(100, 999)}-${r.int(0, 9)}`
          : null,
      url:
        kind === 'online' || r.chance(0.15)
          ? `https://example.org/${base}/${r.int(1, 9999)}`
          : null,
      abstract: r.chance(0.5) ? sentence(r, 40, 120) : null,
      keywords: r.chance(0.4) ? words(r, 2, 5) : [],
      parent: null,
      crossref: false,
      biblatex: r.chance(0.25),
    };
  };
  const collections: Rec[] = [];
  while (out.length + collections.length < n) {
    const rec = make(pickKind(r));
    if (rec.kind === 'incollection') {
      const reuse = collections.length > 0 && r.chance(0.5);
      rec.parent = reuse ? r.pick(collections) : make('collection');
      rec.crossref = r.chance(0.3);
      if (!reuse && rec.crossref) collections.push(rec.parent);
    }
    out.push(rec);
  }
  return [...out, ...collections];
}

function sentence(r: Rand, min: number, max: number): string {
  const w = Array.from({ length: r.int(min, max) }, () => r.pick(ABSTRACT_WORDS));
  return `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const titleText = (ws: string[]): string => ws.map((w, i) => (i === 0 ? capital(w) : w)).join(' ');

export { records as generateRecords, type Rec, type Person, titleText };

/** A generated CSL-JSON item (as the app would hold a work typed in or imported from RIS). */
export function recordToCsl(rec: Rec): CslItem {
  const name = (p: Person): CslName =>
    p.kind === 'institution'
      ? { literal: p.name }
      : {
          family: p.family[0],
          given: p.given[0],
          ...(p.particle ? { 'non-dropping-particle': p.particle } : {}),
        };
  const type = {
    article: 'article-journal',
    book: 'book',
    collection: 'book',
    incollection: 'chapter',
    inproceedings: 'paper-conference',
    phdthesis: 'thesis',
    techreport: 'report',
    online: 'webpage',
  }[rec.kind];
  const item: CslItem = {
    id: rec.key,
    type,
    title: titleText(rec.title) + (rec.subtitle ? `: ${titleText(rec.subtitle)}` : ''),
    issued: { 'date-parts': [rec.month ? [rec.year, rec.month] : [rec.year]] },
  };
  if (rec.authors.length) item.author = rec.authors.map(name);
  if (rec.editors.length) item.editor = rec.editors.map(name);
  const [publisher, place] = PUBLISHERS[rec.publisher]!;
  if (rec.kind === 'article') {
    Object.assign(item, {
      'container-title': JOURNALS[rec.journal]![0],
      volume: String(rec.volume),
      issue: String(rec.issue),
      page: `${rec.pages[0]}-${rec.pages[1]}`,
    });
  } else if (rec.kind === 'incollection' && rec.parent) {
    Object.assign(item, {
      'container-title': titleText(rec.parent.title),
      editor: rec.parent.editors.map(name),
      publisher,
      'publisher-place': place,
      page: `${rec.pages[0]}-${rec.pages[1]}`,
    });
  } else if (rec.kind === 'inproceedings') {
    item['container-title'] = `Proceedings of the ${titleText(rec.title.slice(0, 3))} Conference`;
    item.page = `${rec.pages[0]}-${rec.pages[1]}`;
  } else if (rec.kind === 'phdthesis') {
    Object.assign(item, { publisher: `University of ${place}`, genre: 'PhD thesis' });
  } else if (rec.kind === 'techreport') {
    Object.assign(item, {
      publisher: INSTITUTIONS[rec.publisher % INSTITUTIONS.length],
      number: String(rec.volume),
    });
  } else if (rec.kind !== 'online') {
    Object.assign(item, { publisher, 'publisher-place': place });
  }
  if (rec.doi) item.DOI = rec.doi;
  if (rec.isbn) item.ISBN = rec.isbn;
  if (rec.url) item.URL = rec.url;
  if (rec.abstract) item.abstract = rec.abstract;
  if (rec.keywords.length) item.keyword = rec.keywords.join(', ');
  return item;
}

/** `n` CSL-only works (no .bib source), deterministic for a seed. */
export function generateWorks(n: number, seed: number): Work[] {
  return records(n, seed)
    .slice(0, n)
    .map((rec) => ({
      citationKey: rec.key,
      csl: recordToCsl(rec),
      provenance: { kind: 'user' as const },
      confidence: null,
      citedAs: [],
      aliases: [],
      tags: [],
    }));
}
