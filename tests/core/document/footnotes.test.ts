// Footnotes on synthetic documents: mid-document blocks, several per block, missing text, [^n] syntax.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/document';
import { expectConsistentOffsets } from './helpers';

describe('footnotes', () => {
  it('reads a footnote block at a page bottom and continues the body after it', () => {
    const doc = parseDocument(
      [
        '# Title',
        '## One',
        'A claim.<sup>1</sup> Another claim.<sup>2</sup>',
        '---',
        '<sup>1</sup> First note, with a [link](http://example.org/a).  \n<sup>2</sup> Second note\ncontinued on the next line.',
        'The body goes on.',
        '## Two',
        'More text.',
      ].join('\n\n'),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'One',
      'A claim. Another claim.',
      'The body goes on.',
      'Two',
      'More text.',
    ]);
    expect(doc.footnotes).toEqual([
      { id: 'fn1', label: '1', text: 'First note, with a link.', refBlockId: 'b2', missing: false },
      {
        id: 'fn2',
        label: '2',
        text: 'Second note continued on the next line.',
        refBlockId: 'b2',
        missing: false,
      },
    ]);
    expectConsistentOffsets(doc);
  });

  it('lets a footnote run over several lines of one paragraph', () => {
    const doc = parseDocument(
      '# T\n\n## S\n\nText.<sup>1</sup>\n\n---\n\n<sup>1</sup> Line one\nline two.\n',
    );
    expect(doc.footnotes[0]!.text).toBe('Line one line two.');
  });

  it('places each marker right after the word it follows', () => {
    const doc = parseDocument('# T\n\n## S\n\nAlpha<sup>1</sup> beta <sup>2</sup>gamma.\n');
    const block = doc.blocks[1]!;
    expect(block.text).toBe('Alpha beta gamma.');
    expect(block.footnoteRefs.map((r) => doc.text.slice(block.start, r.offset))).toEqual([
      'Alpha',
      'Alpha beta',
    ]);
  });

  it('numbers footnotes in order of first marker and creates missing ones for markers without text', () => {
    const doc = parseDocument(
      '# T\n\n## Heading<sup>4</sup>\n\nText<sup>2</sup> and<sup>4</sup>.\n\n---\n\n<sup>2</sup> Two.\n',
    );
    expect(doc.footnotes).toEqual([
      { id: 'fn1', label: '4', text: '', refBlockId: 'b1', missing: true },
      { id: 'fn2', label: '2', text: 'Two.', refBlockId: 'b2', missing: false },
    ]);
    expect(doc.blocks[1]!.footnoteRefs.map((r) => r.footnoteId)).toEqual(['fn2', 'fn1']);
  });

  it('keeps a definition nobody refers to, without a block', () => {
    const doc = parseDocument('# T\n\n## S\n\nText.\n\n---\n\n<sup>9</sup> Orphan.\n');
    expect(doc.footnotes).toEqual([
      { id: 'fn1', label: '9', text: 'Orphan.', refBlockId: null, missing: false },
    ]);
    expect(doc.text).not.toContain('Orphan');
  });

  it('reads Markdown footnotes ([^n] and [^n]: text)', () => {
    const doc = parseDocument('# T\n\n## S\n\nA point.[^a]\n\n[^a]: The note.\n');
    expect(doc.blocks[1]!.text).toBe('A point.');
    expect(doc.footnotes).toEqual([
      { id: 'fn1', label: 'a', text: 'The note.', refBlockId: 'b2', missing: false },
    ]);
  });

  it('treats <sup> that is not a note label as text', () => {
    const doc = parseDocument('# T\n\n## S\n\nThe 21<sup>st</sup> century.\n');
    expect(doc.blocks[1]!.text).toBe('The 21st century.');
    expect(doc.footnotes).toEqual([]);
  });
});
