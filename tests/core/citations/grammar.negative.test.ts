// Parentheses and name-year shapes that are no citations: acronyms, dates, titles, numbers, URLs.
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/core/citations';

const none = (text: string): void => {
  expect(parseCitations(text), JSON.stringify(text)).toEqual([]);
};

describe('parentheses that hold no citation', () => {
  it.each([
    ['an acronym', 'Agenda for Migration Management (IAMM) and'],
    ['an acronym list', 'Western Africa (MIDSA, MIDWA), conclude'],
    ['a month and year', 'Co-Operation (May 1996) or'],
    ['a full date', 'the conference (14 January 2013) in Geneva'],
    ['a date range', 'held (14-15 January 2013) in Geneva'],
    ['a season', 'the issue (Spring 2010) of the review'],
    ['a decade', 'proliferated during the decade (1990s) in Europe'],
    ['a phone number', 'Tel: +41 (0)22 9173020'],
    ['a sample size', 'respondents (n = 120) said'],
    ['a p value', 'significant (p < 0.05) effect'],
    ['a cross-reference', 'as argued below (see Section 3) the'],
    ['a figure reference', 'the trend (Figure 2) shows'],
    ['a table with a year', 'the data (Table 2010) shows'],
    ['a URL', 'online (http://www.un.org/migration/2006) and'],
    ['a bare domain', 'Web site (www.unrisd.org) does not'],
    ['a year range', 'the Cold War era (1947–1991) ended'],
    ['a list label', 'in three respects: a) their contribution b) the understanding'],
    ['plain prose with a year', 'the process (launched in 2001) was'],
    ['a determiner before a name', 'the conference (in the Cairo Conference 1994) set'],
    ['an unclosed parenthesis', 'as shown (Smith 2000'],
    ['a parenthesis across blocks', 'as shown (Smith\n\n2000) here'],
    ['an empty parenthesis', 'nothing () here'],
    ['a bare number', 'chapter (3) says'],
    ['a five-digit number', 'the code (Smith 20001) is'],
  ])('%s', (_label, text) => none(text));
});

describe('a year in parentheses with no author before it', () => {
  it.each([
    ['a title in markdown italics', 'White Paper *A Challenge for the 21st Century* (1997).'],
    ['a title after an ordinal', 'White Paper A Challenge for the 21st Century (1997).'],
    ['a noun phrase after "the"', 'before the Cold War (1947) ended'],
    ['a sentence-initial function word', 'However (2011) nothing'],
    ['a lower-case word', 'the report (2003) says'],
    ['a sentence start', '(2003) says'],
    ['a closing quote', 'the ‘partnership turn’ (2005) came'],
    ['a number', 'in 1994 (2011) RCPs'],
    ['a preceding parenthesis', 'the IOM (IOM) (2003) report'],
    ['a month as name', 'published in May (1996) as'],
    ['a roman numeral', 'after World War II (1945) began'],
    ['a roman numeral in parentheses', 'the Pope (Pius XII 1950) said'],
  ])('%s', (_label, text) => none(text));

  it('a name inside an italic span (a title) is no author', () => {
    const text = 'the book Betts Revisited (2011) appeared';
    const start = text.indexOf('Betts');
    const italic = [{ start, end: start + 'Betts Revisited'.length }];
    expect(parseCitations(text, { italic })).toEqual([]);
    expect(parseCitations(text)).toHaveLength(1);
  });
});

describe('long parentheses', () => {
  it('reads a parenthesis part longer than a citation can be as prose', () => {
    none(`(${'Word '.repeat(20_000)}2001)`);
  });

  it('still reads a citation after a long prose part of the same parenthesis', () => {
    const text = `(${'Word '.repeat(2_000)}; Betts 2011c)`;
    expect(parseCitations(text).map((c) => c.raw)).toEqual(['Betts 2011c']);
  });
});
