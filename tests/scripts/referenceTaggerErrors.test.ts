// The tagger's label errors on a split (scripts/referenceTagger/labelErrors.ts): counted by label
// pair over word tokens only, with the entries each pair touches and the entries labelled right.
import { describe, expect, it } from 'vitest';
import { labelErrors, markedEntry } from '../../scripts/referenceTagger/labelErrors';

/** Labels written as runs: labels(['author', 4], ['title', 2]) is four authors then two titles. */
const labels = (...runs: [label: string, count: number][]): string[] =>
  runs.flatMap(([label, count]) => Array<string>(count).fill(label));

const right = {
  line: 1,
  tokens: ['Smith', ',', 'J', '.', 'Title', '.', 'Nature'],
  gold: labels(['author', 4], ['title', 2], ['container-title', 1]),
  predicted: labels(['author', 4], ['title', 2], ['container-title', 1]),
};
const runOn = {
  line: 11,
  tokens: ['Jones', ',', 'K', '.', 'Cells', 'grow', '.', 'Cell', 'Biol', '2'],
  gold: labels(['author', 4], ['title', 3], ['container-title', 2], ['volume', 1]),
  predicted: labels(
    ['author', 4],
    ['title', 2],
    ['container-title', 1],
    ['title', 2],
    ['volume', 1],
  ),
};
const punctuationOnly = {
  line: 21,
  tokens: ['Brown', ',', 'A', '.', 'Rivers', '.', 'Water'],
  gold: labels(['author', 4], ['title', 2], ['container-title', 1]),
  predicted: ['author', 'other', 'author', 'other', 'title', 'container-title', 'container-title'],
};
const twice = {
  line: 31,
  tokens: ['Green', ',', 'P', '.', 'Maps', '.', 'Cartogr', 'J'],
  gold: labels(['author', 4], ['title', 2], ['container-title', 2]),
  predicted: labels(['author', 4], ['title', 3], ['container-title', 1]),
};

describe('the tagger label errors of a split', () => {
  it('counts word tokens and the entries each label pair touches, not punctuation', () => {
    const report = labelErrors([right, runOn, punctuationOnly, twice]);
    expect(report.entries).toBe(4);
    expect(report.exactEntries).toBe(2);
    expect(report.wordTokens).toBe(4 + 7 + 4 + 5);
    expect(report.wrongWordTokens).toBe(3);
    expect(report.confusions).toEqual([
      { gold: 'container-title', predicted: 'title', tokens: 3, entries: 2, exampleLine: 11 },
    ]);
  });

  it('orders pairs by tokens, then entries', () => {
    const noted = {
      line: 41,
      tokens: ['Cells', 'Nature', 'Science'],
      gold: ['title', 'note', 'note'],
      predicted: ['title', 'title', 'title'],
    };
    const report = labelErrors([runOn, twice, noted]);
    expect(report.confusions.map((c) => [c.gold, c.predicted, c.tokens, c.entries])).toEqual([
      ['container-title', 'title', 3, 2],
      ['note', 'title', 2, 1],
    ]);
  });

  it('marks each wrongly labelled word of an entry', () => {
    expect(markedEntry(runOn)).toBe(
      'Jones , K . Cells grow . [Cell|container-title>title] [Biol|container-title>title] 2',
    );
  });
});
