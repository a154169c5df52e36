// Parenthetical and narrative citations the grammar must read, one shape per case.
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/core/citations';
import { only, spans } from './helpers';

describe('parenthetical citations', () => {
  it.each([
    ['(Aleinikoff 2003)', ['Aleinikoff'], '2003', null, null],
    ['(Betts 2011c)', ['Betts'], '2011', 'c', null],
    ['(Lavenex 2008: 951)', ['Lavenex'], '2008', null, '951'],
    ['(Smith 2000, p. 41)', ['Smith'], '2000', null, '41'],
    ['(Smith 2000, pp. 12–15)', ['Smith'], '2000', null, '12–15'],
    ['(Smith 2000: 12-15)', ['Smith'], '2000', null, '12-15'],
    ['(IOM 2003: 136, 173)', ['IOM'], '2003', null, '136, 173'],
    ['(Smith 2000, ch. 3)', ['Smith'], '2000', null, 'ch. 3'],
    ['(Smith 2000, 587)', ['Smith'], '2000', null, '587'],
    ['(Smith 2000: xiv)', ['Smith'], '2000', null, 'xiv'],
    ['(Smith 2000: 12ff.)', ['Smith'], '2000', null, '12ff.'],
    ['(Smith 2000: passim)', ['Smith'], '2000', null, 'passim'],
    ['(Smith, 2000)', ['Smith'], '2000', null, null],
    ['(Smith 2000a: 7)', ['Smith'], '2000', 'a', '7'],
  ])('%s', (text, authors, year, yearSuffix, locator) => {
    const c = only(`As shown ${text}.`);
    expect(c).toMatchObject({ authors, year, yearSuffix, locator, narrative: false, ibid: false });
    expect(c.raw).toBe(text.slice(1, -1));
  });

  it.each([
    ['(e.g. Bhagwati 2003)', 'e.g.'],
    ['(e.g., Bhagwati 2003)', 'e.g.'],
    ['(see Bhagwati 2003)', 'see'],
    ['(see also Lahav and Lavenex 2012)', 'see also'],
    ['(cf. Bhagwati 2003)', 'cf.'],
    ['(compare Bhagwati 2003)', 'compare'],
    ['(See, for example, Bhagwati 2003)', 'See, for example'],
  ])('%s has prefix %j, kept out of raw and span', (text, prefix) => {
    const full = `Trade ${text}.`;
    const c = only(full);
    expect(c.prefix).toBe(prefix);
    expect(full.slice(c.start, c.end)).toBe(c.raw);
    expect(c.raw.startsWith(prefix)).toBe(false);
  });

  it('reads a trailing remark after a comma as no part of the citation', () => {
    expect(only('a phrase (Smith 2000: 12, emphasis added)').locator).toBe('12');
  });

  it('reads "n.d." and "forthcoming" as a citation with year null', () => {
    expect(only('(Smith n.d.)')).toMatchObject({ year: null, raw: 'Smith n.d.' });
    expect(only('(Jones forthcoming: 4)')).toMatchObject({ year: null, locator: '4' });
    expect(only('(Jones in press)').year).toBeNull();
  });

  it('covers exactly the raw text, without brackets', () => {
    const text = 'the favoured solution (European Commission 2011: 11).';
    expect(spans(text)).toEqual(['European Commission 2011: 11']);
  });

  it('allows a line break inside a citation within one block', () => {
    expect(only('as argued (Maxwell and\nRiddell 1998)').authors).toEqual(['Maxwell', 'Riddell']);
  });
});

describe('narrative citations', () => {
  it.each([
    ['Thus, Harrison (2002: 587) warns', ['Harrison'], 'Harrison (2002: 587)', '587'],
    ['as Lahav and Lavenex (2012) show', ['Lahav', 'Lavenex'], 'Lahav and Lavenex (2012)', null],
    ['Smith et al. (2010) found', ['Smith'], 'Smith et al. (2010)', null],
    ['A. Betts (2011) argues', ['Betts'], 'A. Betts (2011)', null],
    ['Betts’s (2011) argument', ['Betts'], 'Betts’s (2011)', null],
    ['Harrison (2002, p. 12) warns', ['Harrison'], 'Harrison (2002, p. 12)', '12'],
    [
      'Kunz, Lavenex and Panizzon (2011) coin',
      ['Kunz', 'Lavenex', 'Panizzon'],
      'Kunz, Lavenex and Panizzon (2011)',
      null,
    ],
    [
      'the European Commission (2011) proposes',
      ['European Commission'],
      'European Commission (2011)',
      null,
    ],
    [
      'Sandra Lavenex and Marion Panizzon (2013) argue',
      ['Lavenex', 'Panizzon'],
      'Sandra Lavenex and Marion Panizzon (2013)',
      null,
    ],
  ])('%s', (text, authors, raw, locator) => {
    const c = only(text);
    expect(c).toMatchObject({ authors, raw, locator, narrative: true });
    expect(text.slice(c.start, c.end)).toBe(raw);
  });

  it('starts the name after a stray comma ("In Europe, Betts (2011)")', () => {
    expect(only('In Europe, Betts (2011) argues').authors).toEqual(['Betts']);
  });

  it('reads "et al." after a list as a flag', () => {
    const c = only('Smith, Jones et al. (2001) show');
    expect(c.etAl).toBe(true);
  });

  it('reads a narrative name followed by further citations in the same parenthesis', () => {
    const text = 'Betts (2011c; see also Köhler 2011) argues';
    const found = parseCitations(text);
    expect(found.map((c) => c.authors)).toEqual([['Betts'], ['Köhler']]);
    expect(found.map((c) => c.narrative)).toEqual([true, false]);
    expect(found[0]?.raw).toBe('Betts 2011c');
    expect(found[1]?.prefix).toBe('see also');
  });
});

describe('document order and ids', () => {
  it('numbers citations c1, c2, ... in order of appearance', () => {
    const text = 'Harrison (2002) and later (Betts 2011c; Köhler 2011). Then (UN 2004).';
    const found = parseCitations(text);
    expect(found.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(found.map((c) => c.authors[0])).toEqual(['Harrison', 'Betts', 'Köhler', 'UN']);
  });

  it('splits a group on ";" and gives each citation its own span', () => {
    const text = '(Abrahamsen 2004; Fowler 2002; Maxwell and Riddell 1998; Ruckert 2006)';
    expect(spans(text)).toEqual([
      'Abrahamsen 2004',
      'Fowler 2002',
      'Maxwell and Riddell 1998',
      'Ruckert 2006',
    ]);
  });

  it('gives the prefix to the first citation of a group only, as written', () => {
    const found = parseCitations('(e.g. Bhagwati 2003; Ghosh 2000)');
    expect(found.map((c) => c.prefix)).toEqual(['e.g.', null]);
  });
});
