export * from './WorkService';
export * from './libraryWorks';
export * from './errors';
export * from './renameWork';
export * from './workReferences';
export * from './deletePreview';
export * from './mergeWorks';
export * from './attachments';
