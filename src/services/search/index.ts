export * from './SearchService';
export * from './followChanges';
export * from './keptIndex';
