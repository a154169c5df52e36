// Page-break joins on small synthetic documents: when two paragraphs are one, and when they are not.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/document';
import { expectConsistentOffsets } from './helpers';

const body = (...paragraphs: string[]): string => `# T\n\n## S\n\n${paragraphs.join('\n\n')}\n`;
const paragraphs = (source: string): string[] =>
  parseDocument(source)
    .blocks.filter((b) => b.kind !== 'heading')
    .map((b) => b.text);

describe('page-break joins', () => {
  it('joins a paragraph ending mid-sentence with one starting in lower case', () => {
    const doc = parseDocument(
      body('Thus, Harrison (2002: 587)', 'warns that such partnerships conceal it.'),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'S',
      'Thus, Harrison (2002: 587) warns that such partnerships conceal it.',
    ]);
    expect(doc.blocks[1]).toMatchObject({ kind: 'paragraph', joinedFromParts: 2 });
    expectConsistentOffsets(doc);
  });

  it('joins when the next part starts with an opening quote', () => {
    expect(
      paragraphs(
        body('They coined the metaphor of a', '‘substance without architecture’ (A 2003).'),
      ),
    ).toEqual(['They coined the metaphor of a ‘substance without architecture’ (A 2003).']);
    expect(paragraphs(body('He called it a', '“win-win” deal.'))).toEqual([
      'He called it a “win-win” deal.',
    ]);
  });

  it('joins across an intervening footnote block and keeps the footnote out of the text', () => {
    const doc = parseDocument(
      body(
        'First part of a sentence<sup>1</sup> that goes on to the',
        '---',
        '<sup>1</sup> A note.',
        'end of the page.',
      ),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'S',
      'First part of a sentence that goes on to the end of the page.',
    ]);
    expect(doc.footnotes).toEqual([
      { id: 'fn1', label: '1', text: 'A note.', refBlockId: 'b2', missing: false },
    ]);
    expect(doc.blocks[1]!.footnoteRefs[0]!.offset).toBe(
      doc.blocks[1]!.start + 'First part of a sentence'.length,
    );
    expectConsistentOffsets(doc);
  });

  it('joins three parts of one paragraph', () => {
    const doc = parseDocument(body('one part and', 'a second part and', 'a third.'));
    expect(doc.blocks[1]).toMatchObject({
      text: 'one part and a second part and a third.',
      joinedFromParts: 3,
    });
  });

  it('keeps emphasis spans in place when joining', () => {
    const doc = parseDocument(body('the *first* half of', 'the *second* half.'));
    const block = doc.blocks[1]!;
    expect(block.emphasis.map((s) => doc.text.slice(s.start, s.end))).toEqual(['first', 'second']);
  });

  it.each([
    ['the first ends with a full stop', 'It ends here.', 'and this starts lower case.'],
    ['the first ends with a question mark', 'Does it end?', 'yes, it does.'],
    ['the first ends with a colon', 'As follows:', 'a list item.'],
    ['the first ends with a semicolon', 'One clause;', 'another clause.'],
    ['the first ends with a quote after a full stop', 'He said ‘it ends.’', 'and then left.'],
    ['the next starts in upper case', 'No punctuation at the end', 'The next sentence.'],
    ['the next starts with a digit', 'No punctuation at the end', '2013 was a year.'],
  ])('does not join when %s', (_case, first, second) => {
    expect(paragraphs(body(first, second))).toEqual([first, second]);
  });

  it('never joins across a heading', () => {
    const doc = parseDocument('# T\n\n## A\n\nstops mid\n\n## B\n\nlower case start.\n');
    expect(doc.blocks.map((b) => b.text)).toEqual(['A', 'stops mid', 'B', 'lower case start.']);
  });
});
