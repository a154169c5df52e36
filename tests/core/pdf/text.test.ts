import { describe, expect, it } from 'vitest';
import {
  accentLetter,
  joinLines,
  normaliseGlyphs,
  unreadableShare,
  wordsOf,
} from '../../../src/core/pdf/text';

describe('joinLines', () => {
  const none = new Set<string>();

  it('joins a word hyphenated at the line end', () => {
    expect(joinLines('multilayered gover-', 'nance of migration', none)).toBe(
      'multilayered governance of migration',
    );
  });

  it('keeps a real hyphen before a capital (Pahl-Wostl)', () => {
    expect(joinLines('developed by Pahl-', 'Wostl and colleagues', none)).toBe(
      'developed by Pahl-Wostl and colleagues',
    );
  });

  it('keeps the hyphen of a compound the document spells with one elsewhere', () => {
    const words = wordsOf(['tag-recapture data were used', 'the tag-recapture records']);
    expect(joinLines('based on tag-', 'recapture data', words)).toBe('based on tag-recapture data');
  });

  it('keeps the hyphen of a prefix before a word the document uses on its own', () => {
    const words = wordsOf(['before treatment and after', 'the treatment group']);
    expect(joinLines('chronic post-', 'treatment symptoms', words)).toBe(
      'chronic post-treatment symptoms',
    );
    // Not a word of the document: a break inside one word.
    expect(joinLines('as pre-', 'sented below', words)).toBe('as presented below');
  });

  it('joins a page range cut after its dash without a space', () => {
    expect(joinLines('Anim Biol 53: 209–', '223.', none)).toBe('Anim Biol 53: 209–223.');
  });

  it('keeps a hyphen after a number cut at the line end, without a space', () => {
    expect(joinLines('parasztvallomásai 1820-', 'ból. Források', none)).toBe(
      'parasztvallomásai 1820-ból. Források',
    );
    expect(joinLines('a 3-', 'dimensional model', none)).toBe('a 3-dimensional model');
  });

  it('puts a space between ordinary lines', () => {
    expect(joinLines('the end of a line', 'and the next', none)).toBe(
      'the end of a line and the next',
    );
  });
});

describe('glyphs', () => {
  it('replaces ligatures and soft hyphens', () => {
    expect(normaliseGlyphs('e\uFB03cient \uFB02ows in\uFB01nite co\u00ADoperation')).toBe(
      'efficient flows infinite cooperation',
    );
  });

  it('puts a spacing accent on its letter', () => {
    expect(accentLetter('a', '\u00A8')).toBe('ä');
    expect(accentLetter('\u0131', '\u00B4')).toBe('í');
  });
});

describe('unreadableShare', () => {
  it('is low for prose and high for private-use garbage or consonant soup', () => {
    expect(
      unreadableShare('Adaptive governance of river basins depends on monitoring.'),
    ).toBeLessThan(0.05);
    expect(unreadableShare('\uE041\uE064\uE061\uE070 \uE074\uE069\uE076\uE065')).toBeGreaterThan(
      0.9,
    );
    expect(unreadableShare('Xkcdtr bgfhqwz plmnbv tkrtsd')).toBeGreaterThan(0.5);
  });
});
