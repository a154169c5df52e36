// The bibliography filter (WorkTable.query's `filter`): every name, editor, title, container, key,
// alias and tag of a work, folded as search folds, each typed word matching somewhere.
import { beforeAll, describe, expect, it } from 'vitest';
import { workListing } from '../../../src/core/bibliography';
import type { Work } from '../../../src/core/bibliography/model';
import { LibraryService, WorkTable, type StoredWorks } from '../../../src/services/library';

let library: LibraryService;
beforeAll(async () => {
  library = await LibraryService.open();
});

/** A stored work with names in several scripts and roles, as a user's import might hold. */
const imported: Work = {
  citationKey: 'cetinkaya2019',
  csl: {
    id: 'cetinkaya2019',
    type: 'article-journal',
    title: 'Return Migration and the State',
    author: [{ family: 'Çetinkaya', given: 'Ayşe' }],
    translator: [{ literal: 'Łódź Translation Collective' }],
    editor: [{ family: 'Ørsted', given: 'Hans' }],
    'container-title': 'Zeitschrift für Migrationsforschung',
    issued: { 'date-parts': [[2019]] },
  },
  provenance: { kind: 'imported', file: 'mine.bib' },
  confidence: null,
  citedAs: [],
  aliases: [],
  tags: ['to-read', 'Türkei'],
};

function filterOn(stored: StoredWorks = []) {
  const table = new WorkTable(library);
  return (filter: string) =>
    table.query(stored, { sort: 'author', direction: 'ascending', filter }).keys.sort();
}

describe('the bibliography filter', () => {
  it('finds editors, not only the displayed author label (issue 10 item 15)', () => {
    const filter = filterOn();
    // Kunz, Lavenex & Panizzon edited Kunz et al. 2011 and the chapters in it.
    expect(filter('panizzon')).toEqual(['betts2011c', 'kohler2011', 'kunz2011', 'lavenex2013']);
    expect(filter('chetail')).toEqual(['aleinikoff2003']);
    expect(filter('carlsnaes')).toEqual(['lahav2012']);
    // Given names count too: Marion Panizzon.
    expect(filter('marion')).toEqual(['betts2011c', 'kohler2011', 'kunz2011', 'lavenex2013']);
  });

  it('finds containers, keys and aliases', () => {
    const filter = filterOn();
    expect(filter('quarterly')).toEqual(['abrahamsen2004']);
    expect(filter('handbook')).toEqual(['lahav2012']);
    expect(filter('iamm2004')).toEqual(['fom2004']);
    expect(filter('hollifield1998')).toEqual(['hollifield1998']);
  });

  it('needs every word, each matching in any field', () => {
    const filter = filterOn();
    // "promise" is in the container of the chapters and the title of the book; "koehler" is one author.
    expect(filter('promise')).toEqual(['betts2011c', 'kohler2011', 'kunz2011']);
    expect(filter('promise koehler')).toEqual(['kohler2011']);
    expect(filter('Panizzon 2013')).toEqual(['lavenex2013']);
    expect(filter('panizzon zzz')).toEqual([]);
  });

  it('ignores case and diacritics as search does, both ways', () => {
    const filter = filterOn([imported]);
    for (const typed of ['cetinkaya', 'Çetinkaya', 'CETINKAYA', 'ayse']) {
      expect(filter(typed), typed).toEqual(['cetinkaya2019']);
    }
    expect(filter('societe')).toEqual(['ruckert2006']); // "Travail, capital et société"
    expect(filter('SOCIÉTÉ')).toEqual(['ruckert2006']);
    expect(filter('heritier rhodes')).toEqual(['heritier2010']);
    // Ø spelled out or dropped, as search indexes it; literal names of other roles; tags.
    expect(filter('orsted')).toEqual(['cetinkaya2019']);
    expect(filter('oersted')).toEqual(['cetinkaya2019']);
    expect(filter('lodz')).toEqual(['cetinkaya2019']);
    expect(filter('to-read')).toEqual(['cetinkaya2019']);
    expect(filter('turkei')).toEqual(['cetinkaya2019']);
    expect(filter('tuerkei')).toEqual(['cetinkaya2019']);
  });

  it('answers as a fresh table does while the user types on, deletes and retypes', () => {
    const typing = filterOn([imported]);
    const steps = [
      'p',
      'pa',
      'pan',
      'pani',
      'panizzon',
      'panizzon 2',
      'panizzon 20',
      'p',
      'k',
      'kö',
      'köh',
      'koeh',
      'koehler promise',
      'koehler',
      'ø',
      'øe',
      'oers',
      'o',
      'or',
    ];
    for (const typed of steps) expect(typing(typed), typed).toEqual(filterOn([imported])(typed));
  });

  it('answers the same from the store’s cached listings as from the works', () => {
    const fromWorks = filterOn([imported]);
    const fromListings = filterOn([workListing(imported)]);
    for (const typed of ['cetinkaya', 'oersted', 'panizzon', 'to-read', 'lodz quarterly']) {
      expect(fromListings(typed), typed).toEqual(fromWorks(typed));
    }
  });
});
