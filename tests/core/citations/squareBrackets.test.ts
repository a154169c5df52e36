// Author-year citations in square brackets ("[Loefer & Sedberry, 2003]", "[Smith 2001; Jones
// 2003]"), and the square brackets that hold no citation (an index, an editor's note, a figure).
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/core/citations';
import { analyseReferencesAndCitations } from '../../../src/core/references';
import { spans } from './helpers';

const read = (text: string) =>
  parseCitations(text).map((c) => [c.raw, c.authors, c.year, c.locator, c.prefix, c.narrative]);

describe('author-year citations in square brackets', () => {
  it('reads "[Name & Name, year]" as one parenthetical citation', () => {
    const text = 'Sharpnose sharks mature early [Loefer & Sedberry, 2003].';
    expect(read(text)).toEqual([
      ['Loefer & Sedberry, 2003', ['Loefer', 'Sedberry'], '2003', null, null, false],
    ]);
    expect(spans(text)).toEqual(['Loefer & Sedberry, 2003']);
  });

  it('reads several citations, locators, prefixes and year lists', () => {
    expect(
      read('As shown [Smith 2001; Jones 2003], see [e.g. Brown and White, 1999a, b; Li 2004: 12].'),
    ).toEqual([
      ['Smith 2001', ['Smith'], '2001', null, null, false],
      ['Jones 2003', ['Jones'], '2003', null, null, false],
      ['Brown and White 1999a', ['Brown', 'White'], '1999', null, 'e.g.', false],
      ['Brown and White 1999b', ['Brown', 'White'], '1999', null, 'e.g.', false],
      ['Li 2004: 12', ['Li'], '2004', '12', null, false],
    ]);
  });

  it('reads a bracket inside a parenthesis once', () => {
    expect(spans('grew (see [Smith 2001]) fast')).toEqual(['Smith 2001']);
  });
});

describe('square brackets that hold no citation', () => {
  it.each([
    ['an array index', 'the value a[i] = b[2001] is'],
    ['an editorial note', 'the policy [emphasis added] and [sic] its'],
    ['a figure', 'the trend [Figure 2] and [Table 2001] show'],
    ['a numeric citation', 'as reported [12, 14–16] earlier'],
    ['an access date', 'online [Accessed 2019] and [cited 2019 May 3]'],
    ['a date', 'issued [January 2001] and [Received 12 March 2001]'],
    ['a year alone after a name', 'Smith [2001] argued'],
    ['an ibid', 'as before [ibid., 3] said'],
  ])('%s', (_label, text) => {
    expect(parseCitations(text), text).toEqual([]);
  });
});

describe('a paper citing in square brackets', () => {
  it('is read as author-year and links its citations to the list', () => {
    const paper = [
      '# Sharks',
      'Growth is slow [Loefer & Sedberry, 2003] and maturity late [Frazier 2014; Loefer & Sedberry, 2003].',
      '## References',
      'Frazier BS. Age and growth of sharks. Fish Bull. 2014;112:1–10.',
      '',
      'Loefer JK, Sedberry GR. Life history of the Atlantic sharpnose shark. Fish Bull. 2003;101:75–88.',
    ].join('\n\n');
    const analysis = analyseReferencesAndCitations(paper);
    expect(analysis.style).toBe('author-year');
    const entryOf = new Map(analysis.references.map((r, k) => [r.id, k + 1]));
    expect(analysis.citations.map((c) => [c.raw, entryOf.get(c.referenceId ?? '')])).toEqual([
      ['Loefer & Sedberry, 2003', 2],
      ['Frazier 2014', 1],
      ['Loefer & Sedberry, 2003', 2],
    ]);
  });
});
