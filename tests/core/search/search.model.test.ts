// The index against a brute-force model: after any sequence of upserts and removals, a query
// matches exactly the items whose words satisfy the matching rules, checked word by word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchableNote } from '../../../src/core/search';
import { foldVariants } from '../../../src/core/search/fold';
import { parseQuery } from '../../../src/core/search/query';
import { tokenize } from '../../../src/core/search/tokenize';

const POOL = [
  'Köhler',
  'Koehler',
  'Kohler',
  'García',
  'garcia',
  'migration',
  'migrants',
  'border',
  'borders',
  'Straße',
  'strasse',
  'Betts',
  'bet',
  'policy',
  'police',
  "O'Brien",
  'ab',
  'a',
  'x1',
  '2011',
  '2011a',
  'of',
  'the',
  'Søren',
  'governance',
  'governed',
  'Łódź',
];

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

const isSwap = (a: string, b: string): boolean => {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return (
    diff.length === 2 &&
    diff[1] === diff[0]! + 1 &&
    a[diff[0]!] === b[diff[1]!] &&
    a[diff[1]!] === b[diff[0]!]
  );
};

/** The matching rules, written out plainly. */
function wordMatches(v: string, prefix: boolean, term: string): boolean {
  if (term === v || (prefix && term.startsWith(v))) return true;
  if (v.length < 5 || /\d/.test(v)) return false;
  if (isSwap(v, term)) return true;
  if (levenshtein(v, term) !== 1) return false;
  return !prefix || v.length >= 7 || term.length >= v.length;
}

function modelMatches(note: SearchableNote, query: string): boolean {
  const terms = new Set(
    tokenize([note.title, note.body, ...note.tags].join(' ')).flatMap((t) => foldVariants(t.text)),
  );
  const words = parseQuery(query);
  const required = words.filter((w) => !w.optional);
  return (
    required.length > 0 &&
    required.every((w) =>
      w.variants.some((v) => [...terms].some((t) => wordMatches(v, w.prefix, t))),
    )
  );
}

const text = fc
  .array(fc.constantFrom(...POOL), { minLength: 0, maxLength: 5 })
  .map((ws) => ws.join(' '));
const note = fc.record({
  id: fc.constantFrom('n0', 'n1', 'n2', 'n3', 'n4', 'n5'),
  title: text,
  body: text,
  tags: fc.array(fc.constantFrom('to-read', 'rcp', 'Übersicht'), { maxLength: 2 }),
});
const op = fc.oneof(
  note.map((n) => ({ kind: 'upsert' as const, note: n })),
  fc.constantFrom('n0', 'n1', 'n2', 'n3').map((id) => ({ kind: 'remove' as const, id })),
);
const typed = fc.constantFrom(...POOL).chain((w) =>
  fc.oneof(
    fc.constant(w),
    fc.integer({ min: 1, max: w.length }).map((n) => w.slice(0, n)),
    fc.integer({ min: 0, max: w.length - 1 }).map((i) => w.slice(0, i) + 'z' + w.slice(i + 1)),
    fc
      .integer({ min: 0, max: Math.max(0, w.length - 2) })
      .map((i) => w.slice(0, i) + w.slice(i + 1)),
    fc
      .integer({ min: 0, max: Math.max(0, w.length - 2) })
      .map((i) => w.slice(0, i) + w.slice(i + 1, i + 2) + w.slice(i, i + 1) + w.slice(i + 2)),
  ),
);
const query = fc.array(typed, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));

describe('search against a brute-force model', () => {
  it('matches exactly the notes the rules allow, after any updates', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 25 }),
        fc.array(query, { minLength: 1, maxLength: 6 }),
        (ops, queries) => {
          const index = createSearchIndex();
          const live = new Map<string, SearchableNote>();
          for (const o of ops) {
            if (o.kind === 'upsert') {
              index.upsertNote(o.note);
              live.set(o.note.id, o.note);
            } else {
              expect(index.remove('note', o.id)).toBe(live.delete(o.id));
            }
          }
          for (const q of queries) {
            const r = index.search(q, { limitPerKind: 100, kinds: ['note'] });
            const expected = [...live.values()].filter((n) => modelMatches(n, q)).map((n) => n.id);
            expect(r.notes.map((h) => h.id).sort(), q).toEqual(expected.sort());
            expect(r.totals.note).toBe(expected.length);
            const scores = r.notes.map((h) => h.score);
            expect(scores).toEqual([...scores].sort((a, b) => b - a));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
