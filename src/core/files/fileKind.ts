// What a file is, from its first bytes: a PDF, text a paper can be read from, or something else
// (named, so the user is told "some.zip is a ZIP archive, not a paper").

/** A file's kind as far as reading a paper goes. */
export type FileKind =
  | { kind: 'pdf' }
  | { kind: 'text'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { kind: 'other'; what: string };

/** What bytes that match no known format and do not decode as UTF-8 are called. */
export const UNKNOWN_BINARY = 'a binary file';

/** Magic numbers of formats people have lying next to their papers. */
const SIGNATURES: { bytes: number[]; offset?: number; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or a Word/EPUB/OpenDocument file)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x42, 0x5a, 0x68], what: 'a bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { bytes: [0x75, 0x73, 0x74, 0x61, 0x72], offset: 257, what: 'a tar archive' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'an old Microsoft Office file (.doc/.xls)',
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], what: 'a RIFF media file (WAV/AVI/WebP)' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF executable)' },
  { bytes: [0x4d, 0x5a], what: 'a Windows program' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], what: 'a macOS program' },
  {
    bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66],
    what: 'an SQLite database (a Zotero library file?)',
  },
  { bytes: [0x49, 0x44, 0x33], what: 'an MP3 audio file' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, what: 'an MP4/MOV video or audio file' },
  { bytes: [0x4f, 0x67, 0x67, 0x53], what: 'an Ogg media file' },
  { bytes: [0x25, 0x21, 0x50, 0x53], what: 'a PostScript file' },
  { bytes: [0x41, 0x54, 0x26, 0x54, 0x46, 0x4f, 0x52, 0x4d], what: 'a DjVu document' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], what: 'a WebAssembly module' },
];

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

/** Whether bytes decode as UTF-8 with few control characters: text. */
function looksLikeUtf8Text(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(sample);
  } catch (error) {
    // A multi-byte character cut at the sample's end is still text.
    if (sample.length < bytes.length && error instanceof TypeError) {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, -4));
      } catch {
        return false;
      }
    } else return false;
  }
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = (text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g) ?? []).length;
  return controls <= text.length * 0.01;
}

/**
 * Tells a PDF, text (UTF-8, or UTF-16 with a byte-order mark) and other files apart by their
 * first bytes. A PDF may have junk before `%PDF-` (readers accept up to 1 KiB of it).
 */
export function detectFileKind(bytes: Uint8Array): FileKind {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return { kind: 'pdf' };
  if (startsWith(bytes, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be' };
  for (const s of SIGNATURES)
    if (startsWith(bytes, s.bytes, s.offset)) return { kind: 'other', what: s.what };
  if (looksLikeUtf8Text(bytes)) return { kind: 'text', encoding: 'utf-8' };
  return { kind: 'other', what: UNKNOWN_BINARY };
}

/** The one-line refusal for a file that is not a paper: "some.zip is a ZIP archive, not a paper". */
export function notAPaperMessage(name: string, what: string): string {
  return `${name} is ${what}, not a paper: Scholion reads PDF, Markdown and plain-text papers.`;
}
