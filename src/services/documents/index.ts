export * from './DocumentService';
export * from './addDocument';
export * from './model';
export { linkReferences } from './linkReferences';
export * from './libraryCitations';
export * from './readInWorker';
