// Short descriptions of works: labels, years, suffixes and author lists.
import { describe, expect, it } from 'vitest';
import {
  workAuthorsShort,
  workLabel,
  workYear,
  workYearSuffix,
} from '../../../src/core/bibliography';
import { bundledWorks, makeWork } from './helpers';

describe('labels of the bundled works', () => {
  const byKey = new Map(bundledWorks().map((w) => [w.citationKey, w]));
  it.each([
    ['betts2011c', 'Betts 2011c'],
    ['betts2011a', 'Betts 2011a'],
    ['kohler2011', 'Koehler 2011'],
    ['lahav2012', 'Lahav and Lavenex 2012'],
    ['kunz2011', 'Kunz et al. 2011'],
    ['heritier2010', 'Héritier and Rhodes 2010'],
    ['europeancommission2011', 'European Commission 2011'],
    ['commission1969', 'Commission on International Development 1969'],
  ])('%s is labelled %s', (key, label) => {
    const work = byKey.get(key);
    if (!work) throw new Error(`${key} missing`);
    expect(workLabel(work)).toBe(label);
  });
});

describe('years and suffixes', () => {
  it('reads the year from date parts given as numbers or strings, or from raw text', () => {
    expect(workYear(makeWork({ id: 'a', issued: { 'date-parts': [[2011, 11, 18]] } }))).toBe('2011');
    expect(workYear(makeWork({ id: 'a', issued: { 'date-parts': [['2003']] } }))).toBe('2003');
    expect(workYear(makeWork({ id: 'a', issued: { raw: 'Spring 1998' } }))).toBe('1998');
    expect(workYear(makeWork({ id: 'a', issued: { literal: 'forthcoming' } }))).toBeNull();
    expect(workYear(makeWork({ id: 'a' }))).toBeNull();
  }); // prettier-ignore

  it('knows a suffix only from year-suffix, a cited label of the same year, or a raw date', () => {
    const base = { id: 'a', issued: { 'date-parts': [[2011]] } };
    expect(workYearSuffix(makeWork({ ...base, 'year-suffix': 'b' }))).toBe('b');
    expect(workYearSuffix(makeWork(base, { citedAs: ['Betts 2011c'] }))).toBe('c');
    expect(workYearSuffix(makeWork(base, { citedAs: ['Betts 2010c'] }))).toBeNull();
    expect(workYearSuffix(makeWork({ id: 'a', issued: { raw: '2011a' } }))).toBe('a');
    expect(workYearSuffix(makeWork({ ...base, id: 'betts2011c' }))).toBeNull();
  });
});

describe('authors', () => {
  it('shortens one, two and more names, with particles and corporate names', () => {
    const short = (author: { family?: string; literal?: string; 'non-dropping-particle'?: string }[]) =>
      workAuthorsShort(makeWork({ id: 'a', author }));
    expect(short([{ family: 'Betts' }])).toBe('Betts');
    expect(short([{ family: 'Sabel' }, { family: 'Zeitlin' }])).toBe('Sabel and Zeitlin');
    expect(short([{ family: 'A' }, { family: 'B' }, { family: 'C' }])).toBe('A et al.');
    expect(short([{ family: 'Heijden', 'non-dropping-particle': 'van der' }])).toBe('van der Heijden');
    expect(short([{ literal: 'European Commission' }])).toBe('European Commission');
  }); // prettier-ignore

  it('falls back to editors, then to Anonymous n.d.', () => {
    expect(workAuthorsShort(makeWork({ id: 'a', editor: [{ family: 'Ghosh' }] }))).toBe('Ghosh');
    expect(workLabel(makeWork({ id: 'a' }))).toBe('Anonymous n.d.');
  });
});
