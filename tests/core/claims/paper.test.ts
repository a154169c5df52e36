// Claims of the bundled paper, through the real document parser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/core/citations';
import { extractClaims } from '../../../src/core/claims';
import { parseDocument } from '../../../src/core/document';

const paperPath = fileURLToPath(
  new URL(
    '../../../resources/lavenex-panizzon-2013-multilayered-migration-governance.md',
    import.meta.url,
  ),
);
const doc = parseDocument(readFileSync(paperPath, 'utf8'));
const citations = parseCitations(doc.text);
const claims = extractClaims(doc, citations);
const rawOf = (id: string): string | undefined => citations.find((c) => c.id === id)?.raw;
const claimWith = (raw: string) =>
  claims.find((k) => k.citationIds.some((id) => rawOf(id) === raw));

describe('claims of the bundled paper', () => {
  it('has 22 claims carrying all 34 citations, each citation in exactly one claim', () => {
    expect(claims).toHaveLength(22);
    const ids = claims.flatMap((k) => k.citationIds);
    expect(ids).toEqual(citations.map((c) => c.id));
  });

  it('puts "Betts 2011c: 41" and "Lavenex 2008: 951" in one claim', () => {
    const claim = claimWith('Betts 2011c: 41');
    expect(claim?.citationIds.map(rawOf)).toEqual(['Lavenex 2008: 951', 'Betts 2011c: 41']);
    expect(claim?.text.startsWith('Analyses of recent RCPs')).toBe(true);
  });

  it('puts "(ibid: 136, 173)" in the sentence starting "It is thought that RCPs"', () => {
    const claim = claimWith('ibid: 136, 173');
    expect(claim?.text.startsWith('It is thought that RCPs')).toBe(true);
    expect(claim?.text.endsWith('(ibid: 136, 173).')).toBe(true);
  });

  it('makes the IAMM block quote one quote claim', () => {
    const quotes = claims.filter((k) => k.kind === 'quote');
    expect(quotes.map((k) => k.citationIds.map(rawOf))).toEqual([
      ['Federal Office for Migration 2004: 13'],
    ]);
    expect(quotes[0]?.text.startsWith('Migration management is an area')).toBe(true);
  });

  it('keeps the four "e.g." citations and both Betts 2011 years in one claim each', () => {
    expect(claimWith('Bhagwati 2003')?.citationIds).toHaveLength(4);
    expect(claimWith('Betts 2011a')?.citationIds.map(rawOf)).toEqual([
      'Betts 2011a',
      'Betts 2011b',
    ]);
  });

  it('starts every sentence claim at a capital and ends it with its punctuation', () => {
    for (const k of claims.filter((c) => c.kind === 'sentence')) {
      expect(k.text).toMatch(/^[A-Z]/);
      expect(k.text).toMatch(/[.?!’]$/);
      expect(doc.text.slice(k.start, k.end)).toBe(k.text);
      expect(k.sectionId).not.toBeNull();
    }
  });
});
