export * from './SearchService';
export * from './followChanges';
