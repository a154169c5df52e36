export { detectFileKind, notAPaperMessage, type FileKind } from './fileKind';
