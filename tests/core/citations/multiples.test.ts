// Several years after one name, and groups of citations in one parenthesis.
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/core/citations';
import { spans } from './helpers';

describe('several years after one name', () => {
  it('narrative "Alexander Betts (2011a and 2011b)" yields two citations of Betts', () => {
    const text = 'perspective, Alexander Betts (2011a and 2011b) has postulated';
    const found = parseCitations(text);
    expect(found.map((c) => [c.authors, c.year, c.yearSuffix, c.raw])).toEqual([
      [['Betts'], '2011', 'a', 'Betts 2011a'],
      [['Betts'], '2011', 'b', 'Betts 2011b'],
    ]);
    expect(spans(text, found)).toEqual(['Alexander Betts (2011a', '2011b']);
    expect(found.every((c) => c.narrative)).toBe(true);
  });

  it.each([
    ['(Betts 2010a, 2010b)', ['Betts 2010a', 'Betts 2010b'], ['Betts 2010a', '2010b']],
    ['(Betts 2003, 2005)', ['Betts 2003', 'Betts 2005'], ['Betts 2003', '2005']],
    ['(Betts 2011a, b)', ['Betts 2011a', 'Betts 2011b'], ['Betts 2011a', 'b']],
    ['(Betts 2011a; 2011b)', ['Betts 2011a', 'Betts 2011b'], ['Betts 2011a', '2011b']],
    ['(Betts 2003 and 2005)', ['Betts 2003', 'Betts 2005'], ['Betts 2003', '2005']],
    ['(Betts 2003 & 2005)', ['Betts 2003', 'Betts 2005'], ['Betts 2003', '2005']],
    [
      '(Lahav and Lavenex 2012, 2014)',
      ['Lahav and Lavenex 2012', 'Lahav and Lavenex 2014'],
      ['Lahav and Lavenex 2012', '2014'],
    ],
  ])('%s', (text, raws, covered) => {
    const found = parseCitations(text);
    expect(found.map((c) => c.raw)).toEqual(raws);
    expect(spans(text, found)).toEqual(covered);
  });

  it('keeps each year its own locator', () => {
    const found = parseCitations('(Smith 2003: 12, 2005: 14)');
    expect(found.map((c) => [c.year, c.locator])).toEqual([
      ['2003', '12'],
      ['2005', '14'],
    ]);
  });

  it('reads pages after a colon and a later year as two citations', () => {
    const found = parseCitations('(Smith 2003: 12, 15, 2005)');
    expect(found.map((c) => [c.year, c.locator])).toEqual([
      ['2003', '12, 15'],
      ['2005', null],
    ]);
  });

  it('narrative "Harrison (2002: 587; 2005)" yields two citations of Harrison', () => {
    const found = parseCitations('Harrison (2002: 587; 2005) warns');
    expect(found.map((c) => [c.authors[0], c.year, c.locator])).toEqual([
      ['Harrison', '2002', '587'],
      ['Harrison', '2005', null],
    ]);
  });

  it('gives the prefix to every year of one name', () => {
    const found = parseCitations('(see Betts 2011a, 2011b)');
    expect(found.map((c) => c.prefix)).toEqual(['see', 'see']);
  });
});

describe('groups', () => {
  it('reads the paper’s four-citation group with its prefix', () => {
    const text = '(e.g. Bhagwati 2003; Ghosh 2000; Hollifield 1998; Trachtman 2009)';
    const found = parseCitations(text);
    expect(found.map((c) => `${c.authors[0]} ${c.year}`)).toEqual([
      'Bhagwati 2003',
      'Ghosh 2000',
      'Hollifield 1998',
      'Trachtman 2009',
    ]);
  });

  it('skips a part of a group that is no citation and keeps the rest', () => {
    const found = parseCitations('(Smith 2000; personal communication; Jones 2001)');
    expect(found.map((c) => c.authors[0])).toEqual(['Smith', 'Jones']);
  });

  it('does not attach a bare year to a name when the part before it was no citation', () => {
    expect(parseCitations('(personal communication; 2001)')).toEqual([]);
  });

  it('tolerates empty parts and extra spaces', () => {
    const found = parseCitations('( Smith 2000 ;; Jones 2001 )');
    expect(spans('( Smith 2000 ;; Jones 2001 )', found)).toEqual(['Smith 2000', 'Jones 2001']);
  });
});
