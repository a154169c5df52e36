import { describe, expect, it } from 'vitest';
import { expandPageRange } from '../../../src/core/references/pageRange';

describe('expandPageRange', () => {
  it('writes out an end printed short', () => {
    expect(expandPageRange('419-22')).toBe('419-422');
    expect(expandPageRange('1251-62')).toBe('1251-1262');
    expect(expandPageRange('123-8')).toBe('123-128');
    expect(expandPageRange('98-102')).toBe('98-102');
  });

  it('leaves full ranges, single pages, lists and odd values alone', () => {
    for (const page of ['143-154', '17', '17,36', 'e2', 'xii-xv', '95-1', '1209-1218']) {
      expect(expandPageRange(page)).toBe(page);
    }
  });
});
