// The works UI's pure parts: what the editor saves (only what changed, never a field it cannot
// read), how typed dates / DOIs / ISBNs are checked, the delete dialog's wording, the columns.
import { describe, expect, it } from 'vitest';
import { WORK_FIELDS } from '../../src/core/works/fields';
import {
  clashingFields,
  patchBetween,
  stateOfCsl,
  valuesOf,
} from '../../src/renderer/features/works/editor/editorState';
import { checkTyped } from '../../src/renderer/features/works/editor/fieldText';
import { describeUse } from '../../src/renderer/features/works/useDeleteWorksFlow';
import { describeReferences } from '../../src/renderer/features/works/RenameKeyDialog';
import { toggleColumn } from '../../src/renderer/features/bibliography/columns';
import { describeQuery } from '../../src/renderer/features/bibliography/bibliographyQuery';
import { typeLabel } from '../../src/renderer/features/bibliography/workTypes';

const csl = {
  id: 'betts2011a',
  type: 'book',
  title: 'Global Migration Governance',
  author: [{ family: 'Betts', given: 'Alexander' }],
  issued: { 'date-parts': [[2011]] },
  publisher: 'Oxford University Press',
};

describe('the work editor’s state', () => {
  it('saves only the fields changed, names as lists, an emptied field as removed', () => {
    const saved = stateOfCsl(csl, WORK_FIELDS);
    expect(saved.texts.issued).toBe('2011');
    expect(patchBetween(saved, saved, WORK_FIELDS)).toBeNull();
    const edited = {
      ...saved,
      texts: { ...saved.texts, title: 'Global Migration Governance, 2nd ed.', publisher: '' },
      names: {
        ...saved.names,
        author: [...saved.names.author!, { literal: 'UNHCR' }, { family: '' }],
      },
    };
    expect(patchBetween(saved, edited, WORK_FIELDS)).toEqual({
      fields: {
        title: 'Global Migration Governance, 2nd ed.',
        publisher: null,
        author: [{ family: 'Betts', given: 'Alexander' }, { literal: 'UNHCR' }],
      },
    });
    expect(patchBetween(saved, { ...saved, type: 'report' }, WORK_FIELDS)).toEqual({
      type: 'report',
    });
  });

  it('keeps a field it cannot read out of the save, and says why', () => {
    const saved = stateOfCsl(csl, WORK_FIELDS);
    const bad = { ...saved, texts: { ...saved.texts, issued: 'last spring', DOI: '10.1000/xyz' } };
    expect(valuesOf(bad, WORK_FIELDS).problems.issued).toMatch(/^Write a date as 2011/);
    expect(patchBetween(saved, bad, WORK_FIELDS)).toEqual({ fields: { DOI: '10.1000/xyz' } });
  });

  it('saves over a work changed elsewhere unless the same field was changed there', () => {
    const base = stateOfCsl(csl, WORK_FIELDS);
    const mine = { ...base, texts: { ...base.texts, title: 'Global Migration Governance (ed.)' } };
    const patch = patchBetween(base, mine, WORK_FIELDS);
    // The command line set the publisher and tagged it (tags are not the editor's): no clash.
    const cli = { ...base, texts: { ...base.texts, publisher: 'OUP' } };
    expect(clashingFields(base, cli, patch, WORK_FIELDS)).toEqual([]);
    // It changed the title too: the user's title would overwrite it, so it clashes.
    const both = { ...cli, texts: { ...cli.texts, title: 'GMG' } };
    expect(clashingFields(base, both, patch, WORK_FIELDS)).toEqual(['title']);
    const retyped = patchBetween(base, { ...base, type: 'report' }, WORK_FIELDS);
    expect(clashingFields(base, { ...base, type: 'chapter' }, retyped, WORK_FIELDS)).toEqual([
      'type',
    ]);
  });
});

describe('typed values', () => {
  it('reads dates, n.d. and in press; normalises a DOI; checks an ISBN’s check digit', () => {
    expect(checkTyped('issued', 'date', '2011-05-03')).toEqual({
      ok: true,
      value: { 'date-parts': [[2011, 5, 3]] },
      note: 'Reads: 3 May 2011',
    });
    expect(checkTyped('issued', 'date', 'in press')).toMatchObject({
      ok: true,
      value: { literal: 'in press' },
    });
    expect(checkTyped('issued', 'date', '2011-13')).toMatchObject({ ok: false });
    expect(checkTyped('DOI', 'identifier', 'https://doi.org/10.1093/abc')).toEqual({
      ok: true,
      value: '10.1093/abc',
      note: 'Kept as 10.1093/abc',
    });
    expect(checkTyped('DOI', 'identifier', 'not a doi')).toMatchObject({ ok: false });
    expect(checkTyped('ISBN', 'identifier', '978-0-19-960045-8')).toMatchObject({ ok: true });
    expect(checkTyped('ISBN', 'identifier', '978-0-19-960045-9')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/check digit is wrong/),
    });
    expect(checkTyped('title', 'text', '  ')).toEqual({ ok: true, value: null });
  });
});

describe('wording', () => {
  const none = { notes: [], lists: [], userClaims: [], documents: [] };
  it('says what deleting or renaming a work touches', () => {
    expect(describeUse(none)).toBe('');
    expect(
      describeUse({
        ...none,
        documents: [{ documentId: 'd', references: 1 }],
        notes: [
          { id: 'n1', title: 'A', inTrash: false },
          { id: 'n2', title: 'B', inTrash: true },
        ],
        lists: [{ id: 'l', name: 'Seminar' }],
      }),
    ).toBe('cited by 1 paper, linked by 1 note, on 1 reading list (“Seminar”)');
    expect(describeReferences(none)).toBe('nothing else in the library');
    expect(
      describeReferences({
        ...none,
        notes: [{ id: 'n', title: 'A', inTrash: false }],
        lists: [
          { id: 'l', name: 'x' },
          { id: 'm', name: 'y' },
        ],
      }),
    ).toBe('1 note and 2 reading lists');
  });

  it('describes a saved filter’s query', () => {
    expect(
      describeQuery(
        {
          text: 'migration',
          types: ['book', 'chapter'],
          tags: ['to read'],
          yearFrom: 2000,
          yearTo: null,
        },
        typeLabel,
      ),
    ).toBe('Book or Chapter, tagged to read, 2000 or later, “migration”');
  });

  it('shows a column where the chooser lists it, and never hides the title', () => {
    expect(toggleColumn(['author', 'title'], 'year')).toEqual(['author', 'year', 'title']);
    expect(toggleColumn(['author', 'title'], 'author')).toEqual(['title']);
    expect(toggleColumn(['title'], 'title')).toEqual(['title']);
  });
});
