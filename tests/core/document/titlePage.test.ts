// Title page reading on synthetic documents: front matter, authors, "prepared for" statements, no title.
import { describe, expect, it } from 'vitest';
import { DocumentParseError, parseDocument } from '../../../src/core/document';
import { expectConsistentOffsets } from './helpers';

describe('title page', () => {
  it('reads a document without front matter', () => {
    const doc = parseDocument(
      '# On Things\n\n*Jane Q. Doe, Institute of Things*  \n*Karl van der Berg*\n\n## Introduction\n\nBody text.\n',
    );
    expect(doc.meta).toMatchObject({
      title: 'On Things',
      authors: [
        { name: 'Jane Q. Doe', affiliation: 'Institute of Things' },
        { name: 'Karl van der Berg', affiliation: null },
      ],
      kind: 'paper',
      conference: null,
      frontMatter: [],
      excerpt: null,
    });
    expect(doc.text).toBe('Introduction\n\nBody text.');
    expect(doc.abstract).toBeNull();
    expectConsistentOffsets(doc);
  });

  it('puts blocks before the title and unrecognised title-page blocks in front matter', () => {
    const doc = parseDocument(
      '**PUBLISHER**\n\nSome Institute\n\n# The Title\n\n*A. N. Author, Uni*\n\n© 2020 Publisher. All rights reserved.\n\n## Abstract\n\nShort abstract.\n\n## One\n\nText.\n',
    );
    expect(doc.meta.frontMatter).toEqual([
      'PUBLISHER',
      'Some Institute',
      '© 2020 Publisher. All rights reserved.',
    ]);
    expect(doc.abstract).toBe('Short abstract.');
    expect(doc.text).not.toContain('rights reserved');
  });

  it('takes an emphasised line that is not a name as front matter, not as an author', () => {
    const doc = parseDocument('# T\n\n*Work in progress, do not cite*\n\n## S\n\nText.\n');
    expect(doc.meta.authors).toEqual([]);
    expect(doc.meta.frontMatter).toEqual(['Work in progress, do not cite']);
  });

  it('starts the body right after the title page when no heading follows the title', () => {
    const doc = parseDocument('# T\n\n*Ann Smith, Uni*\n\nFirst body paragraph.\n\nSecond.\n');
    expect(doc.meta.authors).toHaveLength(1);
    expect(doc.meta.frontMatter).toEqual([]);
    expect(doc.text).toBe('First body paragraph.\n\nSecond.');
    expect(doc.sections).toEqual([]);
    expect(doc.blocks.every((b) => b.sectionId === null)).toBe(true);
  });

  it('treats a source without a # title as body only', () => {
    const doc = parseDocument('Just a paragraph.\n\n## A heading\n\nMore.\n');
    expect(doc.meta.title).toBe('');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Just a paragraph.', 'A heading', 'More.']);
    expect(doc.blocks[0]!.sectionId).toBeNull();
    expect(doc.blocks[2]!.sectionId).toBe('s1');
  });

  it('reads a workshop paper with US-style dates ', () => {
    const doc = parseDocument(
      '# T\n\nPaper presented at the Annual Workshop on Borders  \nMarch 30–April 2, 2015\n\n## S\n\nText.\n',
    );
    expect(doc.meta.kind).toBe('workshop paper');
    expect(doc.meta.conference).toEqual({
      name: 'Annual Workshop on Borders',
      place: null,
      dates: 'March 30–April 2, 2015',
      startDate: '2015-03-30',
      endDate: '2015-04-02',
    });
  });

  it.each([
    [
      '14-15 January 2013, Geneva, Switzerland',
      '14-15 January 2013',
      'Geneva, Switzerland',
      '2013-01-14',
      '2013-01-15',
    ],
    [
      'Geneva, Switzerland, 14–15 January 2013',
      '14–15 January 2013',
      'Geneva, Switzerland',
      '2013-01-14',
      '2013-01-15',
    ],
    [
      '30 January - 2 February 2013, Bern',
      '30 January - 2 February 2013',
      'Bern',
      '2013-01-30',
      '2013-02-02',
    ],
    [
      '30 December 2012 – 2 January 2013, Bern',
      '30 December 2012 – 2 January 2013',
      'Bern',
      '2012-12-30',
      '2013-01-02',
    ],
    ['June 5-7, 2014, Oslo', 'June 5-7, 2014', 'Oslo', '2014-06-05', '2014-06-07'],
    ['14-15 January 2013\nGeneva', '14-15 January 2013', 'Geneva', '2013-01-14', '2013-01-15'],
    ['9 Sept. 2011', '9 Sept. 2011', null, '2011-09-09', '2011-09-09'],
    ['31 February 2013, Nowhere', '31 February 2013', 'Nowhere', null, null],
  ])('reads the date line "%s"', (line, dates, place, startDate, endDate) => {
    const doc = parseDocument(
      `# T\n\nDraft paper prepared for the Big Conference  \n${line}\n\n## S\n\nText.\n`,
    );
    expect(doc.meta.conference).toEqual({
      name: 'Big Conference',
      place,
      dates,
      startDate,
      endDate,
    });
    expect(doc.meta.kind).toBe('draft conference paper');
  });

  it('rejects an empty source with a message a user can act on', () => {
    expect(() => parseDocument(' \n\n ')).toThrow(DocumentParseError);
    expect(() => parseDocument('')).toThrow(/empty/);
  });
});
