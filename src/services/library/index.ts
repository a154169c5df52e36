export * from './LibraryService';
export * from './resources';
