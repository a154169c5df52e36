// Properties that hold for any input: no throw, spans in bounds, in order, never overlapping.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/core/citations';
import type { Citation } from '../../../src/core/citations';

function checkInvariants(text: string, found: Citation[]): void {
  found.forEach((c, k) => {
    expect(c.id).toBe(`c${k + 1}`);
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.start).toBeLessThan(c.end);
    expect(text.slice(c.start, c.end)).not.toContain('\n\n');
    const previous = found[k - 1];
    if (previous) expect(c.start).toBeGreaterThanOrEqual(previous.end);
    if (c.ibidOf !== null) expect(found.find((t) => t.id === c.ibidOf)?.ibid).toBe(false);
  });
}

/** Text built from the pieces citations are made of, so the grammar is exercised, not only skipped. */
const citationish = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        '(',
        ')',
        ';',
        ',',
        ':',
        ' ',
        '\n\n',
        'and',
        '&',
        'et al.',
        'e.g.',
        'see',
        'ibid',
        '.',
        'Betts',
        'Köhler',
        'van der',
        'O’Riordan',
        'IOM',
        'Commission on Aid',
        'the',
        '2011',
        '2011a',
        'b',
        'p.',
        '41',
        '12–15',
        'n.d.',
        'May',
        'Harrison',
        'Thus',
        '*',
        '’s',
        'x',
      ),
      fc.constantFrom(' ', ' ', '', ', '),
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.map(([piece, gap]) => piece + gap).join(''));

describe('parseCitations on any text', () => {
  it('never throws and keeps its spans in bounds, in order and apart (arbitrary strings)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        checkInvariants(text, parseCitations(text));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and keeps its spans in bounds, in order and apart (citation-like text)', () => {
    fc.assert(
      fc.property(citationish, (text) => {
        checkInvariants(text, parseCitations(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds exactly the well-formed citations planted in noise, with their names and years', () => {
    const name = fc.constantFrom(
      'Betts',
      'Köhler',
      'van der Heijden',
      'O’Riordan',
      'IOM',
      'Pahl-Wostl',
    );
    const year = fc.integer({ min: 1900, max: 2030 }).map(String);
    const planted = fc.record({
      prefix: fc.constantFrom('', 'see ', 'e.g. ', 'cf. '),
      author: name,
      year,
      locator: fc.constantFrom('', ': 41', ', p. 3', ', pp. 12–15'),
    });
    const noise = fc
      .array(fc.constantFrom('the', 'of', 'migration', '12', '.', ',', ';', 'partnership'), {
        maxLength: 6,
      })
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(fc.tuple(noise, planted), { maxLength: 6 }), noise, (pairs, tail) => {
        const text =
          pairs.map(([n, c]) => `${n} (${c.prefix}${c.author} ${c.year}${c.locator})`).join(' ') +
          tail;
        const found = parseCitations(text);
        expect(found.map((c) => [c.authors, c.year])).toEqual(
          pairs.map(([, c]) => [[c.author], c.year]),
        );
      }),
      { numRuns: 500 },
    );
  });
});
