export * from './types';
export { createSearchIndex, SearchIndex, type RankedResults } from './SearchIndex';
export { SNAPSHOT_FORMAT, type IndexSnapshot, type SnapshotTable } from './snapshot';
export { passagesFromDocument, claimsFromPaper, searchTextOf } from './paper';
export { foldVariants, foldText } from './fold';
export { PaperTextIndex, type IndexedPaper } from './paperTextIndex';
export { paperIndexChunks, paperIndexFromBytes } from './paperIndexBytes';
