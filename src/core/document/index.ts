// Public API of the document parser.
export type * from './model';
export { parseDocument, DocumentParseError } from './parseDocument';
