// Documents of the library: ids that are unique across it, records, passage anchoring.
export * from './ids';
export type * from './model';
export { DOCUMENT_PARSER_VERSION, CHARACTERS_PER_PAGE } from './model';
export * from './anchoring';
export * from './sourceText';
export * from './links';
export * from './cites';
