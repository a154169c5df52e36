export * from './types';
export {
  createSearchIndex,
  SearchIndex,
  type RankedResults,
  type WorkHitSource,
} from './SearchIndex';
export { INDEX_BYTES_FORMAT, type KeptExtra } from './indexBytes';
export {
  byteSourceOf,
  float64Section,
  type ByteSource,
  type SectionArray,
  type Sections,
} from './byteSections';
export { passagesFromDocument, claimsFromPaper, searchTextOf } from './paper';
export { foldVariants, foldText } from './fold';
export { PaperTextIndex, type IndexedPaper } from './paperTextIndex';
export { paperIndexChunks, paperIndexFromBytes } from './paperIndexBytes';
