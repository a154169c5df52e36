// Bibliography rows: each work with its citations in the bundled paper; a work cited nowhere
// shares one frozen empty list with every other such row (100,000 rows: no array each).
import { describe, expect, it } from 'vitest';
import type { Work } from '../../../src/core/bibliography/model';
import { summariseWorks } from '../../../src/core/paper';
import { paper, works } from '../search/bundledPaper';

const uncited = (key: string): Work => ({
  citationKey: key,
  csl: { id: key, type: 'book', title: `Uncited ${key}` },
  provenance: { kind: 'user' },
  confidence: null,
  citedAs: [],
  aliases: [],
  tags: [],
});

describe('summariseWorks', () => {
  it('lists each cited work’s citations and claims, and one shared empty list for the rest', () => {
    const rows = summariseWorks([...works, uncited('zz1'), uncited('zz2')], paper);
    const cited = rows.filter((r) => r.citationIds.length > 0);
    expect(cited.length).toBeGreaterThan(10);
    for (const row of cited) {
      expect(row.timesCited).toBe(row.citationIds.length);
      const ids = paper.citations.filter((c) => c.workId === row.key).map((c) => c.id);
      expect(row.citationIds).toEqual(ids);
    }
    const none = rows.filter((r) => r.key.startsWith('zz'));
    expect(none.map((r) => [r.timesCited, r.citationIds, r.claimIds])).toEqual([
      [0, [], []],
      [0, [], []],
    ]);
    expect(new Set(none.flatMap((r) => [r.citationIds, r.claimIds])).size).toBe(1);
    expect(Object.isFrozen(none[0]!.citationIds)).toBe(true);
  });
});
