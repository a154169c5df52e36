export { detectFileKind, notAPaperMessage, UNKNOWN_BINARY, type FileKind } from './fileKind';
export { decodeWindows1252 } from './windows1252';
