// The forms the citation grammar must read (and must not read) that no other test names
// literally: a bracketed abbreviation with paragraph and chapter locators, "[2]–[4]", locators
// inside numeric brackets, and an n.d. suffix with a section locator after "see also".
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/core/citations';
import { parseNumericCitations } from '../../../src/core/citations/numeric';

describe('author-year forms', () => {
  it('reads "[ILO]" introduced with para. and its later short use with Chapter 4', () => {
    const found = parseCitations(
      'work (International Labour Organization [ILO], 2019, para. 3) and later (ILO, 2019, Chapter 4)',
    );
    expect(found.map((c) => [c.authors, c.year, c.locator])).toEqual([
      [['International Labour Organization'], '2019', 'para. 3'],
      [['ILO'], '2019', 'Chapter 4'],
    ]);
  });

  it('reads "see also" before an n.d.-a citation with a § locator', () => {
    const [c] = parseCitations('(see also Okafor, n.d.-a, § 3)');
    expect([c?.authors, c?.year, c?.yearSuffix, c?.prefix, c?.locator]).toEqual([
      ['Okafor'],
      null,
      'a',
      'see also',
      '§ 3',
    ]);
  });
});

describe('numeric forms', () => {
  it('reads "[2]–[4]" as 2, 3, 4 and keeps locators inside brackets', () => {
    const found = parseNumericCitations('as shown [2]–[4] and [3, pp. 4–5] and [7, fn. 12].');
    expect(found.map((c) => [c.number, c.locator])).toEqual([
      [2, null],
      [3, null],
      [4, null],
      [3, '4–5'],
      [7, 'fn. 12'],
    ]);
  });
});
