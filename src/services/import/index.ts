export * from './workStore';
export * from './duplicates';
export * from './plan';
export * from './apply';
export * from './libraryWorkStore';
export * from './openLibrary';
export * from './parseInWorker';
