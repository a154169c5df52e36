/**
 * The kinds of work a user can add by hand (CSL item types), each with the fields it uses and
 * its BibTeX / BibLaTeX entry type. Changing a work's type never drops a field: fields the new
 * type does not use are kept and reported (`fieldsOutsideType`).
 */
import { CSL_TYPES } from '../bibliography/schema';

export interface WorkTypeInfo {
  /** The CSL type ("article-journal"). */
  csl: string;
  label: string;
  /** BibTeX entry type ("article"). */
  bibtex: string;
  /** BibLaTeX entry type ("article"). */
  biblatex: string;
  /** CSL variables the editor shows for it, in order (see fields.ts). */
  fields: readonly string[];
}

const COMMON_END = ['DOI', 'URL', 'accessed', 'abstract', 'language', 'keyword', 'note'];

const t = (
  csl: string,
  label: string,
  bibtex: string,
  biblatex: string,
  fields: readonly string[],
): WorkTypeInfo => ({ csl, label, bibtex, biblatex, fields: [...fields, ...COMMON_END] });

/** The types offered when adding a work, most used first. */
export const WORK_TYPES: readonly WorkTypeInfo[] = [
  t('article-journal', 'Journal article', 'article', 'article', [
    'title',
    'author',
    'issued',
    'container-title',
    'volume',
    'issue',
    'page',
    'ISSN',
  ]),
  t('book', 'Book', 'book', 'book', [
    'title',
    'author',
    'editor',
    'translator',
    'issued',
    'edition',
    'publisher',
    'publisher-place',
    'collection-title',
    'collection-number',
    'volume',
    'number-of-pages',
    'ISBN',
  ]),
  t('chapter', 'Book chapter', 'incollection', 'incollection', [
    'title',
    'author',
    'container-title',
    'editor',
    'translator',
    'issued',
    'page',
    'edition',
    'publisher',
    'publisher-place',
    'collection-title',
    'ISBN',
  ]),
  t('paper-conference', 'Conference paper', 'inproceedings', 'inproceedings', [
    'title',
    'author',
    'container-title',
    'editor',
    'event-title',
    'event-place',
    'issued',
    'page',
    'publisher',
    'publisher-place',
  ]),
  t('report', 'Report', 'techreport', 'report', [
    'title',
    'author',
    'issued',
    'publisher',
    'publisher-place',
    'genre',
    'number',
    'collection-title',
  ]),
  t('thesis', 'Thesis', 'phdthesis', 'thesis', [
    'title',
    'author',
    'issued',
    'genre',
    'publisher',
    'publisher-place',
  ]),
  t('webpage', 'Web page', 'misc', 'online', ['title', 'author', 'issued', 'container-title']),
  t('dataset', 'Dataset', 'misc', 'dataset', [
    'title',
    'author',
    'issued',
    'publisher',
    'version',
    'medium',
  ]),
  t('legislation', 'Legislation', 'misc', 'legislation', [
    'title',
    'authority',
    'issued',
    'container-title',
    'number',
    'section',
  ]),
  t('manuscript', 'Manuscript', 'unpublished', 'unpublished', [
    'title',
    'author',
    'issued',
    'genre',
    'publisher-place',
    'archive',
    'archive_location',
  ]),
  t('article-magazine', 'Magazine article', 'article', 'article', [
    'title',
    'author',
    'issued',
    'container-title',
    'volume',
    'issue',
    'page',
  ]),
  t('article-newspaper', 'Newspaper article', 'article', 'article', [
    'title',
    'author',
    'issued',
    'container-title',
    'section',
    'page',
  ]),
  t('collection', 'Edited book', 'book', 'collection', [
    'title',
    'editor',
    'issued',
    'edition',
    'publisher',
    'publisher-place',
    'collection-title',
    'volume',
    'ISBN',
  ]),
  t('entry-encyclopedia', 'Encyclopedia entry', 'incollection', 'inreference', [
    'title',
    'author',
    'container-title',
    'editor',
    'issued',
    'volume',
    'page',
    'publisher',
    'publisher-place',
  ]),
  t('review', 'Review', 'article', 'review', [
    'title',
    'author',
    'issued',
    'container-title',
    'volume',
    'issue',
    'page',
  ]),
  t('speech', 'Presentation', 'misc', 'unpublished', [
    'title',
    'author',
    'issued',
    'event-title',
    'event-place',
    'genre',
  ]),
  t('software', 'Software', 'misc', 'software', [
    'title',
    'author',
    'issued',
    'version',
    'publisher',
  ]),
  t('patent', 'Patent', 'misc', 'patent', ['title', 'author', 'issued', 'number', 'authority']),
  t('interview', 'Interview', 'misc', 'misc', [
    'title',
    'author',
    'interviewer',
    'issued',
    'medium',
  ]),
  t('personal_communication', 'Personal communication', 'misc', 'letter', [
    'title',
    'author',
    'recipient',
    'issued',
  ]),
  t('post-weblog', 'Blog post', 'misc', 'online', ['title', 'author', 'issued', 'container-title']),
  t('document', 'Other document', 'misc', 'misc', [
    'title',
    'author',
    'issued',
    'publisher',
    'publisher-place',
  ]),
];

const BY_TYPE = new Map(WORK_TYPES.map((x) => [x.csl, x]));

/** The type's description; for a CSL type not offered when adding, a generic one. */
export function workType(csl: string): WorkTypeInfo | undefined {
  const known = BY_TYPE.get(csl);
  if (known) return known;
  if (!(CSL_TYPES as readonly string[]).includes(csl)) return undefined;
  return t(csl, csl.replace(/[-_]/g, ' '), 'misc', 'misc', ['title', 'author', 'issued']);
}

/**
 * The CSL type a user typed: a CSL type ("article-journal"), a label ("Journal article"), or a
 * BibTeX/BibLaTeX entry type ("article", "inproceedings"); undefined when none matches.
 */
export function resolveWorkType(input: string): string | undefined {
  const wanted = input.trim().toLowerCase();
  if ((CSL_TYPES as readonly string[]).includes(wanted)) return wanted;
  const byLabel = WORK_TYPES.find((x) => x.label.toLowerCase() === wanted);
  if (byLabel) return byLabel.csl;
  return WORK_TYPES.find((x) => x.bibtex === wanted || x.biblatex === wanted)?.csl;
}

/**
 * Fields of `fields` (CSL variable names) the type does not show; they are kept all the same,
 * and the editor lists them apart ("kept from the previous type").
 */
export function fieldsOutsideType(type: string, fields: Iterable<string>): string[] {
  const shown = new Set(workType(type)?.fields ?? []);
  const ignored = new Set(['id', 'type', 'citation-key']);
  return [...fields].filter((x) => !shown.has(x) && !ignored.has(x));
}
