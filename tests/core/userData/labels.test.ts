import { describe, expect, it } from 'vitest';
import { closeMatches } from '../../../src/core/userData/closeMatches';
import {
  claimLabel,
  passageLabel,
  truncateLabel,
  workLabel,
} from '../../../src/core/userData/labels';

describe('link labels', () => {
  const item = (author: { family?: string; literal?: string }[], title?: string) => ({
    id: 'x',
    type: 'book',
    title,
    author,
    issued: { 'date-parts': [[2011]] },
  });

  it('names a work by author, year (with its key suffix) and shortened title', () => {
    expect(
      workLabel(
        'betts2011c',
        item(
          [{ family: 'Betts' }],
          'The Global Governance of Migration and the Role of Trans-regionalism',
        ),
      ),
    ).toBe('Betts 2011c — The Global Governance of Migration and the Role of…');
    expect(workLabel('a2011', item([{ family: 'Lavenex' }, { family: 'Panizzon' }], 'Short'))).toBe(
      'Lavenex and Panizzon 2011 — Short',
    );
    expect(
      workLabel('a2011', item([{ family: 'A' }, { family: 'B' }, { literal: 'C' }], 'T')),
    ).toBe('A et al. 2011 — T');
  });

  it('prefers the label the paper cites the work under', () => {
    expect(
      workLabel('kohler2011', item([{ family: 'Koehler' }], 'Networks'), ['Köhler 2011']),
    ).toBe('Köhler 2011 — Networks');
  });

  it('falls back to the key when nothing else is known', () => {
    expect(workLabel('anon', null)).toBe('anon');
    expect(workLabel('anon2011', item([]))).toBe('2011');
  });

  it('shortens passages and claims', () => {
    expect(passageLabel({ exact: 'partnership approach' })).toBe('“partnership approach”');
    expect(claimLabel('k1', null)).toBe('Claim k1');
    expect(truncateLabel('word '.repeat(40), 20)).toBe('word word word word…');
  });
});

describe('closeMatches', () => {
  const keys = ['betts2011a', 'betts2011c', 'kohler2011', 'lavenex2006', 'fom2004'];
  it('suggests keys within a few edits, closest first', () => {
    expect(closeMatches('betts2011', keys)).toEqual(['betts2011a', 'betts2011c']);
    expect(closeMatches('koehler2011', keys)).toEqual(['kohler2011']);
    expect(closeMatches('LAVENEX2006', keys)).toEqual(['lavenex2006']);
    expect(closeMatches('smith1999', keys)).toEqual([]);
  });
});
