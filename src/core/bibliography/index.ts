/** The bibliography: loading CSL-JSON into works, citation keys, and resolving citations. */
export type * from './model';
export { loadBibliography, BibliographyError, type LoadOptions } from './load';
export {
  buildWorkIndex,
  resolveCitation,
  findWorkByKey,
  type WorkIndex,
  type CitationQuery,
} from './resolve';
export { makeCitationKey, isValidCitationKey, corporateKeyName } from './keys';
export {
  workLabel,
  workYear,
  workYearSuffix,
  workAuthorsShort,
  citedNames,
  shortName,
  cslYear,
  UNTITLED,
} from './summary';
export { parseLabel, labelKeyOf } from './labels';
export { workListing, type WorkListing } from './listing';
export {
  workFilterText,
  foldFilterText,
  filterWords,
  matchesFilterText,
  filterNarrows,
} from './filterText';
export { FilterIndex, type RowMatches, type RowTexts } from './filterIndex';
export { CITATION_KEY_PATTERN, CSL_TYPES } from './schema';
export { foldDiacritics } from './normalise';
