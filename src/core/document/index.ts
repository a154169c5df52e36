// Public API of the document parser.
export type * from './model';
export {
  parseDocument,
  DocumentParseError,
  type ParseOptions,
  type SourceFormat,
} from './parseDocument';
