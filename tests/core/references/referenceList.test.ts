// Finding a paper's reference list and splitting it into entries.
import { describe, expect, it } from 'vitest';
import { findReferenceList, splitEntries } from '../../../src/core/references';

const entries = (text: string) => {
  const region = findReferenceList(text);
  expect(region, 'a reference list').not.toBeNull();
  return splitEntries(text, region!).map((e) => [e.label, e.raw] as const);
};

describe('finding the list', () => {
  it.each([
    ['## References'],
    ['# Bibliography'],
    ['**Works Cited**'],
    ['REFERENCES'],
    ['7. References'],
    ['VII. REFERENCES'],
    ['Literatur'],
    ['Literaturverzeichnis'],
    ['Références'],
    ['Bibliografía'],
    ['Literature Cited'],
  ])('under the heading %s', (heading) => {
    const text = `Body text (Smith 2001).\n\n${heading}\n\nSmith, J. (2001). A title. Publisher.\n`;
    const region = findReferenceList(text);
    expect(region?.heading).toBe(heading);
    expect(text.slice(region!.bodyStart, region!.end).trim()).toBe(
      'Smith, J. (2001). A title. Publisher.',
    );
  });

  it('takes the last heading, not a table of contents that names it', () => {
    const text =
      'Contents\n\nIntroduction\n\nReferences\n\nSome text here.\n\nReferences\n\nSmith, J. (2001). T.\n';
    expect(findReferenceList(text)?.start).toBe(text.lastIndexOf('References'));
  });

  it('ends at the next heading of its level, at an appendix or at footnote definitions', () => {
    const md = '## References\n\nSmith, J. (2001). T.\n\n## Appendix A\n\nTables.\n';
    expect(md.slice(findReferenceList(md)!.end)).toMatch(/^## Appendix A/);
    const txt = 'References\n\nSmith, J. (2001). T.\n\nAppendix\n\nTables.\n';
    expect(txt.slice(findReferenceList(txt)!.end)).toMatch(/^Appendix/);
    const notes = '## References\n\nSmith, J. (2001). T.\n\n[^1]: A note.\n';
    expect(notes.slice(findReferenceList(notes)!.end)).toMatch(/^\[\^1\]/);
  });

  it('finds an untitled final block of entries numbered from 1', () => {
    const text =
      'The body cites [1] and [2].\n\n1. Smith J. A title. 2001.\n2. Jones K. Another. 2002.\n3. Lee C. A third. 2003.\n';
    expect(entries(text).map((e) => e[0])).toEqual(['1', '2', '3']);
  });

  it('finds nothing in a paper without a list', () => {
    expect(findReferenceList('Just prose (Smith 2001).\n\n1. A numbered point.\n')).toBeNull();
  });

  it('does not take a word "references" inside a sentence for a heading', () => {
    expect(findReferenceList('The references are below.\nSmith, J. (2001). T.\n')).toBeNull();
  });
});

describe('splitting the list into entries', () => {
  it('by [n] labels, joining wrapped lines', () => {
    const text =
      'REFERENCES\n\n[1] A. Smith, "One,"\n    J. X, 2001.\n[2] B. Jones, "Two," 2002.\n';
    expect(entries(text)).toEqual([
      ['1', 'A. Smith, "One," J. X, 2001.'],
      ['2', 'B. Jones, "Two," 2002.'],
    ]);
  });

  it('by "n." labels, where a number inside an entry is no label', () => {
    const text =
      '## References\n\n1. Smith J. One. Lancet.\n   2001;3:4.\n2. Jones K. Two.\n12 Angry Men. 2002.\n';
    expect(entries(text)).toEqual([
      ['1', 'Smith J. One. Lancet. 2001;3:4.'],
      ['2', 'Jones K. Two. 12 Angry Men. 2002.'],
    ]);
  });

  it('by blank lines, taking Markdown markup off', () => {
    const text =
      '## References\n\nAhmed, S. (2017). *Meals and\nmarkets*. [Link](https://x.org).\n\nZhou, Y. (2011). **Lunch**.\n';
    expect(entries(text)).toEqual([
      [null, 'Ahmed, S. (2017). Meals and markets. Link.'],
      [null, 'Zhou, Y. (2011). Lunch.'],
    ]);
  });

  it('by hanging indents', () => {
    const text =
      'References\n\nArnfield, A.J. (2003) Two decades of urban\n  climate research.\nBowler, D.E. (2010) Urban greening.\n';
    expect(entries(text)).toEqual([
      [null, 'Arnfield, A.J. (2003) Two decades of urban climate research.'],
      [null, 'Bowler, D.E. (2010) Urban greening.'],
    ]);
  });

  it('by Markdown list items', () => {
    const text =
      '## References\n\n- Smith, J. (2001). One.\n- Jones, K. (2002). Two,\n  continued.\n';
    expect(entries(text)).toEqual([
      [null, 'Smith, J. (2001). One.'],
      [null, 'Jones, K. (2002). Two, continued.'],
    ]);
  });

  it('by how entries start, in text extracted from a PDF (no blank lines, no indents)', () => {
    const text = [
      'References',
      'Smith, J. 2001. A long title that runs over',
      'two lines of the column. Journal 3: 4–5.',
      'Jones, K., and M. Lee. 2002. Another title. Publisher.',
      'van der Berg, S. 2016. Reviews. Routledge, London, pp. 12–',
      '15.',
      'World Health Organization. 2012. Guideline. Geneva: WHO.',
    ].join('\n');
    expect(entries(text).map((e) => e[1].slice(0, 12))).toEqual([
      'Smith, J. 20',
      'Jones, K., a',
      'van der Berg',
      'World Health',
    ]);
  });

  it('mends words hyphenated at a line break', () => {
    const text = 'References\n\nSmith, J. (2001). Migra-\ntion policy.\n';
    expect(entries(text)).toEqual([[null, 'Smith, J. (2001). Migration policy.']]);
  });
});

describe('a list running over a page break (PDF text)', () => {
  it('leaves the page number out of the entry it interrupts', () => {
    const text =
      'References\n\n[1] A. Smith, "One long title,"\n14\n\f\n    J. X, 2001.\n[2] B. Jones, "Two," 2002.\n';
    expect(entries(text)).toEqual([
      ['1', 'A. Smith, "One long title," J. X, 2001.'],
      ['2', 'B. Jones, "Two," 2002.'],
    ]);
  });
});
