// Citation accuracy on hand-written papers in each common style: every citation found with its
// span, nothing else, and every link (or the lack of one) as written in the fixture's expectations.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseReferencesAndCitations } from '../../../src/core/references';

const dir = fileURLToPath(new URL('../../fixtures/papers/', import.meta.url));

interface Expected {
  style: string;
  references: number;
  /** [the citation's text as it stands in the paper, 1-based reference entry or null, number?] */
  citations: Array<[string, number | null, number?]>;
  /** 1-based entries no citation uses. */
  unused: number[];
  /** For notes-style papers: the citations' note labels in order. */
  notes?: string[];
}

const papers = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f));

describe.each(papers)('%s', (file) => {
  const text = readFileSync(dir + file, 'utf8');
  const expected = JSON.parse(
    readFileSync(dir + file.replace(/\.(md|txt)$/, '.expected.json'), 'utf8'),
  ) as Expected;
  const analysis = analyseReferencesAndCitations(text);
  const refIndex = new Map(analysis.references.map((r, k) => [r.id, k + 1]));

  it('detects the style', () => {
    expect(analysis.style).toBe(expected.style);
  });

  it('splits the reference list into its entries', () => {
    expect(analysis.references).toHaveLength(expected.references);
  });

  it('finds every citation, nothing else, each linked as expected', () => {
    const found = analysis.citations.map((c) => {
      const row: [string, number | null, number?] = [
        text.slice(c.start, c.end),
        c.referenceId ? (refIndex.get(c.referenceId) ?? -1) : null,
      ];
      if (c.number !== null) row.push(c.number);
      return row;
    });
    expect(found).toEqual(expected.citations);
  });

  it('reports the unused entries', () => {
    expect(analysis.unused.map((id) => refIndex.get(id))).toEqual(expected.unused);
  });

  it('gives every unresolved citation a reason', () => {
    const unlinked = analysis.citations.filter((c) => c.referenceId === null).map((c) => c.id);
    expect(analysis.unresolved.map((u) => u.citationId)).toEqual(unlinked);
    for (const u of analysis.unresolved) expect(u.reason).toMatch(/\w{3}/);
  });

  it('takes no citation from the reference list', () => {
    const list = analysis.referenceList;
    expect(list).not.toBeNull();
    for (const c of analysis.citations.filter((c) => c.noteId === null)) {
      expect(c.start >= list!.start && c.start < list!.end, c.raw).toBe(false);
    }
  });
});
