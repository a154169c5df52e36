// Posting weights at half precision: exact where a half holds the value, else the nearest one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asHalf, HALF_VALUES, toHalf } from '../../../src/core/search/halfWeights';

describe('half-precision weights', () => {
  it('keeps values a half holds exactly', () => {
    for (const v of [0, 1, 0.5, 1.5, 2048, 0.099975586, 65504, 2 ** -14, 2 ** -24]) {
      expect(HALF_VALUES[toHalf(v)]).toBe(Math.fround(v));
    }
    expect(toHalf(1)).toBe(0x3c00);
    expect(toHalf(-2)).toBe(0xc000);
    expect(toHalf(65504)).toBe(0x7bff);
  });

  it('rounds to the nearest half, ties to even', () => {
    // Between 1 and 1 + 1/1024 the halves are 1/1024 apart.
    expect(asHalf(1 + 1 / 4096)).toBe(1);
    expect(asHalf(1 + 3 / 4096)).toBe(1 + 1 / 1024);
    expect(asHalf(1 + 1 / 2048)).toBe(1); // a tie: 1 has the even fraction
    expect(asHalf(1 + 3 / 2048)).toBe(1 + 2 / 1024);
    // Rounding up out of the fraction carries into the exponent.
    expect(asHalf(2 - 1 / 4096)).toBe(2);
    // Past the largest half: infinity; below the smallest subnormal's half: zero.
    expect(HALF_VALUES[toHalf(70000)]).toBe(Infinity);
    expect(asHalf(2 ** -26)).toBe(0);
    expect(Number.isNaN(HALF_VALUES[toHalf(NaN)])).toBe(true);
  });

  it('is within 1/2048 of any weight in the normal range, and keeps their order', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 2 ** -14, max: 60000, noNaN: true }),
        fc.double({ min: 2 ** -14, max: 60000, noNaN: true }),
        (a, b) => {
          expect(Math.abs(asHalf(a) - a) / a).toBeLessThanOrEqual(1 / 2048);
          if (a <= b) expect(asHalf(a)).toBeLessThanOrEqual(asHalf(b));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads every half back as itself', () => {
    for (let h = 0; h < 0x10000; h++) {
      const v = HALF_VALUES[h]!;
      if (Number.isNaN(v)) continue;
      // ±0 both read as 0 and are kept as their own bits.
      expect(toHalf(v)).toBe(h);
    }
  });
});
