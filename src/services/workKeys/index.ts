export * from './WorkCatalog';
export * from './libraryWorks';
