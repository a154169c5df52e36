/** What a duplicates review proposes: the survivor and, per differing field, the fuller value. */
import { describe, expect, it } from 'vitest';
import type { Work } from '../../../src/core/bibliography/model';
import { pairId, findDuplicates } from '../../../src/core/works/duplicates';
import {
  proposedPicks,
  proposedSurvivor,
  proposedSide,
} from '../../../src/core/works/mergeChoices';

const work = (key: string, csl: Record<string, unknown>, extra: Partial<Work> = {}): Work => ({
  citationKey: key,
  csl: { id: key, type: 'book', ...csl },
  provenance: { kind: 'user' },
  confidence: null,
  citedAs: [],
  aliases: [],
  tags: [],
  ...extra,
});

describe('proposed merge', () => {
  const short = work('a', {
    title: 'Transnational migration',
    author: [{ family: 'Faist', given: 'T.' }],
    issued: { 'date-parts': [[2008]] },
  });
  const full = work('b', {
    title: 'Transnational Migration: Theory and Method',
    author: [{ family: 'Faist', given: 'Thomas' }],
    issued: { 'date-parts': [[2008]] },
    publisher: 'Polity',
  });

  it('keeps the record with more fields, a verified one, and above all a bundled one', () => {
    expect(proposedSurvivor(short, full).citationKey).toBe('b');
    const verified = {
      ...short,
      confidence: { level: 'verified' as const, source: 's', remark: null },
    };
    expect(proposedSurvivor(verified, full).citationKey).toBe('a');
    expect(proposedSurvivor(full, short, new Set(['a'])).citationKey).toBe('a');
  });

  it('picks the fuller value, a filled one over a gap, and a field the user edited', () => {
    expect(proposedPicks(short, full)).toEqual({
      title: 'other',
      author: 'other',
      publisher: 'other',
    });
    expect(proposedPicks(full, short)).toEqual({
      title: 'keep',
      author: 'keep',
      publisher: 'keep',
    });
    const edited = { ...short, edited: { title: { actor: 'user' as const, at: 'x' } } };
    expect(proposedSide(edited, full, 'title')).toBe('keep');
  });

  it('leaves out the pairs dismissed as not duplicates', () => {
    const twin = work('c', { ...short.csl, id: 'c' });
    expect(findDuplicates([short, twin]).map((g) => g.keys)).toEqual([['a', 'c']]);
    expect(findDuplicates([short, twin], { notDuplicates: new Set([pairId('c', 'a')]) })).toEqual(
      [],
    );
  });
});
