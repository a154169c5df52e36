// Passages re-anchor after the text changes: by offsets, else by quote and context.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DOCUMENT_ID } from '../../src/core/documents';
import { anchorSelector, selectorFor } from '../../src/core/documents/anchoring';
import { notedPassages, notesAt } from '../../src/renderer/features/notes/passages';
import { passagesOfDocument } from '../../src/services/notes/notePages';
import type { Note } from '../../src/shared/contract';

const TEXT = 'The partnership approach. Later, the partnership approach was used again in Africa.';

describe('selectors', () => {
  it('keeps ~32 characters of context and the offsets', () => {
    const start = TEXT.indexOf('Later');
    const s = selectorFor(TEXT, start, start + 5);
    expect(s).toEqual({
      exact: 'Later',
      prefix: 'The partnership approach. ',
      suffix: ', the partnership approach was u',
      start,
      end: start + 5,
    });
  });

  it('finds a passage by its offsets when the text there is unchanged', () => {
    const start = TEXT.lastIndexOf('partnership');
    const s = selectorFor(TEXT, start, start + 11);
    expect(anchorSelector(TEXT, s)).toEqual({ start, end: start + 11 });
  });

  it('finds the right occurrence by its context after the text moved', () => {
    const start = TEXT.lastIndexOf('partnership');
    const s = selectorFor(TEXT, start, start + 11);
    const edited = `Preface added here. ${TEXT}`;
    const found = anchorSelector(edited, s)!;
    expect(found.start).toBe(edited.lastIndexOf('partnership'));
    expect(edited.slice(found.start, found.end)).toBe('partnership');
  });

  it('answers null when the quote is gone', () => {
    expect(anchorSelector('nothing here', selectorFor(TEXT, 4, 15))).toBeNull();
  });

  it('re-anchors any passage after any insertion before it', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 40, maxLength: 200 }),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 30 }),
        (text, a, b, insert) => {
          const start = a % (text.length - 5);
          const end = start + 1 + (b % Math.min(20, text.length - start - 1));
          const s = selectorFor(text, start, end);
          const edited = insert + text;
          const found = anchorSelector(edited, s);
          expect(found).not.toBeNull();
          expect(edited.slice(found!.start, found!.end)).toBe(s.exact);
        },
      ),
    );
  });
});

describe('noted passages', () => {
  const note = (id: string, start: number, end: number, deleted = false): Note => ({
    id,
    title: id,
    body: '',
    tags: [],
    createdAt: '',
    updatedAt: '',
    deletedAt: deleted ? '2026-01-01' : null,
    links: [
      {
        kind: 'passage',
        documentId: BUNDLED_DOCUMENT_ID,
        selector: selectorFor(TEXT, start, end),
        placeholder: '',
        source: 'explicit',
      },
    ],
  });

  it('groups notes on the same passage and skips the trash', () => {
    const passages = notedPassages(
      passagesOfDocument(
        [note('a', 4, 15), note('b', 4, 15), note('c', 0, 3, true)],
        BUNDLED_DOCUMENT_ID,
      ),
      TEXT,
    );
    expect(passages).toEqual([{ start: 4, end: 15, noteIds: ['a', 'b'] }]);
    expect(notesAt(passages, 4)).toEqual(['a', 'b']);
    expect(notesAt(passages, 15)).toEqual([]);
  });

  it('shows only the passages of the document it is given', () => {
    const elsewhere = { ...note('d', 4, 15), links: [] as Note['links'] };
    elsewhere.links = note('d', 4, 15).links.map((l) => ({ ...l, documentId: 'd-other' }));
    expect(notedPassages(passagesOfDocument([elsewhere], BUNDLED_DOCUMENT_ID), TEXT)).toEqual([]);
    expect(notedPassages(passagesOfDocument([elsewhere], 'd-other'), TEXT)).toEqual([
      { start: 4, end: 15, noteIds: ['d'] },
    ]);
  });
});
