// Block quotes: Markdown `>`, indented paragraphs, and the introduced-quotation heuristic.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/document';

const kinds = (body: string): [string, string][] =>
  parseDocument(`# T\n\n## S\n\n${body}\n`)
    .blocks.slice(1)
    .map((b) => [b.kind, b.text]);

describe('block quotes', () => {
  it('recognises a paragraph introduced by ":" that ends with a citation after its final stop', () => {
    expect(
      kinds(
        'The report says:\n\nPartnerships matter for all. (Federal Office 2004: 13)\n\nAfter it.',
      ),
    ).toEqual([
      ['paragraph', 'The report says:'],
      ['blockquote', 'Partnerships matter for all. (Federal Office 2004: 13)'],
      ['paragraph', 'After it.'],
    ]);
  });

  it('does not take running text for a quote', () => {
    // Citation before the full stop: ordinary running text.
    expect(kinds('Three reasons:\n\nFirst, costs rise (Smith 2004).')[1]![0]).toBe('paragraph');
    // Citation after the stop but nothing introduces it.
    expect(kinds('A statement.\n\nAnother one. (Smith 2004)')[1]![0]).toBe('paragraph');
    // Introduced, but no citation at the end.
    expect(kinds('As follows:\n\nA plain paragraph.')[1]![0]).toBe('paragraph');
  });

  it('takes Markdown > quotes and indented paragraphs as block quotes', () => {
    expect(
      kinds('Intro.\n\n> Quoted line one\n> line two.\n\n    Indented quote\n    text.'),
    ).toEqual([
      ['paragraph', 'Intro.'],
      ['blockquote', 'Quoted line one line two.'],
      ['blockquote', 'Indented quote text.'],
    ]);
  });
});
