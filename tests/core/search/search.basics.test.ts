// Search as you type: folding both ways, prefixes, typos, grouping, ranking and highlights.
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../src/core/search';
import { fixtureIndex, marked, work, workIds } from './fixtures';

const index = fixtureIndex();

describe('diacritics', () => {
  it('finds Köhler when typed without the umlaut, spelled out, or with it', () => {
    expect(workIds(index, 'kohler')).toEqual(expect.arrayContaining(['kohler2011', 'kohler1999']));
    expect(workIds(index, 'koehler')).toEqual(
      expect.arrayContaining(['kohler2011', 'koehler2009']),
    );
    expect(workIds(index, 'Köhler').sort()).toEqual(['koehler2009', 'kohler1999', 'kohler2011']);
  });

  it('ranks the other spelling of a plain name as a typo, after the folded matches', () => {
    // "Kohler" is not "Koehler" (only "Köhler" stands for both), but it is one typo away.
    const ids = workIds(index, 'kohler');
    expect(ids.slice(0, 2).sort()).toEqual(['kohler1999', 'kohler2011']);
    expect(ids[2]).toBe('koehler2009');
    expect(workIds(index, 'koehler').at(-1)).toBe('kohler1999');
  });

  it('folds accents, Ł and ø in names', () => {
    expect(workIds(index, 'garcia nunez')).toEqual(['garcia2015']);
    expect(workIds(index, 'lukasiewicz')).toEqual(['garcia2015']);
    expect(workIds(index, 'soeren')).toEqual(['garcia2015']);
    expect(workIds(index, 'Núñ')).toEqual(['garcia2015']);
  });

  it('matches names with apostrophes and particles', () => {
    expect(workIds(index, 'obrien')).toEqual(['obrien2020']);
    expect(workIds(index, "o'br")).toEqual(['obrien2020']);
    expect(workIds(index, 'van der berg')).toEqual(['berg2004']);
  });
});

describe('prefix and typos', () => {
  it('treats the last word as a prefix while typing', () => {
    expect(workIds(index, 'secu')).toEqual(['garcia2015']);
    expect(workIds(index, 'g')).toContain('garcia2015');
    expect(workIds(index, 'readm')).toEqual(['berg2004']); // not "read", a shorter word
  });

  it('requires every word, but not words like "of"', () => {
    expect(workIds(index, 'securitisation mediterr')).toEqual(['garcia2015']);
    expect(workIds(index, 'securitisation networks')).toEqual([]);
    expect(workIds(index, 'governance of migration')).toContain('betts2011c');
  });

  it('tolerates one typo in a word of five letters or more', () => {
    expect(workIds(index, 'garsia')).toEqual(['garcia2015']); // substitution
    expect(workIds(index, 'goverance')).toContain('betts2011c'); // deletion
    expect(workIds(index, 'securitsiation')).toEqual(['garcia2015']); // swapped letters
  });

  it('does not guess on short words', () => {
    expect(workIds(index, 'bets')).toEqual([]);
    expect(workIds(index, 'nunz')).toEqual([]);
    expect(workIds(index, 'garcai nunze')).toEqual(['garcia2015']); // one swap in each word
    expect(workIds(index, 'kohler2011x')).toEqual([]); // keys and years are never guessed
  });

  it('finds a work by its citation key, typed whole or in part', () => {
    expect(workIds(index, 'betts2011c')).toEqual(['betts2011c']);
    expect(workIds(index, 'betts201')).toEqual(['betts2011c', 'smith2013']); // Betts … 2013
    expect(workIds(index, 'kohler2011')[0]).toBe('kohler2011');
  });

  it('finds years and tags', () => {
    expect(workIds(index, '2004')).toEqual(['berg2004']);
    expect(workIds(index, 'to-read')).toEqual(['garcia2015', 'berg2004']); // tag, then Readmission
  });

  it('returns nothing for an empty or blank query', () => {
    for (const q of ['', '   ', '—', '?!']) {
      const r = index.search(q);
      expect(r.works.length + r.notes.length + r.claims.length + r.passages.length).toBe(0);
    }
  });
});

describe('grouping and ranking', () => {
  it('groups hits by kind and orders the groups by their best hit', () => {
    const r = index.search('betts');
    expect(r.works.map((h) => h.kind)).toEqual(['work', 'work']);
    expect(r.notes.map((h) => h.id)).toEqual(['n1']);
    expect(r.claims.map((h) => h.id)).toEqual(['uc-1']);
    expect(r.totals).toEqual({ work: 2, claim: 1, note: 1, passage: 0 });
    expect(r.order[0]).toBe('work');
    expect(r.order.at(-1)).toBe('passage');
  });

  it('ranks an author match above a title mention, and both above a note body', () => {
    const r = index.search('betts');
    expect(r.works.map((h) => h.id)).toEqual(['betts2011c', 'smith2013']);
    const [authorHit, titleHit] = r.works;
    expect(authorHit!.score).toBeGreaterThan(titleHit!.score);
    expect(authorHit!.score).toBeGreaterThan(r.notes[0]!.score);
  });

  it('ranks an exact citation key above works that merely share the name', () => {
    const many = createSearchIndex();
    many.addWorks([
      work('kohler2011', { title: 'A', authors: [{ family: 'Köhler' }], year: 2011 }),
      work('kohler2011a', { title: 'B', authors: [{ family: 'Köhler' }], year: 2011 }),
      work('kohler2012', { title: 'C', authors: [{ family: 'Köhler' }], year: 2012 }),
    ]);
    expect(many.search('kohler2011a').works.map((h) => h.id)).toEqual(['kohler2011a']);
    expect(many.search('kohler2011').works[0]?.id).toBe('kohler2011');
  });

  it('ranks a whole-word match above a longer completion', () => {
    const words = createSearchIndex();
    words.addWorks([
      work('a', { title: 'Borderlands and frontiers' }),
      work('b', { title: 'Border studies' }),
    ]);
    expect(words.search('border').works.map((h) => h.id)).toEqual(['b', 'a']);
  });

  it('returns at most limitPerKind hits but counts them all', () => {
    const r = index.search('k', { limitPerKind: 2 });
    expect(r.works).toHaveLength(2);
    expect(r.totals.work).toBeGreaterThan(2);
  });

  it('returns more hits of the kinds given in limitsByKind (a group the user expanded)', () => {
    const r = index.search('k', { limitPerKind: 1, limitsByKind: { work: 3 } });
    expect(r.works).toHaveLength(Math.min(3, r.totals.work));
    expect(r.works.length).toBeGreaterThan(1);
    expect(r.notes.length).toBeLessThanOrEqual(1);
  });

  it('keeps limitInAll hits in all: the groups in their order, each with matches one at least', () => {
    const whole = index.search('k', { limitPerKind: 3 });
    const kinds = whole.order.filter((kind) => whole.totals[kind] > 0);
    expect(kinds.length).toBeGreaterThan(1);
    const r = index.search('k', { limitPerKind: 3, limitInAll: 2 });
    const lists = { work: 'works', claim: 'claims', note: 'notes', passage: 'passages' } as const;
    const shown = (results: typeof r, kind: (typeof kinds)[number]) =>
      results[lists[kind]].map((h) => h.id);
    // The first group takes the whole budget, the next ones their best hit only.
    expect(shown(r, kinds[0]!)).toEqual(shown(whole, kinds[0]!).slice(0, 2));
    for (const kind of kinds.slice(1))
      expect(shown(r, kind)).toEqual(shown(whole, kind).slice(0, 1));
    expect(r.order).toEqual(whole.order);
    expect(r.totals).toEqual(whole.totals);
    // What the first group leaves goes to the next; an expanded group keeps its own limit.
    const roomy = index.search('k', { limitPerKind: 3, limitInAll: 5 });
    const firstShown = shown(roomy, kinds[0]!).length;
    expect(shown(roomy, kinds[1]!)).toEqual(
      shown(whole, kinds[1]!).slice(0, Math.max(1, 5 - firstShown)),
    );
    const expanded = index.search('k', {
      limitPerKind: 3,
      limitInAll: 1,
      limitsByKind: { [kinds[1]!]: 3 },
    });
    expect(shown(expanded, kinds[1]!)).toEqual(shown(whole, kinds[1]!));
  });

  it('searches only the kinds asked for', () => {
    const r = index.search('betts', { kinds: ['note'] });
    expect(r.works).toEqual([]);
    expect(r.notes).toHaveLength(1);
  });
});

describe('highlights', () => {
  it('marks the typed part of a prefix in the shown strings', () => {
    const hit = index.search('secu').works[0]!;
    expect(marked(hit)).toEqual(['title:Secu']);
  });

  it('marks the written letters for folded and spelled-out queries', () => {
    const hit = (q: string) => index.search(q).works.find((h) => h.id === 'kohler2011')!;
    expect(marked(hit('koh'))).toEqual(['snippet:Köh', 'snippet:koh']);
    expect(marked(hit('koeh'))).toEqual(['snippet:Köh']);
    expect(marked(hit('Köhl'))).toEqual(['snippet:Köhl', 'snippet:kohl']);
  });

  it('marks whole words for typos and a key as one run', () => {
    expect(marked(index.search('garsia').works[0]!)).toEqual(['snippet:García', 'snippet:garcia']);
    expect(marked(index.search('betts2011c').works[0]!)).toEqual([
      'snippet:Betts',
      'snippet:betts2011c',
    ]);
  });

  it('cuts a note to an excerpt around the match, without Markdown markers', () => {
    const hit = index.search('betts').notes[0]!;
    expect(hit.title).toBe('Reading list');
    expect(hit.snippet).not.toContain('**');
    expect(hit.snippet).not.toContain('# ');
    expect(marked(hit)).toEqual(['snippet:Betts', 'snippet:betts']);
    expect(hit.snippet).toContain('#rcp');
  });

  it('offsets always point inside the shown string', () => {
    for (const q of ['k', 'mig', 'governance of', 'betts', 'rcp', 'sécu']) {
      const r = index.search(q);
      for (const hit of [...r.works, ...r.notes, ...r.claims]) {
        for (const h of hit.highlights) {
          expect(h.start).toBeGreaterThanOrEqual(0);
          expect(h.end).toBeLessThanOrEqual(hit[h.field].length);
          expect(h.end).toBeGreaterThan(h.start);
        }
      }
    }
  });
});
