import { describe, expect, it } from 'vitest';
import { parseReference, parseReferences } from '../../../src/core/references/parse';

describe('parseReference', () => {
  it('keeps the raw entry and finds authors, year, title, journal, volume, issue, pages and DOI', () => {
    const raw =
      'Chen, H., Tafalla, M., & Wilner, D. J. (1997). A survey of things. ApJ, 475(2), 163–170. https://doi.org/10.1086/303520';
    const { raw: kept, csl, confidence } = parseReference(raw);
    expect(kept).toBe(raw);
    expect(csl.author?.map((a) => a.family)).toEqual(['Chen', 'Tafalla', 'Wilner']);
    expect(csl.issued).toEqual({ 'date-parts': [[1997]] });
    expect(csl.title).toBe('A survey of things');
    expect(csl['container-title']).toBe('ApJ');
    expect([csl.volume, csl.issue, csl.page]).toEqual(['475', '2', '163-170']);
    expect(csl.DOI).toBe('10.1086/303520');
    expect(csl.type).toBe('article-journal');
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThanOrEqual(1);
  });

  it('parses a list in order, one result per entry', () => {
    const out = parseReferences([
      'Smith, J. (2001). Borders and belonging. Oxford: Oxford University Press.',
      'Doe, K. (2002). Labour mobility in Europe. Journal of Common Market Studies, 40(2), 1–20.',
    ]);
    expect(out.map((p) => p.csl.title)).toEqual([
      'Borders and belonging',
      'Labour mobility in Europe',
    ]);
    expect(out.map((p) => p.csl.type)).toEqual(['book', 'article-journal']);
  });
});
