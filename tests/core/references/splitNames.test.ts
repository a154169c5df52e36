import { describe, expect, it } from 'vitest';
import { splitNames } from '../../../src/core/references/parse';

const names = (s: string) => splitNames(s).names;

describe('splitNames', () => {
  it('pairs inverted "Family, Given" chunks and keeps hyphenated names whole', () => {
    expect(names('Bergk, V., Haefeli, W. E. & Martin- Facklam, M.')).toEqual([
      { family: 'Bergk', given: 'V.' },
      { family: 'Haefeli', given: 'W. E.' },
      { family: 'Martin-Facklam', given: 'M.' },
    ]);
  });

  it('reads direct order, initials-after (Vancouver) and all-caps names', () => {
    expect(names('J. P. COLLMAN, J. I. BRAUMAN et K. S. SUSLICK')).toEqual([
      { family: 'COLLMAN', given: 'J. P.' },
      { family: 'BRAUMAN', given: 'J. I.' },
      { family: 'SUSLICK', given: 'K. S.' },
    ]);
    expect(names('Coyne JA, Orr HA')).toEqual([
      { family: 'Coyne', given: 'JA' },
      { family: 'Orr', given: 'HA' },
    ]);
    // The list's final full stop is not the last initials' (undotted, as the others are).
    expect(names('Ludwig D, Hilborn R, Walters C.')).toEqual([
      { family: 'Ludwig', given: 'D' },
      { family: 'Hilborn', given: 'R' },
      { family: 'Walters', given: 'C' },
    ]);
    expect(names('Doe AB.')).toEqual([{ family: 'Doe', given: 'AB' }]);
    expect(names('Berkes F.')).toEqual([{ family: 'Berkes', given: 'F.' }]);
    expect(names('UNESCO.')).toEqual([{ family: 'UNESCO' }]);
    expect(names('Cordes J. M., Lazio T. J. W.')).toEqual([
      { family: 'Cordes', given: 'J. M.' },
      { family: 'Lazio', given: 'T. J. W.' },
    ]);
  });

  it('keeps a family name that is also the "In" of a book ("Im JH", "In SW") in Vancouver lists', () => {
    expect(names('Im JH, Lee K, Park S')).toEqual([
      { family: 'Im', given: 'JH' },
      { family: 'Lee', given: 'K' },
      { family: 'Park', given: 'S' },
    ]);
    expect(names('In SW, Kim J.')).toEqual([
      { family: 'In', given: 'SW' },
      { family: 'Kim', given: 'J' },
    ]);
    expect(names('Im H')).toEqual([{ family: 'Im', given: 'H' }]);
    // The mark before editors' names is still no name.
    expect(names('In J Smith, K Jones (eds)')).toEqual([
      { family: 'Smith', given: 'J' },
      { family: 'Jones', given: 'K' },
    ]);
    expect(names('In: Smith J, Jones K (eds)')).toEqual([
      { family: 'Smith', given: 'J' },
      { family: 'Jones', given: 'K' },
    ]);
  });

  it('moves particles out of the family name ("van der", "de", "van" after initials)', () => {
    expect(names('van der Berg, J., & de Vries, M.')).toEqual([
      { family: 'Berg', given: 'J.', 'non-dropping-particle': 'van der' },
      { family: 'Vries', given: 'M.', 'non-dropping-particle': 'de' },
    ]);
    expect(names('Ludwig van Beethoven')).toEqual([
      { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' },
    ]);
    expect(names('van Zyl A. J.')).toEqual([
      { family: 'Zyl', given: 'A. J.', 'non-dropping-particle': 'van' },
    ]);
  });

  it('reads a family name of two words before initials in an inverted list ("La Rocca, G. C.")', () => {
    // Cases from GROBID's name-in-citation data (grobid_names_in_citations.jsonl).
    expect(names('Michetti, P. & La Rocca, G. C..')).toEqual([
      { family: 'Michetti', given: 'P.' },
      { family: 'La Rocca', given: 'G. C.' },
    ]);
    expect(names('St-Cyr Tribble, D., Gallagher, F., Paul, D. & Archambault, J.')).toEqual([
      { family: 'St-Cyr Tribble', given: 'D.' },
      { family: 'Gallagher', given: 'F.' },
      { family: 'Paul', given: 'D.' },
      { family: 'Archambault', given: 'J.' },
    ]);
    expect(names('Stewart, M. A., Belle Brown, J. B., Weston, W. W.').map((n) => n.family)).toEqual(
      ['Stewart', 'Belle Brown', 'Weston'],
    );
    // Particles still go to the particle; a name with initials in its chunk is still whole.
    expect(names('van der Berg, J.')).toEqual([
      { family: 'Berg', given: 'J.', 'non-dropping-particle': 'van der' },
    ]);
    expect(names('J. Smith, A. B. Jones')).toEqual([
      { family: 'Smith', given: 'J.' },
      { family: 'Jones', given: 'A. B.' },
    ]);
    // Direct-order names before a full name stay direct ("John Smith, Jane Doe").
    expect(names('John Smith, Jane Doe')).toEqual([
      { family: 'Smith', given: 'John' },
      { family: 'Doe', given: 'Jane' },
    ]);
  });

  it('splits a German list at its slashes ("Hoefert, H.-W./Härter, M.")', () => {
    expect(names('Hoefert, H.-W./Härter, M. (Hg.)')).toEqual([
      { family: 'Hoefert', given: 'H.-W.' },
      { family: 'Härter', given: 'M.' },
    ]);
    expect(names('Müller/Schmidt')).toEqual([{ family: 'Müller' }, { family: 'Schmidt' }]);
  });

  it('keeps suffixes such as "Jr." and "III" as suffixes', () => {
    expect(names('King, M. L., Jr.')).toEqual([{ family: 'King', given: 'M. L.', suffix: 'Jr.' }]);
    expect(names('Paul E. Bierly III and Luiz M. Gadelha Jr.')).toEqual([
      { family: 'Bierly', given: 'Paul E.', suffix: 'III' },
      { family: 'Gadelha', given: 'Luiz M.', suffix: 'Jr' },
    ]);
  });

  it('keeps a corporate author whole, "and" included', () => {
    expect(names('Food and Agriculture Organization.')).toEqual([
      { literal: 'Food and Agriculture Organization' },
    ]);
    expect(names("United Nations Children's Fund [UNICEF]")).toEqual([
      { literal: "United Nations Children's Fund [UNICEF]" },
    ]);
    expect(names('ALICE Collaboration, G. Dellacasa')).toEqual([
      { literal: 'ALICE Collaboration' },
      { family: 'Dellacasa', given: 'G.' },
    ]);
  });

  it('drops "et al." and "…" and says the list was cut short', () => {
    expect(splitNames('Smith, J., Jones, K., et al.')).toEqual({
      names: [
        { family: 'Smith', given: 'J.' },
        { family: 'Jones', given: 'K.' },
      ],
      truncated: true,
    });
    expect(splitNames('Yoshida, A., Lee, B., … Park, C.')).toEqual({
      names: [
        { family: 'Yoshida', given: 'A.' },
        { family: 'Lee', given: 'B.' },
        { family: 'Park', given: 'C.' },
      ],
      truncated: true,
    });
    expect(splitNames('Adams, A., Brown, B., …').truncated).toBe(true);
    expect(splitNames('Smith, J., & Jones, K.').truncated).toBe(false);
  });

  it('drops editor marks and the repeated-author dash', () => {
    expect(names('In A. Betts (Ed.)')).toEqual([{ family: 'Betts', given: 'A.' }]);
    expect(names('edited by William Cronon')).toEqual([{ family: 'Cronon', given: 'William' }]);
    expect(names('———, R. Colacito, and T. J. Sargent')).toEqual([
      { family: 'Colacito', given: 'R.' },
      { family: 'Sargent', given: 'T. J.' },
    ]);
  });
});

describe('the "In" before a book\'s editors', () => {
  it('goes, in the forms bookIn.ts reads, and a family name "Im" or "In" before a comma stays', () => {
    expect(splitNames('In: A. Stefanini, G. Nebbia (Eds.)').names.map((n) => n.family)).toEqual([
      'Stefanini',
      'Nebbia',
    ]);
    expect(splitNames('to appear in J. Smith (ed.)').names.map((n) => n.family)).toEqual(['Smith']);
    expect(splitNames('Im, J. and Kim, S.').names.map((n) => n.family)).toEqual(['Im', 'Kim']);
  });
});
