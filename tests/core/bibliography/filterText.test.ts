// The bibliography filter's text: every word once in its plain fold, and the words whose
// spelled-out fold differs (Köhler: koehler) once more in that spelling, so the filter finds
// exactly what it found in the whole text folded both ways.
import { describe, expect, it } from 'vitest';
import {
  foldFilterText,
  filterWords,
  matchesFilterText,
  workFilterText,
} from '../../../src/core/bibliography';
import { foldText } from '../../../src/core/search/fold';
import { bundledWorks, makeWork } from './helpers';

const koehler = makeWork({
  id: 'koehler2011',
  title: 'What Government Networks Do in Göttingen and Århus',
  author: [
    { family: 'Köhler', given: 'Jobst' },
    { family: 'Müller-Ørsted', given: 'Åsa' },
  ],
  'container-title': 'Zeitschrift für Außenpolitik',
});

/** The text folded both ways in whole, as the filter text was kept before. */
function bothWholeSpellings(text: string): string {
  const base = foldText(text);
  const expanded = foldText(text, 'expanded');
  return expanded === base ? base : `${base} ${expanded}`;
}

describe("a work's filter text", () => {
  it('repeats only the words whose spelled-out form differs', () => {
    const words = workFilterText(koehler, 'Köhler 2011', '2011').split(' ');
    for (const word of ['kohler', 'koehler', 'muller-orsted', 'mueller-oersted', 'aarhus'])
      expect(words).toContain(word);
    for (const word of ['government', 'networks', 'zeitschrift', 'jobst'])
      expect(words.filter((w) => w === word)).toHaveLength(1);
  });

  it('matches every filter word exactly as the whole text in both spellings did', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const letters = "abeknorstüöäåøæœßÖÅ'’ -";
    const spaces = [' ', '  ', '\t', '\u00a0', '\u3000'];
    const made = Array.from({ length: 300 }, () =>
      Array.from({ length: 1 + random(8) }, () =>
        Array.from({ length: 1 + random(8) }, () => letters[random(letters.length)]).join(''),
      ).join(spaces[random(spaces.length)]),
    );
    const real = [koehler, ...bundledWorks()].map((w) =>
      [w.citationKey, w.csl.title ?? '', ...(w.csl.author ?? []).map((a) => a.family ?? '')].join(
        ' ',
      ),
    );
    let spelledOut = 0;
    for (const text of [...made, ...real]) {
      const kept = foldFilterText(text);
      const whole = bothWholeSpellings(text);
      if (kept !== whole) spelledOut++;
      // Pieces of the words (either spelling), and letters typed with and without diacritics.
      const pieces = whole.split(/\s+/).filter(Boolean);
      const filters = Array.from({ length: 12 }, () => {
        const word = pieces[random(pieces.length)] ?? '';
        const from = random(word.length + 1);
        return word.slice(from, from + 1 + random(6));
      });
      for (const filter of [...filters, 'ö', 'oe', 'kö', 'koeh', 'aa', 'å', 'ss', 'ß', 'a b']) {
        const words = filterWords(filter);
        expect(matchesFilterText(kept, words), `${text}: ${filter}`).toBe(
          matchesFilterText(whole, words),
        );
      }
    }
    expect(spelledOut).toBeGreaterThan(100);
  });
});
