// APA 7 and other author-year forms: n.d. with suffixes, in press, corporate authors with a
// bracketed abbreviation, "and" inside a body's name, possessives, "as cited in", italic et al.,
// and locators by chapter, section, paragraph, footnote and table.
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/core/citations';
import { spans, summary } from './helpers';

const one = (text: string) => {
  const found = parseCitations(text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe('APA 7 citations', () => {
  it.each([
    ['no date', 'as shown (Okafor, n.d.) here', ['Okafor'], null, null],
    ['no date with a suffix', 'as (Okafor, n.d.-b) shows', ['Okafor'], null, 'b'],
    ['in press, narrative', 'Brandt et al. (in press) argue', ['Brandt'], null, null],
    [
      'a body whose name holds "and"',
      'food (Food and Agriculture Organization, 2018) now',
      ['Food and Agriculture Organization'],
      '2018',
      null,
    ],
    ['a possessive narrative', "Ahmed's (2017) survey shows", ['Ahmed'], '2017', null],
    ['italic et al. in Markdown', 'Smith *et al.* (2019) found', ['Smith'], '2019', null],
  ])('%s', (_label, text, authors, year, suffix) => {
    const c = one(text);
    expect(c.authors).toEqual(authors);
    expect(c.year).toBe(year);
    expect(c.yearSuffix).toBe(suffix);
  });

  it('keeps two acronyms joined by "and" as two bodies', () => {
    expect(one('(IOM and UNHCR 2010)').authors).toEqual(['IOM', 'UNHCR']);
  });

  it('reads a corporate author with its bracketed abbreviation, and later the abbreviation', () => {
    const text =
      "data (United Nations Children's Fund [UNICEF], 2021, p. 7) and later (UNICEF, 2021)";
    const found = parseCitations(text);
    expect(found.map(summary)).toEqual([
      {
        authors: ["United Nations Children's Fund"],
        year: '2021',
        yearSuffix: null,
        locator: '7',
        prefix: null,
        narrative: false,
      },
      {
        authors: ['UNICEF'],
        year: '2021',
        yearSuffix: null,
        locator: null,
        prefix: null,
        narrative: false,
      },
    ]);
    expect(spans(text, found)).toEqual([
      "United Nations Children's Fund [UNICEF], 2021, p. 7",
      'UNICEF, 2021',
    ]);
  });

  it('reads "as cited in" as two citations, the second with its prefix', () => {
    const found = parseCitations('(Sen, 1999, as cited in Ahmed, 2017)');
    expect(found.map((c) => [c.authors[0], c.year, c.prefix])).toEqual([
      ['Sen', '1999', null],
      ['Ahmed', '2017', 'as cited in'],
    ]);
  });

  it('reads cf., see also and e.g., prefixes with & and and', () => {
    const found = parseCitations(
      '(cf. Lee & Park, 2019; see also Kim and Cho, 2020; e.g., Ortiz, n.d.-a)',
    );
    expect(found.map((c) => [c.authors.join('|'), c.prefix])).toEqual([
      ['Lee|Park', 'cf.'],
      ['Kim|Cho', 'see also'],
      ['Ortiz', 'e.g.'],
    ]);
  });

  it.each([
    ['(Smith et al., 2019, Chapter 4)', 'Chapter 4'],
    ['(Smith, 2019, § 3)', '§ 3'],
    ['(Smith, 2019, fn. 12)', 'fn. 12'],
    ['(Smith, 2019, para. 4)', 'para. 4'],
    ['(Räsänen et al. 2017, table 2)', 'table 2'],
    ['(Smith 2001, ch. 3)', 'ch. 3'],
    ['(Smith, 2019, pp. 33–35)', '33–35'],
  ])('reads the locator of %s', (text, locator) => {
    expect(one(text).locator).toBe(locator);
  });
});

describe('years in parentheses that are no citation', () => {
  it.each([
    ['a year after a noun', 'In the pandemic year (2020), many programmes stopped'],
    ['a year range', 'surface temperatures (2013-2022) with'],
    ['a year after a lower-case word', 'the survey of that spring (2019) found'],
  ])('%s', (_label, text) => {
    expect(parseCitations(text)).toEqual([]);
  });

  it('a title in italics', () => {
    const text = 'as in *Reviewing Social Policy* (2015).';
    const italic = [{ start: text.indexOf('*'), end: text.lastIndexOf('*') + 1 }];
    expect(parseCitations(text, { italic })).toEqual([]);
  });
});
