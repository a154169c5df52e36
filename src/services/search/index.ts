export * from './SearchService';
export * from './searchSources';
export * from './followChanges';
export * from './keptIndex';
export { itemDigest } from './fileLedger';
