/**
 * The .bib value decoder's fast paths (plain text, braces, lists, names, verbatim fields, URLs)
 * against citation-js's grammar, which they stand in for: the same value for every field kind.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLatexValue } from '../../../src/core/formats/citationJs';
import { decodeField } from '../../../src/core/formats/bibtex/decode';

/** Pieces of .bib values without commands (those take citation-js's grammar in both). */
const piece = fc.constantFrom(
  ...['Smith', 'van', 'J.', 'Ann', 'de', 'Jr', 'x', 'É', 'Müller', "O'Neil", 'a,b'],
  ...[',', ', ', ' ', '  ', ' and ', ' AND ', '-', '\t', '\n', '{', '}', '{EU}', '~', '--', '---'],
  ...['``', "''", 'http://x.org/a b', '%20', 'ü'],
);
const value = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));

/**
 * Name lists as people write them (particles, initials, hyphens, suffixes, wrapped lines). Stray
 * separators at the ends ("Smith " or "Smith--") are left out: there the fast path reads the name
 * a person meant, where citation-js makes "Smith " a given name.
 */
const word = fc.constantFrom('Smith', 'Ann', 'J.', 'Jean-Pierre', 'Müller', 'Élodie', "O'Neil");
const particle = fc.constantFrom('van', 'de', 'von der');
const space = fc.constantFrom(' ', '  ', '\n    ', '\t');
const oneName = fc.oneof(
  fc.tuple(word, space, word).map((p) => p.join('')),
  fc.tuple(word, fc.constantFrom(', ', ',', ',\n '), word).map((p) => p.join('')),
  fc.tuple(word, fc.constantFrom(', Jr, ', ',III,'), word).map((p) => p.join('')),
  fc.tuple(particle, space, word, fc.constantFrom(', '), word).map((p) => p.join('')),
  word,
);
const nameList = fc
  .array(oneName, { minLength: 1, maxLength: 4 })
  .chain((names) => fc.constantFrom(' and ', ' AND ', '\n and ').map((and) => names.join(and)));

/** One field of each value kind citation-js distinguishes. */
const FIELDS = [
  'title',
  'note',
  'unknownfield',
  'doi',
  'url',
  'publisher',
  'language',
  'keywords',
  'ids',
  'crossref',
  'pages',
  'volume',
  'date',
];

function grammar(field: string, text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: parseLatexValue(text, field, []) };
  } catch {
    return { ok: false };
  }
}

describe('decoding .bib values', () => {
  it.each(FIELDS)('reads `%s` as citation-js does whenever citation-js can read it', (field) => {
    fc.assert(
      fc.property(value, (text) => {
        if (text.trim() === '') return;
        const expected = grammar(field, text);
        const warnings: string[] = [];
        const decoded = decodeField(field, text, [], warnings);
        if (expected.ok) {
          expect(JSON.stringify(decoded)).toBe(JSON.stringify(expected.value));
          expect(warnings).toEqual([]);
        } else {
          expect(warnings.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 600 },
    );
  });

  it.each(['author', 'editor'])('reads the names in `%s` as citation-js does', (field) => {
    fc.assert(
      fc.property(nameList, (text) => {
        const expected = grammar(field, text);
        expect(expected.ok).toBe(true);
        const decoded = decodeField(field, text, [], []);
        expect(JSON.stringify(decoded)).toBe(JSON.stringify(expected.ok && expected.value));
      }),
      { numRuns: 600 },
    );
  });

  it('decodes common LaTeX accents to Unicode, in braces or not', () => {
    expect(decodeField('author', 'M{\\"u}ller, J{\\"o}rg and G{\\\'o}mez, Ana', [], [])).toEqual([
      { family: 'Müller', given: 'Jörg' },
      { family: 'Gómez', given: 'Ana' },
    ]);
    expect(decodeField('title', 'Stra{\\ss}e f{\\"or} \\"Ubung {\\AA}', [], [])).toBe(
      'Straße för Übung Å',
    );
  });
});
