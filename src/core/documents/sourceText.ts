/**
 * A paper's file as text: what kind of file it is (a PDF, an image, an archive are named, not
 * read as text), which encoding it is in (a byte-order mark, else strict UTF-8, else
 * Windows-1252, which decodes any byte), and the text itself with line ends normalised.
 */

/** Thrown for a file that is not text; the message names what it is and what to do. */
export class NotTextError extends Error {
  override readonly name = 'NotTextError';
}

/** Known binary formats by their first bytes. */
const SIGNATURES: readonly { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (or a Word/EPUB file, which are zips)' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Word/Office document' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
];

/** What kind of binary file `bytes` is, or null when it may be text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const { bytes: sig, what } of SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b)) return what;
  }
  return null;
}

export interface SourceText {
  text: string;
  /** "utf-8", "utf-16le", "utf-16be" or "windows-1252". */
  encoding: string;
}

function decode(encoding: string, bytes: Uint8Array, fatal: boolean): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

/**
 * The text of a paper's file. Throws NotTextError for a known binary format, or for bytes that
 * hold NUL characters outside UTF-16 (no text file does).
 */
export function readSourceText(bytes: Uint8Array, fileName = 'The file'): SourceText {
  const kind = binaryKind(bytes);
  if (kind === 'a PDF') {
    throw new NotTextError(
      `${fileName} is a PDF; Scholion reads Markdown and plain-text papers for now — save it as text (.md or .txt) to add it.`,
    );
  }
  if (kind) {
    throw new NotTextError(
      `${fileName} is ${kind}, not a paper; add a Markdown (.md) or plain-text (.txt) file.`,
    );
  }
  let encoding: string;
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = decode(encoding, bytes, false);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = decode(encoding, bytes, false);
  } else {
    if (bytes.subarray(0, 65536).includes(0)) {
      throw new NotTextError(
        `${fileName} is a binary file, not text; add a Markdown (.md) or plain-text (.txt) paper.`,
      );
    }
    try {
      encoding = 'utf-8';
      text = decode(encoding, bytes, true);
    } catch {
      // Not UTF-8: Windows-1252 (a superset of Latin-1) is what older text files are in.
      encoding = 'windows-1252';
      text = decode(encoding, bytes, false);
    }
  }
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), encoding };
}

/** The source kind of a file by its name: Markdown for .md/.markdown, else plain text. */
export function sourceKindOf(fileName: string): 'markdown' | 'text' {
  return /\.(md|markdown|mdown|mkd)$/i.test(fileName) ? 'markdown' : 'text';
}
