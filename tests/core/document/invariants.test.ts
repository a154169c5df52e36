// Property test: for any document built from random blocks, every offset points at its text.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseDocument } from '../../../src/core/document';
import { expectConsistentOffsets } from './helpers';

const word = fc.constantFrom(
  'alpha',
  'Beta',
  'gamma',
  '‘quoted’',
  '“Partner”',
  'Köhler',
  '2013',
  'a',
  'the',
);
const inline = fc.oneof(
  word,
  word.map((w) => `*${w}*`),
  word.map((w) => `**${w}**`),
  word.map((w) => `[${w}](http://example.org/${w.length})`),
  fc.integer({ min: 1, max: 5 }).map((n) => `<sup>${n}</sup>`),
  fc.constantFrom('.', ',', ':', ';', '(Smith 2004: 3)', '  \n', '\n'),
);
const paragraph = fc.array(inline, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' '));
const block = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 2, max: 4 }), paragraph)
      .map(([n, t]) => `${'#'.repeat(n)} ${t.replace(/\n/g, ' ')}`),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 5 }).map((n) => `---\n\n<sup>${n}</sup> Note ${n}.`),
  },
  { weight: 1, arbitrary: paragraph.map((t) => `> ${t.replace(/\n/g, ' ')}`) },
);

describe('offset invariants', () => {
  it('hold for random documents', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), (blocks) => {
        const doc = parseDocument(`# Title\n\n## Start\n\n${blocks.join('\n\n')}\n`);
        expectConsistentOffsets(doc);
      }),
      { numRuns: 200 },
    );
  });
});
