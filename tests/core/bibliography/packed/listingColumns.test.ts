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

  it('PackedStrings reads back random values: wide ones anywhere, several wide characters, pairs', () => {
    const pool = [
      '',
      null,
      'a',
      'plain text',
      'Grüße',
      'Ωmega',
      'ŁódźĆ',
      '🧭🧭',
      'end Ω',
      'Ω',
      '—',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: Math.floor(next() * 30) }, () => {
        const a = pool[Math.floor(next() * pool.length)]!;
        const b = pool[Math.floor(next() * pool.length)];
        return a === null || b === null || next() < 0.5 ? a : a + b;
      });
      const packed = PackedStrings.of(values);
      expect(values.map((_, i) => packed.get(i))).toEqual(values);
    }
  });

  it('PackedTimes reads back random times exactly: valid ones, and impossible dates, years, fields', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const two = (n: number) => String(n).padStart(2, '0');
    const values: string[] = [];
    for (let i = 0; i < 5000; i++) {
      // Fields up to a little past their range: Feb 29-31, month 13, hour 24, minute 60...
      const year = [0, 99, 100, 1600, 1900, 1999, 2000, 2024, 2100, 9999][Math.floor(next() * 10)]!;
      const fields = [
        String(year).padStart(4, '0'),
        two(Math.floor(next() * 14)),
        two(Math.floor(next() * 33)),
        two(Math.floor(next() * 25)),
        two(Math.floor(next() * 61)),
        two(Math.floor(next() * 61)),
        String(Math.floor(next() * 1000)).padStart(3, '0'),
      ];
      const iso = `${fields[0]}-${fields[1]}-${fields[2]}T${fields[3]}:${fields[4]}:${fields[5]}.${fields[6]}Z`;
      values.push(iso);
      // Near misses: another separator, a sign, a letter for a digit, no Z.
      const at = Math.floor(next() * iso.length);
      values.push(
        iso.slice(0, at) + ['x', '+', ' ', '-'][Math.floor(next() * 4)]! + iso.slice(at + 1),
      );
      values.push(iso.slice(0, -1));
    }
    values.push(
      new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 999)).toISOString(),
      '+012024-01-01T00:00:00.000Z',
    );
    const packed = PackedTimes.of(values);
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
