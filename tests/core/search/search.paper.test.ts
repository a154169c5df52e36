// The bundled paper is searchable: its passages (with offsets) and its claims, next to the works.
import { describe, expect, it } from 'vitest';
import { paper, works } from './bundledPaper';
import { claimsFromPaper, createSearchIndex, passagesFromDocument } from '../../../src/core/search';
import { marked } from './fixtures';

const index = createSearchIndex();
index.addWorks(works);
index.setPassages(passagesFromDocument(paper.document));
index.addClaims(claimsFromPaper(paper.claims, paper.citations));

describe('the paper in search', () => {
  it('indexes every block and footnote as a passage, and every claim', () => {
    expect(index.count('passage')).toBe(
      paper.document.blocks.length + paper.document.footnotes.length,
    );
    expect(index.count('claim')).toBe(paper.claims.length);
  });

  it('finds the passage and the claim for "substance without architecture"', () => {
    const r = index.search('substance without architecture');
    const passage = r.passages[0]!;
    const claim = r.claims[0]!;
    expect(passage.snippet).toContain('substance without architecture');
    expect(marked(passage).filter((m) => m.startsWith('snippet:'))).toEqual([
      'snippet:substance',
      'snippet:without',
      'snippet:architecture',
    ]);
    expect(claim.title).toContain('substance without architecture');
    expect(claim.snippet).toContain('Aleinikoff 2003');

    // Anchors point into the document's text at the block and the claim.
    const text = paper.document.text;
    expect(text.slice(passage.anchor!.start, passage.anchor!.end)).toContain(
      'substance without architecture',
    );
    expect(text.slice(claim.anchor!.start, claim.anchor!.end)).toContain(
      'substance without architecture',
    );
  });

  it('finds the cited work and the claims citing it when typing the author', () => {
    const r = index.search('aleinik');
    expect(r.works[0]?.id).toBe('aleinikoff2003');
    expect(r.claims.some((h) => h.snippet.includes('Aleinikoff 2003'))).toBe(true);
    expect(r.order[0]).toBe('work');
  });

  it('finds Köhler in the text whichever way the name is typed', () => {
    for (const q of ['Köhler 2011', 'kohler 2011', 'koehler 2011']) {
      const r = index.search(q);
      expect(
        r.passages.some((h) => h.snippet.includes('Köhler 2011')),
        q,
      ).toBe(true);
    }
  });

  it('titles passages with their section', () => {
    const hit = index.search('mobility partnerships').passages[0]!;
    const section = paper.document.sections.find((s) => s.title === hit.title);
    expect(section).toBeDefined();
  });
});
