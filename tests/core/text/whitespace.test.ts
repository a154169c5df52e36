// The char-code whitespace test that scanners use instead of splitting with /\s/.
import { describe, expect, it } from 'vitest';
import { isWhitespaceCode } from '../../../src/core/text/whitespace';

describe('isWhitespaceCode', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isWhitespaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});
