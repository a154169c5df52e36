/** Property tests: whatever .bib text arrives, the importer returns (never throws or hangs). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBibliographyFile } from '../../../src/core/formats';
import { fixture } from '../../fixtures/works';

const seeds = [
  fixture('bib', 'good and broken entries.bib'),
  fixture('bib', 'strings crossref and comments.bib'),
  '@article{a, author={M{\\"u}ller, J. and {European Commission}}, title={The {EU} \\& $x^2$ \\enquote*{q}}, year=2001}',
];

/** Entries' keys must be unique and every problem must name its line. */
function checkResult(text: string): void {
  const started = performance.now();
  const result = parseBibliographyFile(text, 'bibtex');
  expect(performance.now() - started).toBeLessThan(5_000);
  const keys = result.entries.map((e) => e.key);
  expect(new Set(keys).size).toBe(keys.length);
  const lines = text.split('\n').length;
  for (const e of result.errors) {
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.line).toBeLessThanOrEqual(lines);
    expect(e.message).toMatch(/^line \d+: /);
  }
  for (const e of result.entries) expect(JSON.stringify(e.csl)).not.toContain('_graph');
}

/** Characters that matter to .bib syntax, so random text hits the interesting paths. */
const bibChar = fc.constantFrom(...'@{}(),="#%\\\n \tabc019-_:$~^&\'`'.split(''));
const bibText = fc.array(bibChar, { maxLength: 400 }).map((cs) => cs.join(''));

describe('the .bib importer on random and mutated input', () => {
  it('never throws or hangs on random .bib-like text', () => {
    fc.assert(fc.property(bibText, checkResult), { numRuns: 400 });
  });

  it('never throws or hangs when real files are cut, spliced or have characters inserted', () => {
    const mutation = fc.record({
      seed: fc.constantFrom(...seeds),
      at: fc.nat(),
      cut: fc.nat({ max: 40 }),
      insert: fc.array(bibChar, { maxLength: 12 }).map((cs) => cs.join('')),
    });
    fc.assert(
      fc.property(mutation, ({ seed, at, cut, insert }) => {
        const i = at % (seed.length + 1);
        checkResult(seed.slice(0, i) + insert + seed.slice(i + cut));
      }),
      { numRuns: 400 },
    );
  });

  it('still reads the entries after a broken one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), (n) => {
        const good = Array.from({ length: n }, (_, i) => `@misc{k${i}, title={T${i}}}`);
        const text = ['@misc{bad, title={unclosed', ...good].join('\n');
        const result = parseBibliographyFile(text, 'bibtex');
        expect(result.entries.map((e) => e.key)).toEqual(good.map((_, i) => `k${i}`));
        expect(result.errors).toHaveLength(1);
      }),
      { numRuns: 30 },
    );
  });
});
