export { detectFileKind, notAPaperMessage, UNKNOWN_BINARY, type FileKind } from './fileKind';
