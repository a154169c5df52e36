// The analysis over a parsed document (the bundled paper) and over a text with layout marks.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citationsOfDocument } from '../../../src/core/citations';
import { parseDocument } from '../../../src/core/document';
import { analyseReferencesAndCitations } from '../../../src/core/references';

const bundled = readFileSync(
  fileURLToPath(
    new URL(
      '../../../resources/lavenex-panizzon-2013-multilayered-migration-governance.md',
      import.meta.url,
    ),
  ),
  'utf8',
);

describe('the bundled paper (no reference list)', () => {
  it('reads the same 34 author-year citations from its document, and no list', () => {
    const doc = parseDocument(bundled);
    const a = analyseReferencesAndCitations(doc);
    expect(a.style).toBe('author-year');
    expect(a.references).toEqual([]);
    expect(a.referenceList).toBeNull();
    const expected = citationsOfDocument(doc);
    expect(a.citations).toHaveLength(34);
    expect(a.citations.map((c) => [c.id, c.raw, c.start, c.end])).toEqual(
      expected.map((c) => [c.id, c.raw, c.start, c.end]),
    );
    expect(a.unresolved).toEqual([]);
  });

  it('reads the same 34 from its source text', () => {
    expect(analyseReferencesAndCitations(bundled).citations).toHaveLength(34);
  });
});

describe('a text read from a PDF, with superscripts marked from glyph positions', () => {
  it('cites by the marked superscripts and links them to the list', () => {
    const text =
      'Salt raises blood pressure 2,3 in older people.4\n\nReferences\n\n1. He FJ. One. BMJ. 2013.\n2. Aburto NJ. Two. BMJ. 2013.\n3. Vollmer WM. Three. 2001.\n4. Appel LJ. Four. 2001.\n';
    const superscripts = [
      { start: 27, end: 30, text: '2,3' },
      { start: 47, end: 48, text: '4' },
    ];
    const a = analyseReferencesAndCitations({ text, superscripts });
    expect(a.style).toBe('numeric');
    expect(a.citations.map((c) => [c.number, c.referenceId, text.slice(c.start, c.end)])).toEqual([
      [2, 'r2', '2,3'],
      [3, 'r3', '2,3'],
      [4, 'r4', '4'],
    ]);
    expect(a.unused).toEqual(['r1']);
  });
});
