// A page of notes equals the naive answer (every match sorted, then sliced) for any notes, filter,
// order, offset, limit and located note: the page keeps only its notes while reading them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../src/core/bibliography';
import { summariseNote, type NoteSort } from '../../src/core/userData/noteSummaries';
import type { Note } from '../../src/core/userData/notes';
import { foldAhead, hasFoldedText, noteOrder } from '../../src/services/notes/noteFilters';
import { notePage } from '../../src/services/notes/notePages';

const WORDS = ['migration', 'Köhler', 'border', 'EU', 'refugee', 'weiß', ''];
const TIMES = ['2024-01-01T00:00:00.000Z', '2024-02-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z'];

const note: fc.Arbitrary<Omit<Note, 'id'>> = fc.record({
  title: fc.constantFrom('', 'Alpha', 'alpha', 'Beta', 'Zeta 2', 'Zeta 10', 'Ärger'),
  body: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((w) => w.join(' ')),
  tags: fc.array(fc.constantFrom('todo', 'Read', 'eu'), { maxLength: 2 }),
  createdAt: fc.constantFrom(...TIMES),
  updatedAt: fc.constantFrom(...TIMES),
  deletedAt: fc.constantFrom(null, null, TIMES[0]!),
  links: fc.constant([]),
});

/** The answer as it was before pages were selected: every match sorted, then sliced. */
function naivePage(
  notes: Note[],
  q: { text?: string; tag?: string; in?: 'notes' | 'trash' | 'all' },
  sort: NoteSort,
  offset: number,
  limit: number | undefined,
  locate: string,
) {
  const where = q.in ?? 'notes';
  const placed = notes.filter((n) =>
    where === 'all' ? true : where === 'trash' ? n.deletedAt !== null : n.deletedAt === null,
  );
  const words = foldDiacritics(q.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const matches = placed
    .filter((n) => {
      const hay = foldDiacritics(`${n.title}\n${n.body}\n${n.tags.join(' ')}`);
      if (!words.every((w) => hay.includes(w))) return false;
      return q.tag === undefined || n.tags.some((t) => t.toLowerCase() === q.tag!.toLowerCase());
    })
    .sort(noteOrder(sort));
  return {
    total: placed.length,
    matched: matches.length,
    offset,
    items: matches
      .slice(offset, limit === undefined ? undefined : offset + limit)
      .map(summariseNote),
    located: matches.findIndex((n) => n.id === locate),
  };
}

describe('notePage', () => {
  it('answers as sorting every match would, for any notes, filter, order and page', () => {
    fc.assert(
      fc.property(
        fc.array(note, { maxLength: 120 }),
        fc.record({
          text: fc.option(fc.constantFrom('mig', 'kohler', 'eu border', 'WEISS', ' '), {
            nil: undefined,
          }),
          tag: fc.option(fc.constantFrom('todo', '#READ'), { nil: undefined }),
          in: fc.option(fc.constantFrom('notes' as const, 'trash' as const, 'all' as const), {
            nil: undefined,
          }),
        }),
        fc.constantFrom<NoteSort>('updated', 'created', 'title'),
        fc.nat(20),
        fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
        fc.nat(130),
        (drafts, q, sort, offset, limit, at) => {
          const notes = drafts.map((d, i) => ({ ...d, id: `n${String(i).padStart(3, '0')}` }));
          const locate = `n${String(at).padStart(3, '0')}`;
          const query = { ...q, tag: q.tag?.replace(/^#/, ''), sort, offset, limit, locate };
          const expected = naivePage(notes, query, sort, offset, limit, locate);
          expect(notePage(notes, query)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('foldDiacritics', () => {
  it('folds ASCII text exactly as the full folding does (lower-cased, nothing else)', () => {
    const full = (text: string) =>
      text.normalize('NFC').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        expect(foldDiacritics(text)).toBe(full(text));
      }),
    );
    expect(foldDiacritics('Köhler Weiß Łódź')).toBe('kohler weiss lodz');
  });
});

describe('foldAhead', () => {
  it('folds every note’s text over several turns of the event loop, and searches find the same', async () => {
    const notes: Note[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `n${i}`,
      title: `Note ${i}`,
      body: i % 3 === 0 ? 'Köhler on migration' : 'Border studies',
      tags: [],
      createdAt: TIMES[0]!,
      updatedAt: TIMES[i % 3]!,
      deletedAt: null,
      links: [],
    }));
    const before = notePage(notes, { text: 'kohler', limit: 5 });
    const fresh = notes.map((n) => ({ ...n }));
    expect(fresh.some(hasFoldedText)).toBe(false);
    // Other work queued for the event loop's next turn, again and again while it folds.
    let turns = 0;
    let counting = true;
    const other = (): void => {
      turns++;
      if (counting) setImmediate(other);
    };
    setImmediate(other);
    await foldAhead(fresh, 100);
    counting = false;
    expect(fresh.every(hasFoldedText)).toBe(true);
    expect(turns).toBeGreaterThan(1); // it let other work run between its chunks
    expect(notePage(fresh, { text: 'kohler', limit: 5 })).toEqual(before);
  });
});
