export * from './LibraryService';
export * from './resources';
export * from './WorkTable';
export * from './keptListings';
export * from './storedWorksFor';
