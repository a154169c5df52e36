export * from './types';
export { createSearchIndex, SearchIndex } from './SearchIndex';
export { passagesFromDocument, claimsFromPaper } from './paper';
export { foldVariants, foldText } from './fold';
