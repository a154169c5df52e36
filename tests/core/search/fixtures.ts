// A small library for the search tests: works, notes and claims with diacritics and particles.
import type { CslName, Work } from '../../../src/core/bibliography/model';
import {
  createSearchIndex,
  type Hit,
  type SearchableClaim,
  type SearchableNote,
  type SearchIndex,
} from '../../../src/core/search';

export function work(
  key: string,
  fields: {
    title: string;
    authors?: CslName[];
    year?: number;
    container?: string;
    tags?: string[];
    type?: string;
  },
): Work {
  return {
    citationKey: key,
    csl: {
      id: key,
      type: fields.type ?? 'article-journal',
      title: fields.title,
      author: fields.authors ?? [],
      ...(fields.year ? { issued: { 'date-parts': [[fields.year]] } } : {}),
      ...(fields.container ? { 'container-title': fields.container } : {}),
    },
    provenance: { kind: 'user' },
    confidence: null,
    citedAs: [],
    aliases: [],
    tags: fields.tags ?? [],
  };
}

export const WORKS: Work[] = [
  work('kohler2011', {
    title: 'What Government Networks Do in the Field of Migration',
    authors: [{ family: 'Köhler', given: 'Jobst' }],
    year: 2011,
    container: 'Multilayered Migration Governance',
    tags: ['rcp'],
  }),
  work('koehler2009', {
    title: 'Regional Consultative Processes',
    authors: [{ family: 'Koehler', given: 'Anna' }],
    year: 2009,
  }),
  work('kohler1999', {
    title: 'Labour Markets and Seasonal Workers',
    authors: [{ family: 'Kohler', given: 'Peter' }],
    year: 1999,
  }),
  work('betts2011c', {
    title: 'The Global Governance of Migration and the Role of Trans-regionalism',
    authors: [{ family: 'Betts', given: 'Alexander' }],
    year: 2011,
    container: 'Multilayered Migration Governance',
  }),
  work('smith2013', {
    title: 'Responding to Betts on Regime Complexity',
    authors: [{ family: 'Smith', given: 'Jane' }],
    year: 2013,
  }),
  work('garcia2015', {
    title: 'Securitisation of Borders in the Mediterranean',
    authors: [
      { family: 'García Núñez', given: 'María' },
      { family: 'Łukasiewicz', given: 'Søren' },
    ],
    year: 2015,
    tags: ['borders', 'to-read'],
  }),
  work('berg2004', {
    title: 'Readmission Agreements',
    authors: [{ family: 'Berg', given: 'Pieter', 'non-dropping-particle': 'van der' }],
    year: 2004,
    container: 'Revue européenne des migrations internationales',
  }),
  work('obrien2020', {
    title: 'Deportation Regimes',
    authors: [{ family: "O'Brien", given: 'Niamh' }],
    year: 2020,
  }),
];

export const NOTES: SearchableNote[] = [
  {
    id: 'n1',
    title: 'Reading list',
    body: '# Networks\n\nCompare Köhler with **Betts** on governance networks; see [@betts2011c].',
    tags: ['rcp'],
  },
  {
    id: 'n2',
    title: 'Borders',
    body: 'Deportation regimes in the Mediterranean; see García on securitisation.',
    tags: [],
  },
];

export const CLAIMS: SearchableClaim[] = [
  {
    id: 'uc-1',
    text: 'Partnerships rarely deliver the promised win-win-win outcomes.',
    origin: 'user',
    cites: ['Betts 2011c'],
    anchor: null,
  },
];

/** An index holding the fixture works, notes and claims. */
export function fixtureIndex(): SearchIndex {
  const index = createSearchIndex();
  index.addWorks(WORKS);
  index.addNotes(NOTES);
  index.addClaims(CLAIMS);
  return index;
}

/** The text each highlight of `hit` marks, as "field:text". */
export function marked(hit: Hit): string[] {
  return hit.highlights.map((h) => `${h.field}:${hit[h.field].slice(h.start, h.end)}`);
}

/** Ids of the work hits for `query`. */
export function workIds(index: SearchIndex, query: string): string[] {
  return index.search(query, { limitPerKind: 50 }).works.map((h) => h.id);
}
