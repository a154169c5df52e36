/**
 * src/core/formats: every bibliography format Scholion reads and writes (BibTeX, BibLaTeX, RIS,
 * CSL-JSON), formatted bibliographies and citations (CSL styles through citeproc), and
 * manuscript citations. The only code that imports citation-js (see citationJs.ts).
 */
export { exportWorks, type ExportOptions, type ListItemNote } from './export';
export { parseBibliographyFile, sniffFormat } from './parse';
export { bibliographyFileText, type FileText } from './fileText';
export {
  formatBibliography,
  formatReference,
  formatInTextCitation,
  formatInTextCluster,
  htmlDocument,
  parseLocator,
  type FormatOptions,
  type InTextOptions,
} from './format';
export { formatManuscriptCitation, type ManuscriptOptions } from './manuscript';
export { warmUpBibliography, warmUpSteps } from './csl/warmUp';
export {
  canPrepareEntries,
  entryDigest,
  formatBibliographyFrom,
  prepareEntries,
  preparedEntriesVersion,
  type PreparedEntries,
  type PreparedEntry,
} from './csl/assemble';
export { registerCslStyle, registerCslLocale, hasCslResources } from './csl/resources';
export * from './types';
export { extraBibFields, rebuildBibSource } from './bibtex/rebuildSource';
