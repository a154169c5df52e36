// Items -> lines: rows of one baseline, superscripts kept on their line.
import { describe, expect, it } from 'vitest';
import { linesOfPage } from '../../../src/core/pdf/lines';
import { FONTS, item } from './layoutFixtures';

const pageOf = (items: ReturnType<typeof item>[]) => ({
  number: 1,
  width: 612,
  height: 792,
  items,
});

describe('linesOfPage', () => {
  it('keeps a smaller reference list beside larger body text in lines of its own', () => {
    // Body text at 10 pt on the left, a 7.5 pt list on the right: their baselines interleave,
    // and a list line must not be drawn into the body line it happens to stand near.
    const lines = linesOfPage(
      pageOf([
        item('Recession. BRILL. 2007. p. 448.', 320, 224, 7.5),
        item('The cultural and biodiversity-preserving role', 60, 228.7, 10),
        item('11.', 305, 233.2, 7.5),
        item('Tremel F. Wirtschafts- und Sozialgeschichte.', 320, 233.2, 7.5),
      ]),
      FONTS,
    );
    const right = lines.filter((l) => l.x0 > 300).map((l) => l.text);
    expect(right).toEqual([
      'Recession. BRILL. 2007. p. 448.',
      '11. Tremel F. Wirtschafts- und Sozialgeschichte.',
    ]);
  });

  it('still keeps a raised number beside its word on the line', () => {
    const lines = linesOfPage(
      pageOf([
        item('governance', 60, 100, 10),
        item('12', 110, 96, 6),
        item('and more', 118, 100, 10),
      ]),
      FONTS,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]!.raised.map((r) => r.text)).toEqual(['12']);
  });
});
