// The Papers view's pure parts: order and filter, which dropped file is a paper, which paper a
// work is, and the correction form's fields.
import { describe, expect, it } from 'vitest';
import type { DocumentEntry } from '../../src/renderer/api/documents';
import { authorsShort, sortPapers } from '../../src/renderer/features/papers/paperRows';
import { droppedFileRole } from '../../src/renderer/features/papers/paperFiles';
import { cslFieldsOf, formOfCsl } from '../../src/renderer/features/papers/referenceFields';
import { staleFor } from '../../src/renderer/api/dataChanges';

const paper = (id: string, fields: Partial<DocumentEntry>): DocumentEntry =>
  ({
    id,
    title: id,
    authors: [],
    year: null,
    kind: 'markdown',
    citations: 0,
    references: 0,
    worksLinked: 0,
    warnings: [],
    ...fields,
  }) as DocumentEntry;

const PAPERS = [
  paper('a', { title: 'Zeta', authors: ['Émile Durand'], year: '2019', citations: 4 }),
  paper('b', { title: 'alpha', authors: ['Ann Lee', 'Bo Kim'], year: null, citations: 12 }),
  paper('c', { title: 'Mu', authors: ['Carl Roe'], year: '2001', citations: 4, warnings: ['x'] }),
];
const ids = (list: DocumentEntry[]) => list.map((p) => p.id);

describe('sortPapers', () => {
  it('sorts by title regardless of case, and reverses', () => {
    expect(ids(sortPapers(PAPERS, 'title', 'ascending'))).toEqual(['b', 'c', 'a']);
    expect(ids(sortPapers(PAPERS, 'title', 'descending'))).toEqual(['a', 'c', 'b']);
  });

  it('sorts counts with ties by title, and keeps papers without a year last both ways', () => {
    expect(ids(sortPapers(PAPERS, 'citations', 'descending'))).toEqual(['b', 'c', 'a']);
    expect(ids(sortPapers(PAPERS, 'year', 'ascending'))).toEqual(['c', 'a', 'b']);
    expect(ids(sortPapers(PAPERS, 'year', 'descending'))).toEqual(['a', 'c', 'b']);
    expect(ids(sortPapers(PAPERS, 'warnings', 'descending'))[0]).toBe('c');
  });

  it('filters on every word, accents and case aside', () => {
    expect(ids(sortPapers(PAPERS, 'title', 'ascending', 'durand 2019'))).toEqual(['a']);
    expect(ids(sortPapers(PAPERS, 'title', 'ascending', 'EMILE'))).toEqual(['a']);
    expect(ids(sortPapers(PAPERS, 'title', 'ascending', 'durand 2001'))).toEqual([]);
  });

  it('names authors as the list shows them', () => {
    expect(authorsShort(['Sandra Lavenex', 'Marion Panizzon'])).toBe('Lavenex & Panizzon');
    expect(authorsShort(['A B', 'C D', 'E F'])).toBe('B, D & F');
    expect(authorsShort(['A B', 'C D', 'E F', 'G H'])).toBe('B et al.');
  });
});

describe('droppedFileRole', () => {
  it('imports bibliographies and adds papers', () => {
    expect(droppedFileRole('refs.bib', '')).toBe('import');
    expect(droppedFileRole('refs.RIS', '')).toBe('import');
    expect(droppedFileRole('items.json', '[')).toBe('import');
    expect(droppedFileRole('paper.md', '# Title')).toBe('paper');
    expect(droppedFileRole('paper.txt', 'A study of migration')).toBe('paper');
    expect(droppedFileRole('scan.pdf', '%PDF-1.7')).toBe('paper');
  });

  it('imports a .txt that starts like RIS or BibTeX', () => {
    expect(droppedFileRole('export.txt', 'TY  - JOUR\nAU  - Smith')).toBe('import');
    expect(droppedFileRole('export.txt', '\n@article{smith2019,')).toBe('import');
  });
});

describe('the correction form', () => {
  it('shows what the parser read and sends it back as CSL-JSON', () => {
    const form = formOfCsl({
      id: 'r1',
      type: 'article-journal',
      title: 'The Power of Partnerships',
      author: [{ family: 'Abrahamsen', given: 'Rita' }, { literal: 'UNHCR' }],
      issued: { 'date-parts': [[2004]] },
      'container-title': 'Third World Quarterly',
    });
    expect(form).toEqual({
      authors: 'Abrahamsen, Rita; UNHCR',
      year: '2004',
      title: 'The Power of Partnerships',
      container: 'Third World Quarterly',
      doi: '',
    });
    expect(cslFieldsOf({ ...form, year: 'forthcoming', doi: 'https://doi.org/10.1/X' })).toEqual({
      author: [{ family: 'Abrahamsen', given: 'Rita' }, { literal: 'UNHCR' }],
      issued: { literal: 'forthcoming' },
      title: 'The Power of Partnerships',
      'container-title': 'Third World Quarterly',
      DOI: '10.1/X',
    });
    expect(formOfCsl(null).title).toBe('');
  });
});

describe('staleFor', () => {
  it('reloads the documents named, all of them on a works change, none on a note', () => {
    expect(staleFor([{ collection: 'notes', ids: ['n1'] }])).toEqual({
      domains: ['notes'],
      documents: undefined,
    });
    expect(
      staleFor([
        { collection: 'documents', ids: ['d-1'] },
        { collection: 'documents', ids: ['d-2'] },
      ]).documents,
    ).toEqual(['d-1', 'd-2']);
    expect(
      staleFor([
        { collection: 'works', ids: ['w1'] },
        { collection: 'documents', ids: ['d-1'] },
      ]),
    ).toEqual({ domains: ['lists'], documents: null });
    expect(staleFor([{ collection: 'documents', ids: null }]).documents).toBeNull();
  });
});
