// Claims from small documents: sentence claims, shared sentences, quote blocks, work ids.
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/core/citations';
import { extractClaims } from '../../../src/core/claims';
import type { ParsedDocument } from '../../../src/core/document/model';
import { docOf } from './helpers';

const claimsOf = (doc: ParsedDocument, workIdOf?: (id: string) => string | null) =>
  extractClaims(doc, parseCitations(doc.text), workIdOf);

describe('extractClaims', () => {
  it('makes one claim per citing sentence, in order, with ids k1, k2, ...', () => {
    const doc = docOf(['No citation here. First claim (Betts 2011c). Plain. Second (UN 2004).']);
    const claims = claimsOf(doc);
    expect(claims.map((k) => [k.id, k.text, k.citationIds, k.kind])).toEqual([
      ['k1', 'First claim (Betts 2011c).', ['c1'], 'sentence'],
      ['k2', 'Second (UN 2004).', ['c2'], 'sentence'],
    ]);
  });

  it('gives citations of one sentence one claim', () => {
    const doc = docOf(['It holds (Lavenex 2008: 951) or, per Betts, it fails (Betts 2011c: 41).']);
    const [claim, ...rest] = claimsOf(doc);
    expect(rest).toEqual([]);
    expect(claim?.citationIds).toEqual(['c1', 'c2']);
  });

  it('gives a group of citations in one parenthesis one claim', () => {
    const doc = docOf(['Known (e.g. Bhagwati 2003; Ghosh 2000). Later.']);
    expect(claimsOf(doc).map((k) => k.citationIds)).toEqual([['c1', 'c2']]);
  });

  it('keeps offsets into the document text and the block and section ids', () => {
    const doc = docOf([
      { kind: 'heading', text: 'Intro', sectionId: 's1' },
      { text: 'Plain. Cited (Köhler 2011).', sectionId: 's1' },
      { text: 'Other (IOM 2003: 135).', sectionId: 's2' },
    ]);
    const claims = claimsOf(doc);
    for (const k of claims) expect(doc.text.slice(k.start, k.end)).toBe(k.text);
    expect(claims.map((k) => [k.blockId, k.sectionId])).toEqual([
      ['b2', 's1'],
      ['b3', 's2'],
    ]);
  });

  it('does not break a sentence at abbreviations, initials or periods inside citations', () => {
    const doc = docOf([
      'As A. Betts notes, i.e. in the U.S. case, it holds (ibid.; cf. Smith 2000, p. 3). End.',
    ]);
    const claims = claimsOf(doc);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.text.startsWith('As A. Betts notes')).toBe(true);
  });

  it('makes a block quote that ends with its citation one quote claim', () => {
    const doc = docOf([
      'The IAMM says (IAMM):',
      {
        kind: 'blockquote',
        text: 'Migration is an area for partnerships. Exploration is required. (Federal Office for Migration 2004: 13)',
      },
      'Afterwards.',
    ]);
    const [claim, ...rest] = claimsOf(doc);
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({ kind: 'quote', blockId: 'b2', citationIds: ['c1'] });
    expect(claim?.text.startsWith('Migration is an area')).toBe(true);
  });

  it('gives a citation opening the paragraph after a block quote to the quote', () => {
    const doc = docOf([
      { kind: 'blockquote', text: 'Working together, we must continue to evolve.' },
      '(IOM 2010: 4). The Director spoke again (Betts 2011c).',
    ]);
    expect(claimsOf(doc).map((k) => [k.kind, k.blockId, k.citationIds])).toEqual([
      ['quote', 'b1', ['c1']],
      ['sentence', 'b2', ['c2']],
    ]);
  });

  it('does not give a paragraph-opening citation to a preceding ordinary paragraph', () => {
    const doc = docOf(['A paragraph.', '(IOM 2010: 4) opens this one.']);
    expect(claimsOf(doc).map((k) => [k.kind, k.blockId])).toEqual([['sentence', 'b2']]);
  });

  it('puts an ibid in the claim of its own sentence', () => {
    const doc = docOf(['First (IOM 2003: 135). Second (ibid: 136).']);
    expect(claimsOf(doc).map((k) => k.citationIds)).toEqual([['c1'], ['c2']]);
  });

  it('fills work ids when a resolver is given: distinct, in order of first citation', () => {
    const doc = docOf(['It holds (Betts 2011c; Köhler 2011; Betts 2011c: 4; Nobody 1999).']);
    const works: Record<string, string> = { c1: 'betts2011c', c2: 'kohler2011', c3: 'betts2011c' };
    const [claim] = claimsOf(doc, (id) => works[id] ?? null);
    expect(claim?.workIds).toEqual(['betts2011c', 'kohler2011']);
    expect(claim?.citationIds).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  it('leaves work ids empty without a resolver', () => {
    expect(claimsOf(docOf(['It holds (Betts 2011c).']))[0]?.workIds).toEqual([]);
  });

  it('ignores citations that lie outside every block', () => {
    const doc = docOf(['Text.']);
    const stray = { ...parseCitations('(Betts 2011c)')[0]!, start: 500, end: 510 };
    expect(extractClaims(doc, [stray])).toEqual([]);
  });

  it('accepts citations in any order and still numbers claims in document order', () => {
    const doc = docOf(['One (UN 2004). Two (IOM 2003).']);
    const citations = parseCitations(doc.text).reverse();
    expect(extractClaims(doc, citations).map((k) => [k.id, k.citationIds])).toEqual([
      ['k1', ['c1']],
      ['k2', ['c2']],
    ]);
  });
});
