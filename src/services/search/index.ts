export * from './SearchService';
