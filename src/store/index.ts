/** The store's public surface: the only code that writes the user's data. */
export * from './errors';
export * from './fileSpec';
export * from './documentStore';
export * from './collection';
export * from './layout';
export * from './backups';
export * from './recovery';
export * from './userDataStore';
export * from './storage/types';
export { NodeStorage, type NodeStorageOptions, type StorageFs } from './storage/nodeStorage';
export { MemoryStorage } from './storage/memoryStorage';
export { acquireFileLock, type FileLockOptions } from './storage/fileLock';
export * from './schemas/itemsFile';
export { notesFileSpec, notesV1toV2, NOTES_VERSION } from './schemas/notes';
export { listsFileSpec } from './schemas/lists';
export { userClaimsFileSpec } from './schemas/userClaims';
export { worksFileSpec } from './schemas/works';
export { metaFileSpec } from './schemas/meta';
