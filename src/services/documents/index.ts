export * from './DocumentService';
export * from './addDocument';
export * from './model';
export { linkReferences } from './linkReferences';
