// Markdown superscript citations (<sup>3</sup>, <sup>2,5</sup>, <sup>2–4</sup>, pandoc's ^3^):
// each is kept in the document's text, raised, and is a numeric citation of its entries; a real
// footnote of the same paper stays a footnote.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/document';
import { readPaper } from '../../../src/core/paper';

const PAPER = `# Salt and Stroke

Ana Ortiz

## Introduction

High salt intake raises blood pressure.<sup>3</sup> Trials of reduced intake agree,<sup>2,5</sup>
and so do cohort studies.<sup>2–4</sup> Pandoc writers cite the same way.^1^ A registry[^n] adds
little.<sup>6</sup>

[^n]: The national stroke registry, 2001–2010.

## References

1. He FJ, MacGregor GA. Reducing population salt intake worldwide. Lancet. 2011;378:380-2.
2. Aburto NJ, Ziolkovska A, Hooper L, et al. Effect of lower sodium intake on health. BMJ. 2013;346:f1326.
3. Strazzullo P, D'Elia L, Kandala NB, Cappuccio FP. Salt intake, stroke, and cardiovascular disease. BMJ. 2009;339:b4567.
4. Mozaffarian D, Fahimi S, Singh GM, et al. Global sodium consumption and death. N Engl J Med. 2014;371:624-34.
5. Graudal NA, Hubeck-Graudal T, Jurgens G. Effects of low sodium diet versus high sodium diet. Cochrane Database Syst Rev. 2017;4:CD004022.
6. Cook NR, Appel LJ, Whelton PK. Sodium intake and all-cause mortality over 20 years. J Am Coll Cardiol. 2016;68:1609-17.
`;

describe('superscript citations in a Markdown paper', () => {
  const read = readPaper(PAPER, 'd-sup');
  const text = read.document.text;
  const numberOf = (referenceId: string | null | undefined) =>
    read.references.findIndex((r) => r.id === referenceId) + 1;
  const cited = read.citations.map((c) => ({
    shown: text.slice(c.start, c.end),
    entry: numberOf(read.referenceOf.get(c.id)),
  }));

  it('reads the paper as numeric and links every superscript to its entries', () => {
    expect(read.style).toBe('numeric');
    expect(read.references).toHaveLength(6);
    expect(cited.map((c) => c.entry)).toEqual([3, 2, 5, 2, 3, 4, 1, 6]);
  });

  it('keeps each superscript in the text: no citation is an empty span', () => {
    for (const c of read.citations) expect(c.end).toBeGreaterThan(c.start);
    expect(cited.map((c) => c.shown)).toEqual(['3', '2', '5', '2–4', '2–4', '2–4', '1', '6']);
    expect(text).toContain('raises blood pressure.3 Trials of reduced intake agree,2,5 and');
    expect(text).not.toMatch(/\^|<sup>/);
  });

  it('marks the superscripts as raised text, so the reader sets them raised', () => {
    const raised = read.document.blocks
      .flatMap((b) => b.emphasis)
      .filter((s) => s.style === 'superscript')
      .map((s) => text.slice(s.start, s.end));
    expect(raised).toEqual(['3', '2,5', '2–4', '1', '6']);
  });

  it('keeps the paper’s own footnote a footnote', () => {
    expect(read.document.footnotes).toMatchObject([
      { label: 'n', text: 'The national stroke registry, 2001–2010.', missing: false },
    ]);
  });

  it('leaves an author-year paper’s <sup>n</sup> markers footnotes, even without their text', () => {
    const doc = parseDocument('# T\n\nMigration rose (Betts 2011).<sup>2</sup> It fell.\n');
    expect(doc.text).toBe('Migration rose (Betts 2011). It fell.');
    expect(doc.footnotes).toMatchObject([{ label: '2', missing: true }]);
  });
});
