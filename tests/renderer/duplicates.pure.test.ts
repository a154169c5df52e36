/** The duplicates review's wording: values as text, and the words one record lacks. */
import { describe, expect, it } from 'vitest';
import { valueText, wordDifferences } from '../../src/renderer/features/duplicates/duplicateText';

describe('duplicates review text', () => {
  it('reads names, dates and plain values', () => {
    expect(valueText([{ family: 'Faist', given: 'Thomas' }, { literal: 'UNHCR' }])).toBe(
      'Faist, Thomas; UNHCR',
    );
    expect(valueText({ 'date-parts': [[2008, 5]] })).toBe('2008-05');
    expect(valueText('Polity')).toBe('Polity');
    expect(valueText(undefined)).toBe('');
  });

  it('marks the words the other value lacks, case and all', () => {
    const marked = (a: string, b: string) =>
      wordDifferences(a, b)
        .filter((w) => w.differs)
        .map((w) => w.text);
    expect(marked('Transnational Migration', 'Transnational migration')).toEqual(['Migration']);
    expect(marked('Faist, Thomas', 'Faist, T')).toEqual(['Thomas']);
    expect(
      wordDifferences('A, b', 'A')
        .map((w) => w.text)
        .join(''),
    ).toBe('A, b');
  });
});
