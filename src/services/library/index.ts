export * from './LibraryService';
export * from './resources';
export * from './WorkTable';
export * from './storedWorksFor';
