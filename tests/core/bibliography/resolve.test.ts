// Resolving citations by names + year + suffix for works without cited labels (e.g. imported ones).
import { describe, expect, it } from 'vitest';
import { buildWorkIndex, findWorkByKey, resolveCitation } from '../../../src/core/bibliography';
import { cite, makeWork } from './helpers';

const issued = (year: number) => ({ 'date-parts': [[year]] });

describe('name normalisation', () => {
  const index = buildWorkIndex([
    makeWork({ id: 'kohler2011', author: [{ family: 'Köhler', given: 'J.' }], issued: issued(2011) }),
    makeWork({ id: 'weiss2001', author: [{ family: 'Weiß' }], issued: issued(2001) }),
    makeWork({ id: 'sorensen2002', author: [{ family: 'Sørensen' }], issued: issued(2002) }),
    makeWork({ id: 'lukasz2003', author: [{ family: 'Łęski' }], issued: issued(2003) }),
    makeWork({ id: 'obrien2004', author: [{ family: 'O’Brien' }], issued: issued(2004) }),
    makeWork({ id: 'heritier2010', editor: [{ family: 'Héritier' }, { family: 'Rhodes' }], issued: issued(2010) }),
  ]); // prettier-ignore

  it('folds umlauts both ways: Köhler is cited as Köhler, Kohler or Koehler', () => {
    for (const name of ['Köhler', 'Kohler', 'Koehler', 'köhler', 'KOHLER']) {
      expect(resolveCitation(cite([name], '2011'), index), name).toBe('kohler2011');
    }
  });

  it('does not equate Kohler with a work by Koehler', () => {
    const koehler = buildWorkIndex([
      makeWork({ id: 'koehler2011', author: [{ family: 'Koehler' }], issued: issued(2011) }),
    ]);
    expect(resolveCitation(cite(['Köhler'], '2011'), koehler)).toBe('koehler2011');
    expect(resolveCitation(cite(['Kohler'], '2011'), koehler)).toBeNull();
  });

  it('folds ß, ø, ł and apostrophes', () => {
    expect(resolveCitation(cite(['Weiss'], '2001'), index)).toBe('weiss2001');
    expect(resolveCitation(cite(['Sorensen'], '2002'), index)).toBe('sorensen2002');
    expect(resolveCitation(cite(['Leski'], '2003'), index)).toBe('lukasz2003');
    expect(resolveCitation(cite(["O'Brien"], '2004'), index)).toBe('obrien2004');
    expect(resolveCitation(cite(['OBrien'], '2004'), index)).toBe('obrien2004');
  });

  it('uses editors when a work has no authors', () => {
    expect(resolveCitation(cite(['Heritier', 'Rhodes'], '2010'), index)).toBe('heritier2010');
  });
});

describe('particles', () => {
  const split = makeWork({
    id: 'heijden2010',
    author: [{ family: 'Heijden', 'non-dropping-particle': 'van der', given: 'Anna' }],
    issued: issued(2010),
  });
  const joined = makeWork({
    id: 'vanderheijden2012',
    author: [{ family: 'van der Heijden' }],
    issued: issued(2012),
  });
  const index = buildWorkIndex([split, joined]);

  it.each([
    ['van der Heijden', '2010', 'heijden2010'],
    ['Van der Heijden', '2010', 'heijden2010'],
    ['Heijden', '2010', 'heijden2010'],
    ['van der Heijden', '2012', 'vanderheijden2012'],
    ['Heijden', '2012', 'vanderheijden2012'],
  ])('%s %s -> %s', (name, year, key) => {
    expect(resolveCitation(cite([name], year), index)).toBe(key);
  });
});

describe('corporate authors', () => {
  const index = buildWorkIndex([
    makeWork({ id: 'iom2003', author: [{ literal: 'International Organization for Migration' }], issued: issued(2003) }),
    makeWork({ id: 'un2004', author: [{ literal: 'United Nations, Department of Economic and Social Affairs' }], issued: issued(2004) }),
    makeWork({ id: 'fom2004', author: [{ literal: 'Federal Office for Migration (FOM)' }], issued: issued(2004) }),
    makeWork({ id: 'ec2011', author: [{ literal: 'European Commission' }], issued: issued(2011) }),
  ]); // prettier-ignore

  it('matches the full name, case-insensitively', () => {
    expect(resolveCitation(cite(['European Commission'], '2011'), index)).toBe('ec2011');
    expect(resolveCitation(cite(['european commission'], '2011'), index)).toBe('ec2011');
    expect(resolveCitation(cite(['International Organization for Migration'], '2003'), index)).toBe(
      'iom2003',
    );
  });

  it('matches acronyms, the part before a comma, and a parenthesised abbreviation', () => {
    expect(resolveCitation(cite(['IOM'], '2003'), index)).toBe('iom2003');
    expect(resolveCitation(cite(['UN'], '2004'), index)).toBe('un2004');
    expect(resolveCitation(cite(['United Nations'], '2004'), index)).toBe('un2004');
    expect(resolveCitation(cite(['UN DESA'], '2004'), index)).toBe('un2004');
    expect(resolveCitation(cite(['FOM'], '2004'), index)).toBe('fom2004');
    expect(resolveCitation(cite(['Federal Office for Migration'], '2004'), index)).toBe('fom2004');
  });

  it('needs the year to agree', () => {
    expect(resolveCitation(cite(['IOM'], '2004'), index)).toBeNull();
  });
});

describe('years, suffixes and ambiguity', () => {
  const smithA = makeWork({ id: 'smith2010', author: [{ family: 'Smith' }], issued: issued(2010) });
  const smithB = makeWork({
    id: 'smith2010a',
    author: [{ family: 'Smith' }],
    issued: issued(2010),
  });

  it('returns null when two works share names and year and no suffix tells them apart', () => {
    const index = buildWorkIndex([smithA, smithB]);
    expect(resolveCitation(cite(['Smith'], '2010'), index)).toBeNull();
    expect(resolveCitation(cite(['Smith'], '2010', 'a'), index)).toBeNull();
    expect(resolveCitation(cite(['Smith'], '2010', 'b'), index)).toBeNull();
  });

  it('picks by a known suffix: CSL year-suffix, a cited label, or a raw date', () => {
    const index = buildWorkIndex([
      { ...smithA, csl: { ...smithA.csl, 'year-suffix': 'a' } },
      { ...smithB, citedAs: ['Smith 2010b'] },
      makeWork({ id: 'smith2010c', author: [{ family: 'Smith' }], issued: { raw: '2010c' } }),
    ]);
    expect(resolveCitation(cite(['Smith'], '2010', 'a'), index)).toBe('smith2010');
    expect(resolveCitation(cite(['Smith'], '2010', 'b'), index)).toBe('smith2010a');
    expect(resolveCitation(cite(['Smith'], '2010', 'c'), index)).toBe('smith2010c');
    expect(resolveCitation(cite(['Smith'], '2010', 'd'), index)).toBeNull();
    expect(resolveCitation(cite(['Smith'], '2010'), index)).toBeNull();
  });

  it('accepts a suffix for the only work of that name and year, unless it is known by another', () => {
    expect(resolveCitation(cite(['Smith'], '2010', 'a'), buildWorkIndex([smithA]))).toBe(
      'smith2010',
    );
    const knownAsB = buildWorkIndex([{ ...smithA, citedAs: ['Smith 2010b'] }]);
    expect(resolveCitation(cite(['Smith'], '2010', 'a'), knownAsB)).toBeNull();
  });

  it('needs the year to agree, and matches n.d. to works without a year', () => {
    const undated = makeWork({ id: 'jonesnd', author: [{ family: 'Jones' }] });
    const index = buildWorkIndex([smithA, undated]);
    expect(resolveCitation(cite(['Smith'], '2011'), index)).toBeNull();
    expect(resolveCitation(cite(['Jones'], null), index)).toBe('jonesnd');
    expect(resolveCitation(cite(['Smith'], null), index)).toBeNull();
  });

  it('returns null for a label given to two works', () => {
    const index = buildWorkIndex([
      { ...smithA, citedAs: ['Smith 2010'] },
      makeWork({ id: 'other', author: [{ family: 'Other' }], citedAs: [] }, { citedAs: ['Smith 2010'] }),
    ]); // prettier-ignore
    expect(resolveCitation(cite(['Smith'], '2010'), index)).toBeNull();
  });

  it('returns null without names', () => {
    expect(resolveCitation(cite([], '2010'), buildWorkIndex([smithA]))).toBeNull();
    expect(resolveCitation(cite(['—'], '2010'), buildWorkIndex([smithA]))).toBeNull();
  });
});

describe('several names and et al.', () => {
  const solo = makeWork({ id: 'smith2010', author: [{ family: 'Smith' }], issued: issued(2010) });
  const pair = makeWork({
    id: 'smithjones2010',
    author: [{ family: 'Smith' }, { family: 'Jones' }],
    issued: issued(2010),
  });
  const trio = makeWork({
    id: 'laakso2007',
    author: [{ family: 'Laakso' }, { family: 'Kivimäki' }, { family: 'Seppänen' }],
    issued: issued(2007),
  });
  const index = buildWorkIndex([solo, pair, trio]);

  it('prefers the work whose names are exactly those written', () => {
    expect(resolveCitation(cite(['Smith'], '2010'), index)).toBe('smith2010');
    expect(resolveCitation(cite(['Smith', 'Jones'], '2010'), index)).toBe('smithjones2010');
  });

  it('lets "et al." stand for more names, never for none', () => {
    expect(resolveCitation(cite(['Smith'], '2010', null, true), index)).toBe('smithjones2010');
    expect(resolveCitation(cite(['Laakso'], '2007', null, true), index)).toBe('laakso2007');
    expect(resolveCitation(cite(['Smith', 'Jones'], '2010', null, true), index)).toBeNull();
  });

  it('falls back to the first names of a longer list when nothing matches exactly', () => {
    expect(resolveCitation(cite(['Laakso'], '2007'), index)).toBe('laakso2007');
    expect(resolveCitation(cite(['Laakso', 'Kivimaki'], '2007'), index)).toBe('laakso2007');
  });

  it('requires the names in order and never matches a later author alone', () => {
    expect(resolveCitation(cite(['Jones', 'Smith'], '2010'), index)).toBeNull();
    expect(resolveCitation(cite(['Kivimäki'], '2007'), index)).toBeNull();
  });
});

describe('findWorkByKey', () => {
  it('finds works by key and by alias', () => {
    const fom = makeWork({ id: 'fom2004' }, { aliases: ['iamm2004'] });
    const index = buildWorkIndex([fom]);
    expect(findWorkByKey(index, 'fom2004')).toBe(fom);
    expect(findWorkByKey(index, 'iamm2004')).toBe(fom);
    expect(findWorkByKey(index, 'nope2000')).toBeUndefined();
  });
});
