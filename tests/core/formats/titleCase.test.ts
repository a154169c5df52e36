/** Sentence-case detection for .bib titles, against the plain definition it implements. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSentenceCase } from '../../../src/core/formats/bibtex/titleCase';

/** Minor words among the test's pieces (the module's list holds more). */
const MINOR = new Set(['a', 'the', 'of', 'in']);

/** The definition: some word after the first starts in lower case, is longer than one letter
 * and is not a word title case leaves in lower case (words are what lies between spaces and
 * slashes, without leading and trailing punctuation; tags are not words). */
function reference(title: string): boolean {
  const words = title
    .replace(/<[^>]+>/g, ' ')
    .split(/[\s/]+/)
    .map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
    .filter(Boolean);
  return words.some((w, i) => i > 0 && /^[a-z]/.test(w) && !MINOR.has(w) && w.length > 1);
}

const piece = fc.constantFrom(
  ...['The', 'the', 'EU', 'partnership', 'Approach', 'of', 'in', 'x', 'é', 'Über', '2011'],
  ...[' ', '  ', '/', '\t', '\u00a0', '—', '"', '(', ')', ':', '<i>', '</i>', '𝔘', '𝔲', 'a'],
);

describe('isSentenceCase', () => {
  it('agrees with its definition on random titles', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const title = parts.join('');
        expect(isSentenceCase(title)).toBe(reference(title));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads sentence case and title case', () => {
    expect(isSentenceCase('The partnership approach in the EU')).toBe(true);
    expect(isSentenceCase('The Partnership Approach in the EU')).toBe(false);
    expect(isSentenceCase('<i>Migration</i> governance')).toBe(true);
  });
});
