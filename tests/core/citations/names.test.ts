// Author names: diacritics, particles, apostrophes, hyphens, corporate bodies, lists.
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/core/citations';
import { only } from './helpers';

describe('personal names', () => {
  it.each([
    ['(Köhler 2011)', ['Köhler']],
    ['(Héritier and Rhodes 2010)', ['Héritier', 'Rhodes']],
    ['(Söderköping 2011)', ['Söderköping']],
    ['(van der Heijden 2011)', ['van der Heijden']],
    ['(Van der Heijden 2011)', ['Van der Heijden']],
    ['(de Haas 2007)', ['de Haas']],
    ['(von Hayek 1944)', ['von Hayek']],
    ["(O'Riordan 2001)", ["O'Riordan"]],
    ['(O’Riordan 2001)', ['O’Riordan']],
    ['(d’Aspremont 2011)', ['d’Aspremont']],
    ['(Pahl-Wostl 2009)', ['Pahl-Wostl']],
    ['(McDonald 2001)', ['McDonald']],
    ['(J.-P. Sartre 1943)', ['Sartre']],
    ['(Maxwell and Riddell 1998)', ['Maxwell', 'Riddell']],
    ['(Maxwell & Riddell 1998)', ['Maxwell', 'Riddell']],
    ['(Kunz, Lavenex and Panizzon 2011)', ['Kunz', 'Lavenex', 'Panizzon']],
    ['(Kunz, Lavenex, and Panizzon 2011)', ['Kunz', 'Lavenex', 'Panizzon']],
    ['(Kunz, Lavenex, Panizzon 2011)', ['Kunz', 'Lavenex', 'Panizzon']],
    ['(Thouez and van der Heijden 2006)', ['Thouez', 'van der Heijden']],
  ])('%s', (text, authors) => {
    expect(only(text).authors).toEqual(authors);
  });

  it.each([
    ['(Smith et al. 2010)', 'Smith et al. 2010'],
    ['(Smith et al., 2010)', 'Smith et al., 2010'],
    ['(Smith, Jones et al. 2010)', 'Smith, Jones et al. 2010'],
    ['(Smith et al 2010)', 'Smith et al 2010'],
  ])('%s sets et al.', (text, raw) => {
    expect(only(text)).toMatchObject({ etAl: true, raw, year: '2010' });
  });

  it('keeps the particles of a narrative family name and drops the given name', () => {
    expect(only('Hein van der Heijden (2011) argues').authors).toEqual(['van der Heijden']);
  });

  it('keeps a hyphenated narrative family name whole', () => {
    expect(only('as Claudia Pahl-Wostl (2009) shows').authors).toEqual(['Pahl-Wostl']);
  });
});

describe('corporate names', () => {
  it.each([
    ['(Commission on Aid and Development 1969: 127)', 'Commission on Aid and Development'],
    ['(European Commission 2011: 11)', 'European Commission'],
    ['(Federal Office for Migration 2004: 13)', 'Federal Office for Migration'],
    ['(GCIM 2005: 66)', 'GCIM'],
    ['(UN 2004: 155)', 'UN'],
    ['(IOM 2003: 135)', 'IOM'],
    ['(IAMM 2004)', 'IAMM'],
    [
      '(Organisation for Economic Co-operation and Development 2011)',
      'Organisation for Economic Co-operation and Development',
    ],
    ['(World Bank 2010)', 'World Bank'],
  ])('%s', (text, author) => {
    expect(only(text).authors).toEqual([author]);
  });

  it.each([
    ['the European Commission (2011) proposes', 'European Commission'],
    ['the IOM (2003) reports', 'IOM'],
    ['the Commission on Aid and Development (1969) called', 'Commission on Aid and Development'],
    ['as the World Bank (2010) notes', 'World Bank'],
  ])('narrative: %s', (text, author) => {
    expect(only(text)).toMatchObject({ authors: [author], narrative: true });
  });

  it('does not split a corporate name on its inner "and"', () => {
    const c = only('(Commission on Aid and Development 1969)');
    expect(c.authors).toHaveLength(1);
  });

  it('finds a parenthetical citation after capitalised prose in the same parenthesis', () => {
    const found = parseCitations('(in Europe, see Smith 2000)');
    expect(found.map((c) => [c.authors, c.prefix])).toEqual([[['Smith'], 'in Europe, see']]);
  });
});
