/** Managing works by hand: types and fields, checks, edits with history, paste to add. */
export * from './fields';
export * from './types';
export * from './identifiers';
export * from './typedValues';
export * from './validate';
export * from './history';
export * from './editWork';
export * from './paste';
export * from './renameInMarkdown';
export * from './records';
export * from './duplicates';
export * from './mergeChoices';
export * from './attachmentKinds';
