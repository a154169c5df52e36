// The numeric citation grammar: brackets, parentheses, superscripts, lists, ranges and locators,
// and the brackets and parentheses that are no citations.
import { describe, expect, it } from 'vitest';
import {
  parseNumericCitations,
  type NumericScanOptions,
} from '../../../src/core/citations/numeric';

const read = (text: string, options?: NumericScanOptions) =>
  parseNumericCitations(text, options).map((c) => [
    text.slice(c.start, c.end),
    c.number,
    c.locator,
  ]);
const numbers = (text: string, options?: NumericScanOptions) =>
  parseNumericCitations(text, options).map((c) => c.number);
const withParentheses: NumericScanOptions = { forms: { parenthesis: true } };

describe('numbers in brackets', () => {
  it.each([
    ['one number', 'shown in [12].', [['[12]', 12, null]]],
    ['a page locator', 'as in [12, p. 4].', [['[12, p. 4]', 12, '4']]],
    ['a page range', 'see [3, pp. 5–7]', [['[3, pp. 5–7]', 3, '5–7']]],
    ['a section locator', 'see [10, Sec. 3]', [['[10, Sec. 3]', 10, 'Sec. 3']]],
    [
      'a list',
      'several [3,5,7] studies',
      [
        ['3', 3, null],
        ['5', 5, null],
        ['7', 7, null],
      ],
    ],
    [
      'a range',
      'earlier [2–4] work',
      [
        ['2–4', 2, null],
        ['2–4', 3, null],
        ['2–4', 4, null],
      ],
    ],
    [
      'a list with a range',
      'see [1, 3-5]',
      [
        ['1', 1, null],
        ['3-5', 3, null],
        ['3-5', 4, null],
        ['3-5', 5, null],
      ],
    ],
    [
      'a locator in a list',
      'see [3, p. 5; 7]',
      [
        ['3, p. 5', 3, '5'],
        ['7', 7, null],
      ],
    ],
  ])('%s', (_label, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads "[9]–[11]" as the range 9, 10, 11', () => {
    expect(read('later work [9]–[11] extended it')).toEqual([
      ['[9]', 9, null],
      ['[9]–[11]', 10, null],
      ['[11]', 11, null],
    ]);
  });

  it('reads "[2], [5]" as two citations', () => {
    expect(numbers('traffic [2], [5], and')).toEqual([2, 5]);
  });
});

describe('brackets that are no citations', () => {
  it.each([
    ['an index in code or maths', 'where a[i] is the popularity'],
    ['a numeric index in code', 'stored in x[3] per station'],
    ['an index after a call', 'the value f(x)[2] is'],
    ['an editorial remark', 'keep girls in school [emphasis added]'],
    ['a figure reference', 'shown in [Figure 2] of the appendix'],
    ['a year', 'first printed [1867] in London'],
    ['a zero', 'the range [0] is empty'],
    ['a Markdown link', 'see [3](https://example.org/3) here'],
    ['a Markdown footnote marker', 'a claim.[^1]'],
    ['a backward range', 'the items [5–2] here'],
    ['words with numbers', 'the [2 of 3] cases'],
  ])('%s', (_label, text) => {
    expect(parseNumericCitations(text)).toEqual([]);
  });
});

describe('numbers in parentheses (Vancouver), read only when asked', () => {
  it('reads "(3)", "(2–5)" and "(3,5)" after words', () => {
    expect(numbers('in adults (3). Others (2–5) and trials (3,5) agree.', withParentheses)).toEqual(
      [3, 2, 3, 4, 5, 3, 5],
    );
  });

  it('ignores them unless the paper cites so', () => {
    expect(parseNumericCitations('in adults (3).')).toEqual([]);
  });

  it.each([
    [
      'an equation number on its line',
      'the hit ratio is\n\n    h = sum p x        (1)\n\nand so on',
    ],
    ['a reference to an equation', 'and by Eq. (1) the delay falls'],
    ['an equation referred to by word', 'as equation (2) shows'],
    ['a list number at a line start', '(1) Collect the samples.'],
    [
      'an enumeration after a colon',
      'three aims: (1) to assess, (2) to measure and (3) to compare',
    ],
    ['a year in parentheses', 'In the pandemic year (2020), programmes stopped'],
    ['a function argument', 'the value f(2) is'],
    ['a sum', 'the total = 4 + (3)'],
  ])('%s', (_label, text) => {
    expect(parseNumericCitations(text, withParentheses)).toEqual([]);
  });

  it('ends an enumeration with its paragraph', () => {
    expect(
      numbers('aims: (1) to assess and (2) to measure.\n\nAs trials show (2).', withParentheses),
    ).toEqual([2]);
  });
});

describe('superscripts', () => {
  it('reads <sup> lists and ranges', () => {
    expect(read('pressure,<sup>2,3</sup> and older people.<sup>4-6</sup>')).toEqual([
      ['2', 2, null],
      ['3', 3, null],
      ['4-6', 4, null],
      ['4-6', 5, null],
      ['4-6', 6, null],
    ]);
  });

  it('reads pandoc ^1,3-5^ and Unicode ¹⁻³', () => {
    expect(numbers('the UK^1,3-5^ and Finland¹⁻³')).toEqual([1, 3, 4, 5, 1, 2, 3]);
  });

  it('reads superscripts marked by the caller, in the text or taken out of it', () => {
    const text = 'salt intake 7 matters. And more.';
    const marks = [
      { start: 12, end: 13, text: '7' },
      { start: 22, end: 22, text: '8–9' },
    ];
    expect(
      parseNumericCitations(text, { superscripts: marks }).map((c) => [c.number, c.start, c.end]),
    ).toEqual([
      [7, 12, 13],
      [8, 22, 22],
      [9, 22, 22],
    ]);
  });

  it.each([
    ['a unit', 'index in kg/m<sup>2</sup> units'],
    ['a unit after a number', 'an area of 5 m<sup>2</sup> each'],
    ['a power of ten', 'above 10<sup>3</sup> µmol'],
    ['a negative exponent', 'a rate in s<sup>-1</sup> here'],
    ['a variable squared', 'the x<sup>2</sup> statistic'],
    ['a pandoc exponent', 'grows as 2^10^ steps'],
    ['a Unicode square', 'the area in m² here'],
  ])('%s is no citation', (_label, text) => {
    expect(parseNumericCitations(text)).toEqual([]);
  });
});

describe('a parenthesis opening a line', () => {
  it('is a citation when the sentence runs on into it', () => {
    expect(
      parseNumericCitations('linked to poor control\n(2,3). Education helps', withParentheses).map(
        (c) => c.number,
      ),
    ).toEqual([2, 3]);
  });

  it('numbers a list item after a finished sentence', () => {
    expect(
      parseNumericCitations('We did two things.\n(1) Collect.\n(2) Count.', withParentheses),
    ).toEqual([]);
  });
});
