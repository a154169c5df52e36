/**
 * The text of a bibliography file from its bytes: UTF-8 (with or without BOM), UTF-16 with a BOM
 * (Windows tools write it), and Windows-1252 for old files that are not UTF-8. A binary file (a
 * PDF, a ZIP, a Word document) is named, never decoded into garbage that would read as entries.
 * Pure (TextDecoder is in every runtime), so the app and the CLI read files the same way.
 */

/** A file's text, or a one-line reason why it has none. */
export type FileText =
  { ok: true; text: string; encoding: string; warning?: string } | { ok: false; message: string };

/** Magic numbers of binary files people drop by mistake, and what to call them. */
const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a .docx/.xlsx/.odt document)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Microsoft Office document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'an SQLite database (a Zotero library file?)'],
];

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
  for (const [sig, kind] of SIGNATURES) {
    if (startsWith(bytes, sig)) {
      return {
        ok: false,
        message: `this is ${kind}, not a bibliography file (.bib, .ris or CSL-JSON)`,
      };
    }
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
      text: new TextDecoder('windows-1252').decode(bytes),
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
