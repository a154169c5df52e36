// Ibid citations and their resolution to the citation they repeat.
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/core/citations';
import { only } from './helpers';

describe('ibid forms', () => {
  it.each([
    ['(ibid: 1456)', 'ibid: 1456', '1456'],
    ['(ibid.)', 'ibid.', null],
    ['(ibid)', 'ibid', null],
    ['(Ibid., p. 3)', 'Ibid., p. 3', '3'],
    ['(ibidem, 12)', 'ibidem, 12', '12'],
    ['(ibid. 12)', 'ibid. 12', '12'],
    ['(ibid: 136, 173)', 'ibid: 136, 173', '136, 173'],
  ])('%s', (text, raw, locator) => {
    const c = only(`A claim ${text}.`);
    expect(c).toMatchObject({ ibid: true, raw, locator });
  });

  it('keeps a prefix before ibid', () => {
    expect(only('(see ibid.: 4)')).toMatchObject({ ibid: true, prefix: 'see', locator: '4' });
  });

  it('does not read "ibidem" inside another word', () => {
    expect(parseCitations('(ibidemque)')).toEqual([]);
  });
});

describe('ibid resolution', () => {
  it('points at the citation right before it and copies its authors and year', () => {
    const found = parseCitations('first (Abrahamsen 2004: 1455). Then (ibid: 1456).');
    expect(found[1]).toMatchObject({
      id: 'c2',
      ibidOf: 'c1',
      authors: ['Abrahamsen'],
      year: '2004',
      locator: '1456',
    });
  });

  it('follows a chain of ibids to the original citation', () => {
    const found = parseCitations('(IOM 2003: 135) and (ibid: 136) and (ibid.: 173)');
    expect(found.map((c) => c.ibidOf)).toEqual([null, 'c1', 'c1']);
    expect(found[2]?.authors).toEqual(['IOM']);
  });

  it('repeats the last citation of a group, not the first', () => {
    const found = parseCitations('(Betts 2011c; Köhler 2011). Later (ibid.: 7).');
    expect(found[2]).toMatchObject({ ibidOf: 'c2', authors: ['Köhler'], year: '2011' });
  });

  it('copies the year suffix and et al. from its target', () => {
    const found = parseCitations('(Smith et al. 2011b: 3) then (ibid.)');
    expect(found[1]).toMatchObject({ etAl: true, yearSuffix: 'b', locator: null });
  });

  it('resolves to a narrative citation too', () => {
    const found = parseCitations('Harrison (2002: 587) warns (ibid: 588)');
    expect(found[1]).toMatchObject({ ibidOf: 'c1', authors: ['Harrison'] });
  });

  it('an ibid with nothing before it stays unresolved', () => {
    expect(only('(ibid.)')).toMatchObject({ ibidOf: null, authors: [], year: null });
  });

  it('an ibid inside a group resolves to the citation before it in that group', () => {
    const found = parseCitations('(Ghosh 2000; ibid.: 3; Trachtman 2009)');
    expect(found.map((c) => c.ibidOf)).toEqual([null, 'c1', null]);
  });
});
