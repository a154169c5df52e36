export * from './types';
export { createSearchIndex, SearchIndex, type RankedResults } from './SearchIndex';
export { passagesFromDocument, claimsFromPaper, searchTextOf } from './paper';
export { foldVariants, foldText } from './fold';
export { PaperTextIndex, type IndexedPaper } from './paperTextIndex';
export { paperIndexChunks, paperIndexFromBytes } from './paperIndexBytes';
