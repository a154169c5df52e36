// Diacritic folding and tokenising: the spellings a word is indexed under, and offsets back.
import { describe, expect, it } from 'vitest';
import { foldText, foldVariants, originalPrefixLength } from '../../../src/core/search/fold';
import { tokenize } from '../../../src/core/search/tokenize';

describe('foldVariants', () => {
  it('indexes umlauts under both the plain and the spelled-out form', () => {
    expect(foldVariants('Köhler')).toEqual(['kohler', 'koehler']);
    expect(foldVariants('Müller')).toEqual(['muller', 'mueller']);
    expect(foldVariants('Søren')).toEqual(['soren', 'soeren']);
    expect(foldVariants('Åberg')).toEqual(['aberg', 'aaberg']);
  });

  it('drops other marks and keeps one spelling', () => {
    expect(foldVariants('García')).toEqual(['garcia']);
    expect(foldVariants('Núñez')).toEqual(['nunez']);
    expect(foldVariants('Dvořák')).toEqual(['dvorak']);
    expect(foldVariants('Koehler')).toEqual(['koehler']);
  });

  it('spells out letters that have no decomposition', () => {
    expect(foldVariants('Łukasiewicz')).toEqual(['lukasiewicz']);
    expect(foldVariants('Straße')).toEqual(['strasse']);
    expect(foldVariants('Đurić')).toEqual(['duric']);
    expect(foldVariants('Yılmaz')).toEqual(['yilmaz']);
  });

  it('folds decomposed input like composed input', () => {
    expect(foldVariants('Ko\u0308hler')).toEqual(['kohler', 'koehler']);
  });

  it('drops apostrophes inside names', () => {
    expect(foldVariants("O'Brien")).toEqual(['obrien']);
    expect(foldVariants('d’Alembert')).toEqual(['dalembert']);
  });

  it('folds a whole text to its plain form', () => {
    expect(foldText('Köhler & García')).toBe('kohler & garcia');
  });
});

describe('originalPrefixLength', () => {
  it('maps a folded prefix back onto the written word', () => {
    expect(originalPrefixLength('Köhler', 3, 'base')).toBe(3); // koh -> Köh
    expect(originalPrefixLength('Köhler', 3, 'expanded')).toBe(2); // koe -> Kö
    expect(originalPrefixLength('Köhler', 4, 'expanded')).toBe(3); // koeh -> Köh
    expect(originalPrefixLength("O'Brien", 2, 'base')).toBe(3); // ob -> O'B
    expect(originalPrefixLength('Straße', 5, 'base')).toBe(5); // stras -> Straß
  });
});

describe('tokenize', () => {
  it('returns words with their offsets', () => {
    const text = "See O'Brien (2020: 12) and Pahl-Wostl.";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual([
      'See',
      "O'Brien",
      '2020',
      '12',
      'and',
      'Pahl',
      'Wostl',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits a citation key where letters turn into digits', () => {
    expect(tokenize('betts2011c').map((t) => t.text)).toEqual(['betts', '2011c']);
    expect(tokenize('1990s').map((t) => t.text)).toEqual(['1990s']);
  });

  it('keeps letters outside the Basic Multilingual Plane inside a word', () => {
    expect(tokenize('a𝒜b c').map((t) => t.text)).toEqual(['a𝒜b', 'c']);
  });
});
