/**
 * The fields a work's editor offers: CSL-JSON variables (the internal model) with a label, what
 * kind of value each holds, and the BibTeX / BibLaTeX fields they correspond to, for users who
 * think in those. One table, from which validation, the CLI's `--field` names and the UI derive.
 */

/** How a field's value is held. */
export type FieldKind = 'text' | 'long-text' | 'names' | 'date' | 'number' | 'identifier';

export interface WorkFieldInfo {
  /** The CSL variable ("container-title"). */
  csl: string;
  label: string;
  kind: FieldKind;
  /** The BibTeX field it maps to, or null when BibTeX has none. */
  bibtex: string | null;
  /** The BibLaTeX field it maps to, or null. */
  biblatex: string | null;
}

const f = (
  csl: string,
  label: string,
  kind: FieldKind,
  bibtex: string | null,
  biblatex: string | null = bibtex,
): WorkFieldInfo => ({ csl, label, kind, bibtex, biblatex });

/** Every field the editor knows, in the order it shows them. */
export const WORK_FIELDS: readonly WorkFieldInfo[] = [
  f('title', 'Title', 'text', 'title'),
  f('title-short', 'Short title', 'text', null, 'shorttitle'),
  f('author', 'Authors', 'names', 'author'),
  f('editor', 'Editors', 'names', 'editor'),
  f('translator', 'Translators', 'names', null, 'translator'),
  f('container-author', 'Book authors', 'names', null, 'bookauthor'),
  f('collection-editor', 'Series editors', 'names', null, 'editor'),
  f('director', 'Directors', 'names', null, 'director'),
  f('interviewer', 'Interviewers', 'names', null, 'interviewer'),
  f('recipient', 'Recipients', 'names', null, 'recipient'),
  f('issued', 'Date', 'date', 'year', 'date'),
  f('accessed', 'Accessed', 'date', null, 'urldate'),
  f('original-date', 'Original date', 'date', null, 'origdate'),
  f('event-date', 'Event date', 'date', null, 'eventdate'),
  f('container-title', 'Published in', 'text', 'journal', 'journaltitle'),
  f('collection-title', 'Series', 'text', 'series'),
  f('collection-number', 'Number in series', 'text', 'number'),
  f('volume', 'Volume', 'number', 'volume'),
  f('number-of-volumes', 'Number of volumes', 'number', null, 'volumes'),
  f('issue', 'Issue', 'number', 'number'),
  f('page', 'Pages', 'text', 'pages'),
  f('number-of-pages', 'Number of pages', 'number', null, 'pagetotal'),
  f('edition', 'Edition', 'text', 'edition'),
  f('publisher', 'Publisher', 'text', 'publisher'),
  f('publisher-place', 'Place', 'text', 'address', 'location'),
  f('event-title', 'Event', 'text', null, 'eventtitle'),
  f('event-place', 'Event place', 'text', null, 'venue'),
  f('authority', 'Authority', 'text', 'institution'),
  f('genre', 'Genre', 'text', 'type'),
  f('medium', 'Medium', 'text', null, 'howpublished'),
  f('number', 'Number', 'text', 'number'),
  f('chapter-number', 'Chapter', 'text', 'chapter'),
  f('section', 'Section', 'text', null, 'chapter'),
  f('version', 'Version', 'text', null, 'version'),
  f('status', 'Status', 'text', null, 'pubstate'),
  f('DOI', 'DOI', 'identifier', 'doi'),
  f('ISBN', 'ISBN', 'identifier', 'isbn'),
  f('ISSN', 'ISSN', 'identifier', 'issn'),
  f('URL', 'URL', 'identifier', 'url'),
  f('PMID', 'PubMed ID', 'identifier', null, 'eprint'),
  f('archive', 'Archive', 'text', null, 'library'),
  f('archive_location', 'Archive location', 'text', null, 'library'),
  f('abstract', 'Abstract', 'long-text', 'abstract'),
  f('language', 'Language', 'text', 'language', 'langid'),
  f('keyword', 'Keywords', 'text', 'keywords'),
  f('note', 'Note', 'long-text', 'note'),
];

/** CSL 1.0.2 variables the editor does not list, kept when a record has them (imports, paste). */
const OTHER_NAMES = [
  'chair',
  'compiler',
  'composer',
  'contributor',
  'curator',
  'editorial-director',
  'executive-producer',
  'guest',
  'host',
  'illustrator',
  'narrator',
  'organizer',
  'original-author',
  'performer',
  'producer',
  'reviewed-author',
  'script-writer',
  'series-creator',
];
const OTHER_DATES = ['available-date', 'submitted'];
const OTHER_TEXT = [
  'annote',
  'archive_collection',
  'archive-place',
  'call-number',
  'citation-label',
  'citation-number',
  'container-title-short',
  'dimensions',
  'division',
  'event',
  'first-reference-note-number',
  'jurisdiction',
  'locator',
  'original-publisher',
  'original-publisher-place',
  'original-title',
  'page-first',
  'part',
  'part-title',
  'PMCID',
  'printing',
  'references',
  'reviewed-genre',
  'reviewed-title',
  'scale',
  'source',
  'supplement',
  'title-short',
  'volume-title',
  'year-suffix',
  'journalAbbreviation',
  'shortTitle',
  'number-of-volumes',
];

const BY_CSL = new Map<string, WorkFieldInfo>([
  ...OTHER_NAMES.map((n): [string, WorkFieldInfo] => [n, f(n, n, 'names', null)]),
  ...OTHER_DATES.map((n): [string, WorkFieldInfo] => [n, f(n, n, 'date', null)]),
  ...OTHER_TEXT.map((n): [string, WorkFieldInfo] => [n, f(n, n, 'text', null)]),
  ...WORK_FIELDS.map((x): [string, WorkFieldInfo] => [x.csl, x]),
]);

/** The field's description (also for CSL variables the editor does not list), or undefined. */
export function workField(csl: string): WorkFieldInfo | undefined {
  return BY_CSL.get(csl);
}

/** True for a field name `createWork` / `updateWork` accept. */
export function isKnownField(name: string): boolean {
  return BY_CSL.has(name);
}

/** The CSL variable a BibTeX/BibLaTeX field name stands for ("journal" -> "container-title"). */
export function cslFieldForBibField(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower === 'year' || lower === 'date') return 'issued';
  if (lower === 'number') return 'issue';
  if (lower === 'journal' || lower === 'journaltitle' || lower === 'booktitle')
    return 'container-title';
  return WORK_FIELDS.find((x) => x.bibtex === lower || x.biblatex === lower)?.csl;
}
