// loadBibliography: CSL-JSON into works, and errors that say which record and what to fix.
import { describe, expect, it } from 'vitest';
import { BibliographyError, loadBibliography } from '../../../src/core/bibliography';

const valid = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'betts2011c',
  'citation-key': 'betts2011c',
  type: 'chapter',
  title: 'The Global Governance of Migration',
  author: [{ family: 'Betts', given: 'Alexander' }],
  issued: { 'date-parts': [[2011]] },
  ...over,
});

/** The issues loadBibliography reports for `items` (fails the test if it does not throw). */
function issuesOf(items: unknown, requireYear = true): readonly string[] {
  try {
    loadBibliography(items, { kind: 'bundled' }, { requireYear });
  } catch (error) {
    if (error instanceof BibliographyError) return error.issues;
    throw error;
  }
  throw new Error('expected loadBibliography to throw');
}

describe('loading valid records', () => {
  it('lifts Scholion’s custom fields into the work and keeps the rest of the CSL', () => {
    const custom = {
      confidence: 'likely',
      source: 'https://example.org',
      remark: 'pages not verified',
      citedAs: ['Betts 2011c'],
      aliases: ['betts2011x'],
      zoteroKey: 'ABC123',
    };
    const input = [valid({ custom, page: '41-60' })];
    const snapshot = structuredClone(input);
    const [work] = loadBibliography(input, { kind: 'imported', file: 'a.json' });
    expect(work).toEqual({
      citationKey: 'betts2011c',
      csl: {
        ...valid(),
        page: '41-60',
        custom: { zoteroKey: 'ABC123' },
      },
      provenance: { kind: 'imported', file: 'a.json' },
      confidence: { level: 'likely', source: 'https://example.org', remark: 'pages not verified' },
      citedAs: ['Betts 2011c'],
      aliases: ['betts2011x'],
      tags: [],
    });
    expect(input).toEqual(snapshot);
  });

  it('takes the key from id when there is no citation-key, and has no confidence without custom', () => {
    const { 'citation-key': _omit, ...record } = valid();
    const [work] = loadBibliography([record], { kind: 'user' });
    expect(work?.citationKey).toBe('betts2011c');
    expect(work?.csl['citation-key']).toBe('betts2011c');
    expect(work?.confidence).toBeNull();
    expect(work?.citedAs).toEqual([]);
  });

  it('accepts an empty bibliography, and records without a year when told to', () => {
    expect(loadBibliography([], { kind: 'bundled' })).toEqual([]);
    const { issued: _omit, ...undated } = valid();
    const works = loadBibliography([undated], { kind: 'user' }, { requireYear: false });
    expect(works).toHaveLength(1);
  });
});

describe('actionable errors', () => {
  it('rejects something that is not an array', () => {
    expect(issuesOf({ items: [] })).toEqual([
      'the bibliography must be a JSON array of CSL-JSON records, not an object',
    ]);
  });

  it('names the record by number and key: missing title', () => {
    const { title: _omit, ...untitled } = valid();
    expect(issuesOf([valid({ id: 'a1', 'citation-key': 'a1' }), untitled])).toEqual([
      'record 2 (`betts2011c`): missing title',
    ]);
  });

  it('reports an empty title, a record that is not an object, and a missing type', () => {
    const { type: _omit, ...untyped } = valid();
    expect(issuesOf([valid({ title: '  ' }), 'betts2011c', untyped])).toEqual([
      'record 1 (`betts2011c`): title is empty',
      'record 2: must be a CSL-JSON object, not a string',
      'record 3 (`betts2011c`): missing type',
    ]);
  });

  it('suggests CSL types for an unknown one', () => {
    expect(issuesOf([valid({ type: 'article-jornal' })])).toEqual([
      'record 1 (`betts2011c`): unknown type "article-jornal"; use a CSL type such as article, article-journal, article-magazine, article-newspaper',
    ]);
  });

  it('asks for an issued year', () => {
    const { issued: _omit, ...undated } = valid();
    expect(issuesOf([undated])).toEqual([
      'record 1 (`betts2011c`): missing issued year; add "issued": {"date-parts": [[YEAR]]}',
    ]);
    expect(issuesOf([valid({ issued: { literal: 'forthcoming' } })])).toEqual([
      'record 1 (`betts2011c`): issued has no year; give it as {"date-parts": [[2011]]}',
    ]);
  });

  it('explains invalid keys and keys that disagree', () => {
    expect(issuesOf([valid({ id: 'Betts:2011', 'citation-key': 'Betts:2011' })])).toEqual([
      'record 1 (`Betts:2011`): citation key `Betts:2011` is not valid: use lower-case ASCII letters and digits, starting with a letter (e.g. smith2010a)',
    ]);
    expect(issuesOf([valid({ id: 'b2011' })])).toEqual([
      'record 1 (`betts2011c`): id `b2011` and citation-key `betts2011c` differ; make them the same',
    ]);
  });

  it('points at the bad name', () => {
    expect(issuesOf([valid({ author: [{ family: 'Betts' }, { given: 'Alexander' }] })])).toEqual([
      'record 1 (`betts2011c`): author[1] needs a family name or a literal (corporate) name',
    ]);
    expect(issuesOf([valid({ editor: 'Kunz' })])).toEqual([
      'record 1 (`betts2011c`): editor must be array, not a string',
    ]);
  });

  it('checks Scholion’s custom block', () => {
    expect(issuesOf([valid({ custom: { confidence: 'sure', source: 'x' } })])).toEqual([
      'record 1 (`betts2011c`): custom.confidence is "sure"; expected one of "verified", "likely", "guess"',
    ]);
    expect(issuesOf([valid({ custom: { confidence: 'likely' } })])).toEqual([
      'record 1 (`betts2011c`): custom has a confidence but no source; say where the facts came from',
    ]);
    expect(issuesOf([valid({ custom: { aliases: ['IAMM 2004'] } })])).toEqual([
      'record 1 (`betts2011c`): custom.aliases[0] `IAMM 2004` is not a valid citation key (lower-case letters and digits)',
    ]);
    expect(issuesOf([valid({ custom: { citedAs: ['Betts'] } })])).toEqual([
      'record 1 (`betts2011c`): custom.citedAs label "Betts" has no year; write it as e.g. "Betts 2011c"',
    ]);
  });

  it('finds duplicate keys, aliases that clash with keys, and a label given to two works', () => {
    const fom = valid({ id: 'fom2004', 'citation-key': 'fom2004', custom: { aliases: ['iamm2004'], citedAs: ['IAMM 2004'] } });
    const iamm = valid({ id: 'iamm2004', 'citation-key': 'iamm2004', custom: { citedAs: ['IAMM 2004'] } });
    expect(issuesOf([valid(), valid(), fom, iamm])).toEqual([
      '`betts2011c`: citation key `betts2011c` is already used by `betts2011c`',
      '`fom2004`: alias `iamm2004` is already used by `iamm2004`',
      '`iamm2004`: cited label "IAMM 2004" is also given for `fom2004`',
    ]);
  }); // prettier-ignore

  it('reports every problem at once, in a message that lists them', () => {
    const { title: _omit, ...untitled } = valid();
    let message = '';
    try {
      loadBibliography([untitled, valid({ type: 'bok', id: 'x1', 'citation-key': 'x1' })], {
        kind: 'bundled',
      });
    } catch (error) {
      message = error instanceof Error ? error.message : '';
    }
    expect(message).toBe(
      'The bibliography has 2 problems:\n' +
        '- record 1 (`betts2011c`): missing title\n' +
        '- record 2 (`x1`): unknown type "bok"; use a CSL type such as book',
    );
  });
});
