// Sentence splitting: abbreviations, numbers, quotes, parentheses, initials.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/claims';
import { sentencesOf } from './helpers';

const split = (text: string): string[] => sentencesOf(text, splitSentences(text));

describe('splitSentences', () => {
  it('splits plain sentences and trims the whitespace between them', () => {
    expect(split('One here. Two there!  Three? ')).toEqual(['One here.', 'Two there!', 'Three?']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(split('')).toEqual([]);
    expect(split('   \n ')).toEqual([]);
  });

  it('keeps a last sentence without a final period', () => {
    expect(split('First. As we shall show, the EU policy combines the')).toEqual([
      'First.',
      'As we shall show, the EU policy combines the',
    ]);
  });

  it.each([
    ['e.g.', 'Many authors (e.g. Bhagwati 2003) agree. Next.'],
    ['e.g. outside brackets', 'Some states, e.g. Switzerland, agree. Next.'],
    ['i.e.', 'The countries, i.e. The Hague group, agree. Next.'],
    ['et al.', 'As Smith et al. Show in their book, it works. Next.'],
    ['p. and pp.', 'See p. 41 and pp. 12–15 there. Next.'],
    ['cf.', 'It differs, cf. Table 2 below. Next.'],
    ['vs.', 'Origin vs. Destination matters. Next.'],
    ['Dr.', 'Dr. Betts agreed. Next.'],
    ['U.S.', 'The U.S. Government agreed. Next.'],
    ['No.', 'Regulation No. 5 applies. Next.'],
    ['an initial', 'As A. Betts argues, it holds. Next.'],
    ['two initials', 'As J.-P. Sartre argued, it holds. Next.'],
    ['a decimal number', 'Growth was 3.5 per cent. Next.'],
    ['a version number', 'Version 2.0.1 shipped. Next.'],
  ])('does not split after %s', (_label, text) => {
    const sentences = split(text);
    expect(sentences).toHaveLength(2);
    expect(sentences[1]).toBe('Next.');
  });

  it('does not split at a period inside a citation parenthesis', () => {
    expect(split('It holds (ibid.). It fails (Ibid., p. 3) too. End.')).toEqual([
      'It holds (ibid.).',
      'It fails (Ibid., p. 3) too.',
      'End.',
    ]);
  });

  it('keeps a closing quote after the period in its sentence', () => {
    expect(split('He said ‘we agree.’ Then he left. She wrote “no.” Then “yes.”')).toEqual([
      'He said ‘we agree.’',
      'Then he left.',
      'She wrote “no.”',
      'Then “yes.”',
    ]);
  });

  it('keeps a straight closing quote after the period in its sentence', () => {
    expect(split('He said \'we agree.\' Then "no." Then.')).toEqual([
      "He said 'we agree.'",
      'Then "no."',
      'Then.',
    ]);
  });

  it('joins a citation after a quote-final period to that sentence', () => {
    expect(split('‘to plan for change.’ (IOM 2010). Next one.')).toEqual([
      '‘to plan for change.’ (IOM 2010).',
      'Next one.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(split('The approx. number is high. Next.')).toEqual([
      'The approx. number is high.',
      'Next.',
    ]);
  });

  it('splits after "etc." when a capital follows', () => {
    expect(split('Pens, paper etc. The rest.')).toEqual(['Pens, paper etc.', 'The rest.']);
  });

  it('splits after "?!" and an ellipsis', () => {
    expect(split('Really?! Yes… Then so.')).toEqual(['Really?!', 'Yes…', 'Then so.']);
  });

  it('splits before a sentence opening with a quote or a number', () => {
    expect(split('First. ‘Second’ comes. 2013 was good.')).toEqual([
      'First.',
      '‘Second’ comes.',
      '2013 was good.',
    ]);
  });

  it('always splits at a blank line', () => {
    expect(split('Thus, Harrison (2002: 587)\n\nwarns that')).toEqual([
      'Thus, Harrison (2002: 587)',
      'warns that',
    ]);
  });

  it('ignores stray closing brackets such as list labels', () => {
    expect(split('Respects: a) one, b) two. Next (see x. y). End.')).toEqual([
      'Respects: a) one, b) two.',
      'Next (see x. y).',
      'End.',
    ]);
  });

  it('ignores an unclosed parenthesis rather than swallowing the rest', () => {
    expect(split('An aside (never closed. Next.')).toEqual(['An aside (never closed.', 'Next.']);
  });

  it('returns spans that are in order, apart and trimmed', () => {
    const text = '  A b. C d (e.g. x). E f.  ';
    const spans = splitSentences(text);
    spans.forEach((s, k) => {
      expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
      if (k > 0) expect(s.start).toBeGreaterThanOrEqual(spans[k - 1]?.end ?? 0);
    });
  });
});
