// ListingColumns: listings packed into columns answer every field exactly as the plain listings.
import { describe, expect, it } from 'vitest';
import { generateLibrary } from '../../../../bench/generate';
import { workListing, type WorkListing } from '../../../../src/core/bibliography';
import {
  LISTING_FIELDS,
  ListingColumns,
  plainListing,
} from '../../../../src/core/bibliography/packed/listingColumns';
import {
  InternedLists,
  InternedValues,
  PackedStrings,
  PackedTimes,
} from '../../../../src/core/bibliography/packed/packedValues';

const base: WorkListing = {
  key: 'betts2011',
  label: 'Betts 2011',
  title: 'Global Migration Governance',
  authorsShort: 'Betts',
  authorNames: 'Alexander Betts',
  year: '2011',
  type: 'book',
  confidence: 'verified',
  provenance: 'imported',
  importedFrom: 'mine.bib',
  aliases: [],
  container: 'Oxford University Press',
  addedAt: '2024-03-01T10:00:00.000Z',
  modifiedAt: null,
  tags: [],
  filterText: 'betts2011 betts 2011 2011 book alexander betts global migration governance',
};

/** Rows with every kind of value a field can hold: null, empty, one byte, wider, lists. */
const EDGE_ROWS: WorkListing[] = [
  base,
  { ...base, key: 'a', label: '', title: '', authorsShort: '', authorNames: '', filterText: '' },
  { ...base, key: 'b', year: null, container: null, addedAt: null, importedFrom: null },
  {
    ...base,
    key: 'c',
    confidence: null,
    provenance: 'bundled',
    modifiedAt: '2025-01-01T00:00:00Z',
  },
  {
    ...base,
    key: 'd',
    title: 'Köhler à Zürich: Ærø',
    authorsShort: 'Köhler',
    authorNames: 'Christina Köhler, Peter van der Heijden',
    container: 'Revue',
  },
  { ...base, key: 'e', title: '移民治理 — “quoted”', label: 'Łukasz 2011', authorsShort: 'Łukasz' },
  { ...base, key: 'f', title: 'emoji 🧭 pair', container: '🧭', filterText: 'f 🧭 emoji' },
  { ...base, key: 'g', aliases: ['g2', 'g3'], tags: ['to read', 'Ωmega'] },
  { ...base, key: 'h', tags: ['to read', 'Ωmega'], aliases: ['h1'] },
  { ...base, key: 'i', title: '', container: '', year: '' },
  { ...base, key: 'j', label: 'Betts 2011', year: '2011', type: 'chapter', confidence: 'guess' },
  { ...base, key: 'k', label: 'Betts 2011b', year: '2011b', addedAt: '2024-03-01' },
  {
    ...base,
    key: 'l',
    label: 'Betts  2011',
    addedAt: 'yesterday',
    modifiedAt: '+012024-01-01T00:00:00.000Z',
  },
  {
    ...base,
    key: 'm',
    label: 'Betts 2011',
    authorsShort: 'Betts et al.',
    addedAt: '1969-12-31T23:59:59.999Z',
  },
];

function expectSameRows(packed: readonly WorkListing[], plain: readonly WorkListing[]): void {
  expect(packed).toHaveLength(plain.length);
  plain.forEach((row, i) => {
    for (const field of LISTING_FIELDS)
      expect(packed[i]![field], `${row.key}.${field}`).toEqual(row[field]);
    expect(plainListing(packed[i]!)).toEqual(row);
  });
}

describe('ListingColumns', () => {
  it('lists every field of a listing (and nothing else)', () => {
    const generated = generateLibrary(3, { seed: 1 }).works[0]!;
    expect([...LISTING_FIELDS].sort()).toEqual(Object.keys(workListing(generated)).sort());
  });

  it('answers every field of every row as the rows it packs: nulls, empty and wide values, lists', () => {
    expectSameRows(ListingColumns.of(EDGE_ROWS).rows(), EDGE_ROWS);
  });

  it('answers every field of every row of a generated library as its listings', () => {
    const rows = generateLibrary(2000, { seed: 11 }).works.map(workListing);
    expectSameRows(ListingColumns.of(rows).rows(), rows);
  });

  it('packs the columns of a cache file (as the store reads them) to the same rows', () => {
    const rows = generateLibrary(300, { seed: 5 }).works.map(workListing);
    const columns = new ListingColumns(rows.length, (field) => rows.map((row) => row[field]));
    expectSameRows(columns.rows(), rows);
  });

  it('writes a row as JSON as the plain listing', () => {
    const rows = ListingColumns.of(EDGE_ROWS).rows();
    expect(JSON.parse(JSON.stringify(rows))).toEqual(EDGE_ROWS);
  });

  it('shares one list between rows with equal lists, one frozen empty list for the rest', () => {
    const rows = ListingColumns.of(EDGE_ROWS).rows();
    expect(rows[7]!.tags).toBe(rows[8]!.tags);
    expect(rows[0]!.aliases).toBe(rows[1]!.tags);
    expect(Object.isFrozen(rows[0]!.tags)).toBe(true);
  });
});

describe('packed values', () => {
  it('PackedStrings reads back each value, null and empty apart', () => {
    const values = ['', null, 'plain', 'Grüße', 'Ωmega', '', '🧭', null, 'x'.repeat(5000), 'end'];
    const packed = PackedStrings.of(values);
    expect(packed.length).toBe(values.length);
    expect(values.map((_, i) => packed.get(i))).toEqual(values);
  });

  it('PackedTimes reads back ISO times, other texts and nulls exactly', () => {
    const values = [
      '2024-03-01T10:00:00.000Z',
      null,
      '2024-03-01T10:00:00Z',
      '2024-03-01',
      'not a time',
      '',
      '1969-12-31T23:59:59.999Z',
      '+275760-09-13T00:00:00.000Z',
    ];
    const times = PackedTimes.of(values);
    expect(values.map((_, i) => times.get(i))).toEqual(values);
  });

  it('InternedValues and InternedLists read back each value, past 65,535 distinct ones', () => {
    const many = Array.from({ length: 70_000 }, (_, i) => (i % 7 === 0 ? null : `v${i}`));
    const values = InternedValues.of(many);
    expect(many.every((v, i) => values.get(i) === v)).toBe(true);
    const lists = many.map((v) => (v === null ? [] : [v, 'shared']));
    const interned = InternedLists.of(lists);
    expect(lists.every((l, i) => JSON.stringify(interned.get(i)) === JSON.stringify(l))).toBe(true);
  });
});
