// Keeping the index current item by item: add, update and remove notes, works, claims, passages.
import { describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchableNote } from '../../../src/core/search';
import { fixtureIndex, work, workIds } from './fixtures';

const noteIds = (index: ReturnType<typeof createSearchIndex>, q: string): string[] =>
  index.search(q, { limitPerKind: 100 }).notes.map((h) => h.id);

describe('notes', () => {
  it('finds a note as soon as it is added, and its new words after an edit', () => {
    const index = fixtureIndex();
    const note: SearchableNote = {
      id: 'n9',
      title: 'Visa facilitation',
      body: 'Cape Verde.',
      tags: [],
    };
    index.upsertNote(note);
    expect(noteIds(index, 'facilit')).toEqual(['n9']);

    index.upsertNote({ ...note, title: 'Readmission deals', body: 'Moldova and Georgia.' });
    expect(noteIds(index, 'facilit')).toEqual([]);
    expect(noteIds(index, 'moldo')).toEqual(['n9']);
    expect(index.search('georgia').notes[0]?.title).toBe('Readmission deals');
    expect(index.count('note')).toBe(3);
  });

  it('re-indexes a note edited in place and passed again', () => {
    const index = fixtureIndex();
    const note: SearchableNote = { id: 'n9', title: 'Draft', body: 'alpha', tags: [] };
    index.upsertNote(note);
    note.body = 'omega';
    index.upsertNote(note);
    expect(noteIds(index, 'alpha')).toEqual([]);
    expect(noteIds(index, 'omega')).toEqual(['n9']);
  });

  it('forgets a removed note', () => {
    const index = fixtureIndex();
    expect(index.remove('note', 'n2')).toBe(true);
    expect(index.remove('note', 'n2')).toBe(false);
    expect(noteIds(index, 'deportation')).toEqual([]);
    expect(index.has('note', 'n2')).toBe(false);
    expect(index.count('note')).toBe(1);
  });
});

describe('works', () => {
  it('reflects a changed title and a removed work without a rebuild', () => {
    const index = fixtureIndex();
    index.upsertWork(
      work('berg2004', { title: 'Return Migration', authors: [{ family: 'Berg' }] }),
    );
    expect(workIds(index, 'readmission')).toEqual([]);
    expect(workIds(index, 'return migr')).toEqual(['berg2004']);
    expect(index.count('work')).toBe(8);

    index.remove('work', 'berg2004');
    expect(workIds(index, 'return migr')).toEqual([]);
    expect(index.count('work')).toBe(7);
  });

  it('keeps what a hit shows of a work, not the work: later changes to the object do not leak in', () => {
    const index = fixtureIndex();
    const added = work('berg2004', {
      title: 'Return Migration',
      authors: [{ family: 'Berg' }],
      year: 2004,
      container: 'Migration Studies',
    });
    index.upsertWork(added);
    const before = index.search('return migr').works[0];
    expect(before).toMatchObject({
      id: 'berg2004',
      title: 'Return Migration',
      snippet: 'Berg (2004) · Migration Studies · berg2004',
    });
    // The index used to hold the whole record (100,000 of them, with abstracts, at ~100 MB).
    added.csl.title = 'Changed behind the index';
    added.csl['container-title'] = 'Elsewhere';
    expect(index.search('return migr').works[0]).toEqual(before);
  });

  it('adds a work with a new word to the vocabulary used for prefixes and typos', () => {
    const index = fixtureIndex();
    index.addWorks([work('zed2021', { title: 'Zwitterionic Metaphors', year: 2021 })]);
    expect(workIds(index, 'zw')).toEqual(['zed2021']);
    expect(workIds(index, 'zwiterionic')).toEqual(['zed2021']);
  });
});

describe('claims and passages', () => {
  it('updates and removes a user claim', () => {
    const index = fixtureIndex();
    index.upsertClaim({
      id: 'uc-1',
      text: 'Conditionality fails.',
      origin: 'user',
      cites: [],
      anchor: null,
    });
    expect(index.search('partnerships').claims).toEqual([]);
    expect(index.search('conditionality').claims.map((h) => h.id)).toEqual(['uc-1']);
    index.remove('claim', 'uc-1');
    expect(index.search('conditionality').claims).toEqual([]);
  });

  it('replaces all passages when the paper is indexed again', () => {
    const index = createSearchIndex();
    const anchor = { blockId: 'b1', start: 0, end: 5 };
    index.setPassages([{ id: 'b1', text: 'First draft', section: null, anchor }]);
    index.setPassages([{ id: 'b2', text: 'Final text', section: 'Intro', anchor }]);
    expect(index.search('draft').passages).toEqual([]);
    expect(index.search('final').passages.map((h) => [h.id, h.title])).toEqual([['b2', 'Intro']]);
  });
});

describe('many changes', () => {
  it('stays correct after thousands of removals compact the index', () => {
    const index = createSearchIndex();
    const notes: SearchableNote[] = Array.from({ length: 3000 }, (_, i) => ({
      id: `n${i}`,
      title: `Note ${i % 2 === 0 ? 'even' : 'odd'} number`,
      body: `tag${i % 7} body text`,
      tags: [],
    }));
    index.addNotes(notes);
    for (let i = 0; i < 3000; i++) if (i % 3 !== 0) index.remove('note', `n${i}`);
    expect(index.count('note')).toBe(1000);

    const even = index.search('even', { limitPerKind: 5000 });
    const expected = notes.filter((_, i) => i % 3 === 0 && i % 2 === 0).map((n) => n.id);
    expect(even.totals.note).toBe(expected.length);
    expect(even.notes.map((h) => h.id).sort()).toEqual(expected.sort());

    // Numbers were reassigned by the compaction: updates and removals still hit the right note.
    index.upsertNote({ id: 'n3', title: 'Renamed', body: 'fresh', tags: [] });
    expect(noteIds(index, 'fresh')).toEqual(['n3']);
    expect(index.search('odd', { limitPerKind: 5000 }).notes.map((h) => h.id)).not.toContain('n3');
    index.remove('note', 'n9');
    // Every note with tag2 (143, more than noteIds asks for; ties go by id).
    const tag2 = index.search('tag2', { limitPerKind: 5000 }).notes.map((h) => h.id);
    expect(tag2).not.toContain('n9');
    expect(tag2).toContain('n786');
    expect(tag2).toHaveLength(142);
  });
});

describe('ties', () => {
  it('rank the same whatever order the items were indexed in (by id, numbers as numbers)', () => {
    const notes = ['n10', 'n9', 'n2', 'n1', 'a', 'n02'].map((id) => ({
      id,
      title: 'Same title',
      body: 'same body',
      tags: [],
    }));
    const forward = createSearchIndex();
    forward.addNotes(notes);
    const backward = createSearchIndex();
    backward.addNotes([...notes].reverse());
    // Re-indexed: a new number, the same rank.
    backward.upsertNote(notes[0]!);
    const ids = (index: ReturnType<typeof createSearchIndex>) => noteIds(index, 'same');
    expect(ids(forward)).toEqual(['a', 'n1', 'n2', 'n02', 'n9', 'n10']);
    expect(ids(backward)).toEqual(ids(forward));
    expect(forward.search('same', { limitPerKind: 2 }).notes.map((h) => h.id)).toEqual(['a', 'n1']);
  });
});
