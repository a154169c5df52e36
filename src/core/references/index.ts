// Public API of reference lists: finding, splitting, linking, and the whole analysis of a paper.
export type {
  CitationStyle,
  DocumentCitation,
  NoteText,
  ParsedReference,
  ReferenceAnalysis,
  ReferenceEntry,
  ReferenceParser,
  UnresolvedCitation,
} from './model';
export type { AnalyseOptions, AnalysisText } from './analyse';
export { analyseReferencesAndCitations, linkAuthorYearCitations } from './analyse';
export type { Link } from './linkCitations';
export { findReferenceList } from './findReferenceList';
export { splitEntries } from './splitEntries';
