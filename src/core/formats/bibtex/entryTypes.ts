/** Entry types of classic BibTeX; any other type makes an entry BibLaTeX. */
export const BIBTEX_TYPES: ReadonlySet<string> = new Set([
  'article',
  'book',
  'booklet',
  'conference',
  'inbook',
  'incollection',
  'inproceedings',
  'manual',
  'mastersthesis',
  'misc',
  'phdthesis',
  'proceedings',
  'techreport',
  'unpublished',
]);
