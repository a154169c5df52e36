import { describe, expect, it } from 'vitest';
import {
  accessDate,
  cleanContainer,
  cleanText,
  cleanTitle,
  normaliseDoi,
  normaliseUrl,
  parseIssued,
} from '../../../src/core/references/parse/fieldValues';
import {
  cleanNumberField,
  cleanPages,
  isNumbering,
} from '../../../src/core/references/parse/numbering';

describe('reference field values', () => {
  it('normalises DOIs: no resolver URL, no "doi:" label, no final punctuation', () => {
    expect(normaliseDoi('https://doi.org/10.1016/j.cell.2020.01.001.')).toBe(
      '10.1016/j.cell.2020.01.001',
    );
    expect(normaliseDoi('http://dx.doi.org/10.1086/303520')).toBe('10.1086/303520');
    expect(normaliseDoi('10.1063/1.524639,doi')).toBe('10.1063/1.524639');
    expect(normaliseDoi('10.1103/PhysRevLett.112.201601.URL')).toBe(
      '10.1103/PhysRevLett.112.201601',
    );
    expect(normaliseDoi('doi: 10.1021/ja00839a026;')).toBe('10.1021/ja00839a026');
    // A DOI holds no space: what follows one is not part of it.
    expect(normaliseDoi('doi:10.1787/603233448430 Retrieved 2010-08-07')).toBe(
      '10.1787/603233448430',
    );
    expect(normaliseDoi('DOI:10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O')).toBe(
      '10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O',
    );
  });

  it('keeps only the URL of "Retrieved from <url>."', () => {
    expect(normaliseUrl('Retrieved from <https://example.org/a?b=1>.')).toBe(
      'https://example.org/a?b=1',
    );
  });

  it('reads years with suffixes, months and days, n.d. and in press', () => {
    expect(parseIssued('(2011a).')).toEqual({
      issued: { 'date-parts': [[2011]] },
      yearSuffix: 'a',
    });
    expect(parseIssued('(2013, May 3)')).toEqual({ issued: { 'date-parts': [[2013, 5, 3]] } });
    expect(parseIssued('September 1979')).toEqual({ issued: { 'date-parts': [[1979, 9]] } });
    expect(parseIssued('(n.d.)')).toEqual({ issued: { literal: 'n.d.' } });
    expect(parseIssued('(n.d.-b)')).toEqual({ issued: { literal: 'n.d.' }, yearSuffix: 'b' });
    expect(parseIssued('(in press)')).toEqual({
      issued: { literal: 'in press' },
      status: 'in press',
    });
    expect(parseIssued('(Decision pending)')).toBeNull();
  });

  it('drops labels from volumes, issues and pages', () => {
    expect(cleanNumberField('Vol. 12,')).toBe('12');
    expect(cleanNumberField('(3)')).toBe('3');
    expect(cleanNumberField('no. 4')).toBe('4');
    expect(cleanPages('(pp. 1–33).')).toBe('1-33');
    expect(cleanPages('pages 90–94')).toBe('90-94');
    expect(cleanPages('e0115884.')).toBe('e0115884');
    expect(cleanPages('175208(37pp)')).toBe('175208');
    expect(cleanPages('12 pp')).toBe('12 pp');
  });

  it('drops page labels run into the number, after a comma or in other languages', () => {
    expect(cleanPages('pp645-669')).toBe('645-669');
    expect(cleanPages('pages52-60')).toBe('52-60');
    expect(cleanPages('p1914')).toBe('1914');
    expect(cleanPages('pp, 12-14')).toBe('12-14');
    expect(cleanPages('Seite 95')).toBe('95');
    expect(cleanPages('Article ID 282307')).toBe('282307');
    expect(cleanPages('articleid 282307')).toBe('282307');
    expect(cleanPages('-): 29-31')).toBe('29-31');
    expect(cleanPages(', pp.286-289')).toBe('286-289');
    // An upper-case P run into digits is an article number (JINST), and S58 a supplement page.
    expect(cleanPages('P02022')).toBe('P02022');
    expect(cleanPages('S58-S62')).toBe('S58-S62');
  });

  it('drops a closing bracket or quote together with the final dot after it', () => {
    expect(cleanText('(Doctoral dissertation).')).toBe('Doctoral dissertation');
    expect(cleanTitle('« Interurban population distribution ».')).toBe(
      'Interurban population distribution',
    );
    expect(cleanText('Smith Jr.')).toBe('Smith Jr.');
    // A closing mark whose opening one is inside stays.
    expect(cleanTitle('Pour « donner la chance aux gens ».')).toBe(
      'Pour « donner la chance aux gens »',
    );
  });

  it('drops CJK page marks after the number, before or after the final punctuation', () => {
    expect(cleanPages('92-96页.')).toBe('92-96');
    expect(cleanPages('86-87쪽')).toBe('86-87');
    expect(cleanPages('42頁')).toBe('42');
  });

  it('tells a volume, issue or page from a mis-tagged word', () => {
    expect(isNumbering('12')).toBe(true);
    expect(isNumbering('xiv-xx')).toBe(true);
    expect(isNumbering('B91')).toBe(true);
    expect(isNumbering('editedby')).toBe(false);
    expect(isNumbering("op't")).toBe(false);
  });

  it('reads an access date out of a note', () => {
    expect(accessDate('Retrieved May 3, 2013, from')).toEqual({
      accessed: { 'date-parts': [[2013, 5, 3]] },
      rest: '',
    });
    expect(accessDate('Online; accessed 12 March 2021')).toEqual({
      accessed: { 'date-parts': [[2021, 3, 12]] },
      rest: 'Online',
    });
    expect(accessDate('Unpublished manuscript')).toBeNull();
  });

  it('drops "In" and an editor mark from a container title', () => {
    expect(cleanContainer('In: Proceedings of the ACL,')).toBe('Proceedings of the ACL');
    expect(cleanContainer('(Eds.), Global migration governance')).toBe(
      'Global migration governance',
    );
    expect(cleanContainer('J. Am. Chem. Soc.')).toBe('J. Am. Chem. Soc.');
  });

  it("drops an undotted (NLM) journal name's final full stop, the entry's, not an abbreviation's", () => {
    expect(cleanContainer('Hum Ecol.')).toBe('Hum Ecol');
    expect(cleanContainer('Cell.')).toBe('Cell');
    expect(cleanContainer('Proc Natl Acad Sci USA.')).toBe('Proc Natl Acad Sci USA');
    expect(cleanContainer('Phys. Rev.')).toBe('Phys. Rev.');
  });
});
