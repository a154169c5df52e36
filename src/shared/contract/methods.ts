/**
 * The contract's method names and channels, free of zod so that the sandboxed preload (which
 * cannot require packages) can import it. index.ts checks at compile time that this list and the
 * input schemas name exactly the same methods: a new domain adds its names here too.
 */
export const methodNames = [
  // documents
  'listDocuments',
  'getDocument',
  'addDocument',
  'cancelAddDocument',
  'removeDocument',
  'restoreDocument',
  'reparseDocument',
  'correctReference',
  'correctCitation',
  'answerReferenceMatch',
  'openDocumentFile',
  'citingPapers',
  'libraryClaims',
  // library
  'listWorks',
  'queryWorks',
  'getWork',
  'formatReference',
  'exportBibtex',
  // settings
  'getReadingPosition',
  'setReadingPosition',
  'getBibliographyLayout',
  'setBibliographyLayout',
  'listSavedFilters',
  'saveFilter',
  'deleteSavedFilter',
  // notes
  'listNotes',
  'queryNotes',
  'notePassages',
  'listNoteLinkTargets',
  'getNote',
  'createNote',
  'updateNote',
  'addNoteLinks',
  'removeNoteLinks',
  'deleteNote',
  'restoreNote',
  'listNoteTags',
  'notesForPassage',
  // user claims
  'listUserClaims',
  'createUserClaim',
  'updateUserClaim',
  'deleteUserClaim',
  'restoreUserClaim',
  'userClaimsForWork',
  // reading lists
  'listReadingLists',
  'createReadingList',
  'renameReadingList',
  'deleteReadingList',
  'restoreReadingList',
  'addToReadingList',
  'removeFromReadingList',
  'restoreToReadingList',
  'moveReadingListItem',
  'setReadingListItemStatus',
  'setReadingListItemComment',
  'exportReadingList',
  // data health (recovery)
  'getDataHealth',
  'acknowledgeDataHealth',
  // export
  'previewExport',
  'saveExport',
  'formatCitation',
  'listSyncedExports',
  'syncExportToFile',
  'unsyncExport',
  'resolveSyncedExport',
  // import
  'planImport',
  'applyImport',
  // search
  'search',
  // works: add, edit, rename, tag, delete (and the trash of every kind)
  'listWorkTypes',
  'getWorkRecord',
  'getWorkHistory',
  'suggestWorkKey',
  'createWork',
  'updateWork',
  'renameWorkKey',
  'parsePastedWork',
  'tagWorks',
  'listWorkTags',
  'previewDeleteWorks',
  'deleteWorks',
  'listTrash',
  'restoreFromTrash',
  'emptyTrash',
  'findDuplicateWorks',
  'markNotDuplicates',
  'unmarkNotDuplicates',
  'listNotDuplicates',
  'mergeWorks',
  // files attached to works
  'attachFile',
  'listAttachments',
  'removeAttachment',
  'restoreAttachment',
  'openAttachment',
  'readAttachment',
  'attachDocumentToWork',
  'documentOfWork',
  'workOfDocument',
] as const;

/** A method of the contract. */
export type MethodName = (typeof methodNames)[number];

/** The IPC channel of a method. */
export const channelOf = (method: MethodName): string => `scholion:${method}`;
