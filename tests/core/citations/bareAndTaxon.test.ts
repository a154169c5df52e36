// Citations without brackets round the year, and species authorities that are no citations.
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/core/citations';

const read = (text: string) =>
  parseCitations(text).map((c) => [c.raw, c.authors, c.etAl, c.year, c.narrative]);

describe('bare author-year citations', () => {
  it('reads "Name et al., year" and "Name & Name, year" in a sentence or an odd parenthesis', () => {
    expect(
      read(
        'Vertebrae were prepared following the protocol of Frazier et al., 2014. Sharks were caught (see Ulrich et al., 2007 for the protocol) as Loefer & Sedberry, 2003 did.',
      ),
    ).toEqual([
      ['Frazier et al., 2014', ['Frazier'], true, '2014', true],
      ['Ulrich et al., 2007', ['Ulrich'], true, '2007', false],
      ['Loefer & Sedberry, 2003', ['Loefer', 'Sedberry'], false, '2003', true],
    ]);
  });

  it('reads a bracketed citation once, and leaves forms a sentence may write alone', () => {
    expect(
      read(
        'As shown (Frazier et al., 2014), trade between France and Germany, 2003 grew in Paris, 2004.',
      ),
    ).toEqual([['Frazier et al., 2014', ['Frazier'], true, '2014', false]]);
  });

  it('reads one across a line break but never across a blank line', () => {
    expect(read('the protocol of Frazier\net al., 2014 and Loefer &\r\nSedberry,\n2003.')).toEqual([
      ['Frazier\net al., 2014', ['Frazier'], true, '2014', true],
      ['Loefer &\r\nSedberry,\n2003', ['Loefer', 'Sedberry'], false, '2003', true],
    ]);
    // Found by the property test (property.test.ts): "Thus" was read as an author across the break.
    for (const text of [
      'Thus \n\n et al., 2011 ',
      'Thus\n\net al., 2011',
      'Loefer &\n \nSedberry, 2003',
      'Loefer & Sedberry,\r\n\r\n2003',
    ]) {
      expect(read(text)).toEqual([]);
    }
  });
});

describe('species authorities', () => {
  it('reads no citation from the describer after a species name, and still reads a citation after it', () => {
    expect(
      read(
        'Porbeagle Lamna nasus (Bonnaterre, 1788) (Francis et al., 2007) and Rhizoprionodon terraenovae (Richardson, 1836).',
      ),
    ).toEqual([['Francis et al., 2007', ['Francis'], true, '2007', false]]);
  });

  it('still reads an old work cited after ordinary words', () => {
    expect(read('Evolution by selection (Darwin, 1859) was debated.').map((c) => c[0])).toEqual([
      'Darwin, 1859',
    ]);
    expect(read('It held. Natural selection (Darwin, 1859) was debated.').map((c) => c[0])).toEqual(
      ['Darwin, 1859'],
    );
  });
});
