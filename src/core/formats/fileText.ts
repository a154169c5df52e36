/**
 * The text of a bibliography file from its bytes: UTF-8 (with or without BOM), UTF-16 with a BOM
 * (Windows tools write it), and Windows-1252 for old files that are not UTF-8. A binary file (a
 * PDF, a ZIP, a Word document) is named, never decoded into garbage that would read as entries.
 * Pure (TextDecoder is in every runtime), so the app and the CLI read files the same way.
 */
import { decodeWindows1252, detectFileKind, UNKNOWN_BINARY } from '../files';

/** A file's text, or a one-line reason why it has none. */
export type FileText =
  { ok: true; text: string; encoding: string; warning?: string } | { ok: false; message: string };

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean =>
  sig.every((b, i) => bytes[i] === b);

/**
 * Decodes the bytes of a file meant to be a bibliography. Fails, with a message naming the file's
 * kind, for binary files; never throws.
 */
export function bibliographyFileText(bytes: Uint8Array): FileText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decoded(bytes.subarray(3), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return decoded(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decoded(bytes.subarray(2), 'utf-16be');
  // Named formats from core/files' one list of signatures; unknown bytes are judged below
  // (Windows-1252 text is not UTF-8 but is still a bibliography).
  const kind = detectFileKind(bytes);
  const named =
    kind.kind === 'pdf' ? 'a PDF document' : kind.kind === 'other' ? kind.what : UNKNOWN_BINARY;
  if (named !== UNKNOWN_BINARY) {
    return {
      ok: false,
      message: `this is ${named}, not a bibliography file (.bib, .ris or CSL-JSON)`,
    };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decoded(bytes, utf16);
  if (looksBinary(bytes)) {
    return {
      ok: false,
      message: 'this is a binary file, not a bibliography file (.bib, .ris or CSL-JSON are text)',
    };
  }
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return {
      ok: true,
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      warning:
        'the file is not UTF-8; it was read as Windows-1252 (Latin-1): check accented letters',
    };
  }
}

function decoded(bytes: Uint8Array, encoding: string): FileText {
  return { ok: true, text: new TextDecoder(encoding).decode(bytes), encoding };
}

/** UTF-16 text without a BOM: ASCII characters leave a zero byte in every other place. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const half = n / 2;
  if (oddZeros > half * 0.6 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.6 && oddZeros < half * 0.05) return 'utf-16be';
  return null;
}

/** Zero bytes or many control characters in the first 4 KiB: no text file has them. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control += 1;
  }
  return n > 0 && control / n > 0.05;
}
