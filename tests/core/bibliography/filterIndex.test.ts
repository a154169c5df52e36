// The bibliography filter's index: the same rows as reading every work's filter text, whatever
// the user types (co-authors, editors, keys, containers, tags; typing on, deleting, two words).
import { describe, expect, it } from 'vitest';
import {
  FilterIndex,
  filterWords,
  matchesFilterText,
  workFilterText,
} from '../../../src/core/bibliography';
import { makeWork } from './helpers';

const works = [
  makeWork(
    {
      id: 'abbott2019',
      type: 'chapter',
      title: 'Borders of Partnership',
      author: [
        { family: 'Abbott', given: 'Ruth' },
        { family: 'Çetinkaya', given: 'Ayşe' },
      ],
      editor: [{ family: 'Ørsted', given: 'Hans' }],
      'container-title': 'Handbook of Mobility',
    },
    { tags: ['to-read', 'Türkei'] },
  ),
  makeWork(
    {
      id: 'lavenex2013',
      type: 'paper-conference',
      title: 'Multilayered Migration Governance',
      author: [
        { family: 'Lavenex', given: 'Sandra' },
        { family: 'Panizzon', given: 'Marion' },
      ],
      'container-title': 'UNRISD Conference',
    },
    { tags: ['core'] },
  ),
  makeWork({
    id: 'koehler2011',
    title: 'What Government Networks Do',
    author: [{ family: 'Köhler', given: 'Jobst' }],
  }),
];
const texts = works.map((w) => workFilterText(w, w.citationKey, null));

/** The keys of the works the index finds for `filter`. */
function found(index: FilterIndex, filter: string): string[] {
  const rows = index.matches(filterWords(filter));
  return works.filter((_, i) => !rows || rows[i]).map((w) => w.citationKey);
}

describe('the filter index', () => {
  it('finds a work by any author (not only the first), editor, key, container and tag', () => {
    const index = FilterIndex.of(texts);
    expect(found(index, 'cetinkaya')).toEqual(['abbott2019']); // second author, folded
    expect(found(index, 'panizzon')).toEqual(['lavenex2013']);
    expect(found(index, 'orsted')).toEqual(['abbott2019']); // editor
    expect(found(index, 'lavenex2013')).toEqual(['lavenex2013']); // key
    expect(found(index, 'unrisd')).toEqual(['lavenex2013']); // container
    expect(found(index, 'to-read')).toEqual(['abbott2019']); // tag
    expect(found(index, 'turkei')).toEqual(['abbott2019']);
    expect(found(index, 'koehler')).toEqual(['koehler2011']); // spelled out
    expect(found(index, 'köhl')).toEqual(['koehler2011']);
    // Inside a word, and every word somewhere.
    expect(found(index, 'artner')).toEqual(['abbott2019']);
    expect(found(index, 'migration marion')).toEqual(['lavenex2013']);
    expect(found(index, 'migration abbott')).toEqual([]);
    expect(found(index, '')).toEqual(works.map((w) => w.citationKey));
  });

  it('answers as reading every text, while the user types on, deletes and starts again', () => {
    // Texts of random syllables: many tokens share prefixes and infixes, as names and words do.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const syllables = [
      'mi',
      'gra',
      'tion',
      'go',
      'ver',
      'nan',
      'ce',
      'kö',
      'hler',
      'pa',
      'niz',
      'zon',
      '20',
      '11',
      'a',
    ];
    const word = () =>
      Array.from({ length: 1 + random(3) }, () => syllables[random(syllables.length)]).join('');
    const many = Array.from({ length: 400 }, () =>
      Array.from({ length: 2 + random(8) }, word).join(random(5) ? ' ' : '\t'),
    ).map((t) => workFilterText(makeWork({ id: 'x', title: t }), '', null));
    const index = FilterIndex.of(many);
    const typed = ['migration go', 'kohler 2011', 'nan', 'pa niz', 'ö', 'a 1', 'zon gra ce'];
    expectAsScan(index, many, typingAndDeleting(typed));
  });

  it('answers as reading every text for words pasted in any order (nothing to narrow from)', () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const letters = 'aeimnorstkzöçø2019-';
    const texts = Array.from({ length: 300 }, () =>
      Array.from({ length: 1 + random(6) }, () =>
        Array.from({ length: 1 + random(7) }, () => letters[random(letters.length)]).join(''),
      ).join(' '),
    ).map((t) => workFilterText(makeWork({ id: 'x', title: t }), '', null));
    const index = FilterIndex.of(texts);
    // Single letters (the rare ones too), pieces of words, letters no text holds, two words.
    const filters = Array.from({ length: 300 }, () => {
      const text = texts[random(texts.length)]!;
      const from = random(text.length);
      const piece = text.slice(from, from + 1 + random(4)).trim();
      return random(4) ? piece : `${piece} ${letters[random(letters.length)]}`;
    });
    expectAsScan(index, texts, [...filters, 'q', 'xq', 'z', 'ç', 'c', 'ø', 'oe', '']);
  });

  it('answers as reading every text with thousands of tokens, split at every kind of whitespace', () => {
    // Read in place: tokens are told apart by hash, in a table that grows many times here, and
    // split where \s splits (no-break, thin and ideographic spaces, tabs, line breaks).
    let seed = 5;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const spaces = [' ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\u202f', '  '];
    const letters = 'abcdefghijklmnoprstuvz';
    const vocabulary = Array.from({ length: 6000 }, () =>
      Array.from({ length: 2 + random(8) }, () => letters[random(letters.length)]).join(''),
    );
    const texts = Array.from({ length: 2000 }, () =>
      Array.from({ length: 1 + random(12) }, () => vocabulary[random(vocabulary.length)]!)
        .map((w, i) => (i ? spaces[random(spaces.length)] : '') + w)
        .join(''),
    );
    const index = FilterIndex.of(texts);
    const filters = Array.from({ length: 200 }, () => {
      const word = vocabulary[random(vocabulary.length)]!;
      return word.slice(random(2), 2 + random(word.length));
    });
    expectAsScan(index, texts, [...filters, 'ab cd', 'zz', 'a']);
  });

  it('answers as reading every text when its (token, row) pairs fill several chunks', () => {
    // The pairs are kept in chunks of 32,768 while the texts are read: ~52,000 pairs here, with
    // a token's rows spread over every chunk.
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const letters = 'abcdefghiklmnoprstuvy';
    const vocabulary = Array.from({ length: 300 }, () =>
      Array.from({ length: 2 + random(7) }, () => letters[random(letters.length)]).join(''),
    );
    const texts = Array.from({ length: 6000 }, () =>
      Array.from({ length: 1 + random(24) }, () => vocabulary[random(vocabulary.length)]!).join(
        ' ',
      ),
    );
    const index = FilterIndex.of(texts);
    // Every word whole (each token's rows, wherever its pairs fell), and pieces of some.
    const pieces = Array.from({ length: 60 }, () => {
      const word = vocabulary[random(vocabulary.length)]!;
      return word.slice(random(2), 2 + random(word.length));
    });
    expectAsScan(index, texts, [...new Set(vocabulary), ...pieces, 'a', 'zz']);
  });

  it('answers as reading every text for common letters in every spelling, alone and with others', () => {
    // A common letter (in over a quarter of the rows) is answered by its rows, its tokens not
    // kept: typed alone, in two spellings ("ä": a or ae, "å": a or aa), beside a rare letter, and
    // before longer words that hold it or not.
    let seed = 3;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const letters = 'aaaeeeinorstqxåäø';
    const texts = Array.from({ length: 400 }, () =>
      Array.from({ length: 1 + random(5) }, () =>
        Array.from({ length: 1 + random(6) }, () => letters[random(letters.length)]).join(''),
      ).join(' '),
    ).map((t) => workFilterText(makeWork({ id: 'x', title: t }), '', null));
    const index = FilterIndex.of(texts);
    const typed = ['a', 'ä', 'å', 'ø', 'q', 'x', 'aa', 'ae', 'a q', 'q a', 'ä x', 'ane', 'aq', 'e'];
    expectAsScan(index, texts, [...typingAndDeleting(['are aet', 'äre', 'q ä', 'a åe']), ...typed]);
  });

  it('built in the background, gives the event loop turns while listing tokens by letter too', async () => {
    const texts = Array.from({ length: 40 }, (_, i) =>
      workFilterText(
        makeWork({ id: 'x', title: `word${i} other${i * 7} third${i * 13}` }),
        '',
        null,
      ),
    );
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 0);
    try {
      // One row per chunk: 39 turns while reading the rows; ~120 tokens listed by character
      // and by pair, ten per step, give more.
      const index = await FilterIndex.build(texts, 1);
      expect(ticks).toBeGreaterThan(45);
      expectAsScan(index, texts, ['w', 'wo', 'ord1', 'ot', 'third2', 'r 7', 'zz']);
    } finally {
      clearInterval(ticking);
    }
  });
});

describe('the filter index, tokens listed by letter and pair', () => {
  it('lists a token holding a pair twice once under it (the first token holding neither)', () => {
    // "banana" holds "an" and "na" twice; the first token holds neither, so a list counted
    // and filled differently (a slot left at 0) would wrongly find the first row.
    const texts = ['zz qq', 'banana', 'ananas x', 'nan', 'aaaa q', 'xx'].map((t) =>
      workFilterText(makeWork({ id: 'x', title: t }), '', null),
    );
    expectAsScan(FilterIndex.of(texts), texts, typingAndDeleting(['anana', 'nan', 'aaa', 'qz']));
  });

  it('answers the same built in turns as built at once', async () => {
    const texts = Array.from({ length: 250 }, (_, i) =>
      workFilterText(
        makeWork({ id: 'x', title: `na${i % 7}an ${'ab'.repeat(1 + (i % 5))}` }),
        '',
        null,
      ),
    );
    const filters = typingAndDeleting(['na3an abab', 'ba', 'n', '2a']);
    expectAsScan(await FilterIndex.build(texts, 3), texts, filters);
    expectAsScan(FilterIndex.of(texts), texts, filters);
  });
});

/** Each query's prefixes, then back to its first letter, as typing and deleting go. */
function typingAndDeleting(queries: readonly string[]): string[] {
  return queries.flatMap((query) => {
    const prefixes = Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));
    return [...prefixes, ...prefixes.slice(0, -1).reverse()];
  });
}

/** Asks `index` each filter in turn; each answer must be the rows whose text holds every word. */
function expectAsScan(index: FilterIndex, texts: readonly string[], filters: readonly string[]) {
  for (const filter of filters) {
    const words = filterWords(filter);
    const expected = texts.map((t) => (matchesFilterText(t, words) ? 1 : 0));
    const rows = index.matches(words);
    expect(rows ? Array.from(rows) : texts.map(() => 1), filter).toEqual(expected);
  }
}
