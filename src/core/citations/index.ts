// Public API of the citation parser.
export type { Citation, ResolvedCitation } from './model';
export type { ParseCitationsOptions } from './parseCitations';
export { parseCitations } from './parseCitations';
export { citationsOfDocument } from './citationsOfDocument';
