export * from './ReadingListService';
