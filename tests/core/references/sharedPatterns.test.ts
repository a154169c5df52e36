// The definitions the reference parser's rules share: a book's edition, the "In" before a book, an
// entry's sentences, a field's final dot, and the numbers of a source tagged in one segment.
import { describe, expect, it } from 'vitest';
import {
  bookInMark,
  titleWithoutBookIn,
  withoutBookIn,
} from '../../../src/core/references/parse/bookIn';
import {
  EDITION_ALONE,
  EDITION_AT_END,
  EDITION_IN_BRACKETS_AT_END,
  editionValue,
} from '../../../src/core/references/parse/edition';
import { cleanText } from '../../../src/core/references/parse/fieldValues';
import { sentenceEnd, sentences } from '../../../src/core/references/parse/forms/printedPatterns';
import {
  sourceNumbers,
  volumeCountAfterTitle,
} from '../../../src/core/references/parse/sourceNumbers';
import { cleanContainer } from '../../../src/core/references/parse/fieldValues';

describe('a book edition', () => {
  it('is recognised alone, in brackets at the end, or ending a text, in every printed form', () => {
    for (const e of ['2nd ed.', '3rd edn', 'Second edition', 'rev. ed.', '(5th ed.),', 'sixth ed.'])
      expect(EDITION_ALONE.test(e), e).toBe(true);
    for (const e of ['Editor', '2nd', 'edited by', 'New York'])
      expect(EDITION_ALONE.test(e), e).toBe(false);
    expect(EDITION_IN_BRACKETS_AT_END.exec('Sobolev spaces (second edition).')?.index).toBe(15);
    expect(EDITION_IN_BRACKETS_AT_END.test('Second edition of a book')).toBe(false);
    expect(EDITION_AT_END.exec('Comprehensive Textbook of Psychiatry/VI 6th ed.')?.index).toBe(39);
    expect(EDITION_AT_END.test('Editors of the new edition series')).toBe(false);
  });

  it('gives its number, from digits or an ordinal word, else the words that name it', () => {
    expect(editionValue('2nd edn.')).toBe('2');
    expect(editionValue('(Second edition)')).toBe('2');
    expect(editionValue('third ed.')).toBe('3');
    expect(editionValue('Revised edition')).toBe('Revised');
    expect(editionValue('Rev. ed.')).toBe('Rev.');
  });
});

describe('the "In" before a book', () => {
  it('is found with or without a colon, in English, French, German, Spanish', () => {
    expect(bookInMark('In: Proceedings of X')).toEqual({ word: 'In', colon: true, length: 4 });
    expect(bookInMark('to appear in Proc. ICML')?.word).toBe('to appear in');
    expect(withoutBookIn('dans Actes du colloque')).toBe('Actes du colloque');
    expect(withoutBookIn('En: Libro de actas')).toBe('Libro de actas');
    expect(withoutBookIn('Im Tagungsband')).toBe('Tagungsband');
  });

  it('leaves journals named "In Vivo", "In Practice", and words run on ("Information")', () => {
    expect(withoutBookIn('In Vivo')).toBe('In Vivo');
    expect(withoutBookIn('in Practice')).toBe('in Practice');
    expect(withoutBookIn('Information Sciences')).toBe('Information Sciences');
  });

  it('leaves a title its capital "In" without a colon ("In Search of Excellence")', () => {
    expect(titleWithoutBookIn('In Search of Excellence')).toBe('In Search of Excellence');
    expect(titleWithoutBookIn('In: Astrophysics of cosmic rays')).toBe(
      'Astrophysics of cosmic rays',
    );
    expect(titleWithoutBookIn('in Proc. of the 8th Rencontres')).toBe(
      'Proc. of the 8th Rencontres',
    );
    expect(titleWithoutBookIn('in vivo imaging')).toBe('in vivo imaging');
  });
});

describe("an entry's sentences", () => {
  const text = 'Smith J. Why? A study. In Proc. St. Louis Meeting. J. Chem. Phys. 12';

  it('end at a full stop, question or exclamation mark after a word, not an initial or "St."', () => {
    const parts = sentences(text, 0, text.length).map(([a, b]) => text.slice(a, b));
    expect(parts).toEqual([
      'Smith J. Why?',
      'A study.',
      'In Proc.',
      'St. Louis Meeting.',
      'J. Chem.',
      'Phys.',
      '12',
    ]);
  });

  it('give where the sentence at a position ends', () => {
    expect(text.slice(0, sentenceEnd(text, 0))).toBe('Smith J. Why?');
    expect(sentenceEnd('no stop here', 3)).toBe(12);
  });
});

describe("a field's final dot", () => {
  it("stays after an abbreviation, unless the field's dots say otherwise", () => {
    expect(cleanText('Smith Jr.')).toBe('Smith Jr.');
    expect(cleanText('A long title.')).toBe('A long title');
    expect(cleanText('Hum Ecol.', 'dotted')).toBe('Hum Ecol');
    expect(cleanText('J. Chem. Phys.', 'dotted')).toBe('J. Chem. Phys.');
    expect(cleanText('Vol. I.', 'never')).toBe('Vol. I');
  });

  it('goes with what it followed, however many there are', () => {
    expect(cleanText('Encyclopedia of Science.”.')).toBe('Encyclopedia of Science');
    expect(cleanText('And so on...', 'never')).toBe('And so on');
    expect(cleanText('(Doctoral dissertation).')).toBe('Doctoral dissertation');
  });
});

describe('the numbers of a source tagged in one segment', () => {
  it('splits "A, B" as volume and page when no pages were tagged', () => {
    expect(sourceNumbers({ volume: '45, 87' })).toEqual({ volume: '45', page: '87' });
    expect(sourceNumbers({ volume: '45, 87-90' })).toEqual({ volume: '45', page: '87-90' });
  });

  it('splits "A, B" as volume and issue when the pages were tagged', () => {
    expect(sourceNumbers({ volume: '36, 3', pages: '454-469' })).toEqual({
      volume: '36',
      issue: '3',
      page: '454-469',
    });
  });

  it("reads the number after a series word as the series', not the volume", () => {
    expect(
      sourceNumbers({ volume: '3, 316', pages: '1194-1199', container: 'Comptes rendus, Serie' }),
    ).toEqual({ volume: '316', page: '1194-1199', seriesNumber: '3' });
  });

  it('drops a value with no digit nor roman numeral', () => {
    expect(sourceNumbers({ volume: 'edited by', issue: 'xii' })).toEqual({ issue: 'xii' });
  });

  it('takes the pages run into the issue over a page count tagged as the pages', () => {
    // "J. High Energy Phys.,( 7):Paper23 ,12 pp .1998" (GROBID corpus): JHEP's article number.
    expect(sourceNumbers({ issue: '( 7):Paper23 ,', pages: '12 pp .' })).toEqual({
      issue: '7',
      page: '23',
    });
    // Alone, a page count stays the pages, as lists print a report's length.
    expect(sourceNumbers({ pages: '25 pp.' })).toEqual({ page: '25 pp' });
  });
});

describe('the number of volumes at the end of a title', () => {
  it('is split from the title ("The Leatherstocking Tales. 2 vols.")', () => {
    expect(volumeCountAfterTitle('The Leatherstocking Tales. 2 vols')).toEqual({
      title: 'The Leatherstocking Tales',
      volumes: '2',
    });
    expect(volumeCountAfterTitle('Selected Works, 3 vol.')?.volumes).toBe('3');
    expect(volumeCountAfterTitle('Twenty vols of the Encyclopaedia')).toBeNull();
    expect(volumeCountAfterTitle('. 2 vols')).toBeNull();
  });
});

describe('a container printed after a dash', () => {
  it('is read without the dash ("-Zool. Jb. Syst.")', () => {
    expect(cleanContainer('-Zool. Jb. Syst.')).toBe('Zool. Jb. Syst.');
    expect(cleanContainer('– Revue des études,')).toBe('Revue des études');
  });
});
