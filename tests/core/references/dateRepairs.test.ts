// Years the tagger took for the date that belong to another field (dateRepairs.ts), on segments
// given directly, so the cases hold whatever a retrained tagger says. Entries from the GROBID
// citation corpus (dev split).
import { describe, expect, it } from 'vitest';
import { repairSegments } from '../../../src/core/references/parse/repairs';
import { convert, segments } from './segmentHelpers';

const pairs = (s: ReturnType<typeof segments>) => s.map((x) => [x.label, x.text]);

describe('a year inside a title or a container', () => {
  it('goes back into the title it stands in when the entry has another date', () => {
    const raw =
      'Benson V, Ma M. Current estimates from the National Health Interview Survey, 1993. National Center for Health Statistics. Vital Health Stat 1995; 10:144-9.';
    const csl = convert(raw, [
      ['author', 'Benson V, Ma M.'],
      ['title', 'Current estimates from the National Health Interview Survey,'],
      ['date', '1993.'],
      ['title', 'National Center for Health Statistics.'],
      ['container-title', 'Vital Health Stat'],
      ['date', '1995'],
      ['volume', '10'],
      ['pages', '144-9.'],
    ]);
    expect(csl.title).toBe(
      'Current estimates from the National Health Interview Survey, 1993. National Center for Health Statistics',
    );
    expect(csl.issued).toEqual({ 'date-parts': [[1995]] });
  });

  it('goes back into a conference name ("Anglistentag 1999 Mainz: Proceedings")', () => {
    const out = repairSegments(
      segments(
        ['container-title', 'Anglistentag'],
        ['date', '1999'],
        ['container-title', 'Mainz: Proceedings.'],
        ['date', '2000.'],
      ),
    );
    expect(pairs(out)).toEqual([
      ['container-title', 'Anglistentag 1999 Mainz: Proceedings.'],
      ['date', '2000.'],
    ]);
  });

  it('stays the date when it is the only one, or printed in brackets', () => {
    const alone = segments(['title', 'Survey,'], ['date', '1993.'], ['title', 'More.']);
    expect(repairSegments(alone)).toEqual(alone);
    const apa = segments(
      ['author', 'UNESCO.'],
      ['title', 'Man and the Biosphere Programme.'],
      ['date', '(2015).'],
      ['title', 'Second Draft Lima Action Plan'],
      ['date', '17 December 2015.'],
    );
    expect(repairSegments(apa)).toEqual(apa);
  });
});

describe('the number before a bracketed year', () => {
  it('is the pages when the tagger took it into the date and found no pages', () => {
    const raw = 'Int. J. Mod. Phys. B 10, 1755 (1996).';
    const csl = convert(raw, [
      ['container-title', 'Int. J. Mod. Phys. B'],
      ['volume', '10,'],
      ['date', '1755 (1996).'],
    ]);
    expect([csl.page, csl.issued]).toEqual(['1755', { 'date-parts': [[1996]] }]);
    const noVolume = convert('R. G. NAIK et T. S. WHEELER. J. Chem. Soc. 1780 (1938).', [
      ['author', 'R. G. NAIK et T. S. WHEELER.'],
      ['container-title', 'J. Chem. Soc.'],
      ['date', '1780 (1938).'],
    ]);
    expect([noVolume.page, noVolume.issued]).toEqual(['1780', { 'date-parts': [[1938]] }]);
  });

  it("stays when pages were found, or when it is within two years of the date (a conference's)", () => {
    const paged = segments(['volume', '10,'], ['date', '1755 (1996)'], ['pages', 'pp. 3-4']);
    expect(repairSegments(paged)).toEqual(paged);
    const lattice = segments(['container-title', 'PoS Lattice'], ['date', '2014 (2015)']);
    expect(repairSegments(lattice)).toEqual(lattice);
  });
});
