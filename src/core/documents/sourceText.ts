/**
 * A paper's file as text: what kind of file it is (a PDF, an image, an archive are named, not
 * read as text), which encoding it is in (a byte-order mark, else strict UTF-8, else
 * Windows-1252, which decodes any byte), and the text itself with line ends normalised.
 */
import type { SourceFormat } from '../document';
import { decodeWindows1252, detectFileKind, notAPaperMessage, UNKNOWN_BINARY } from '../files';
import type { DocumentSourceKind } from './model';

/** Thrown for a file that is not text; the message names what it is and what to do. */
export class NotTextError extends Error {
  override readonly name = 'NotTextError';
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
  // The signatures are core/files' (one list for the app, the CLI and the importer). Text that
  // is not UTF-8 reads as "a binary file" there, so only a named format is refused here.
  const kind = detectFileKind(bytes);
  if (kind.kind === 'pdf') {
    throw new NotTextError(
      `${fileName} is a PDF: read it as a PDF paper (its text layer), not as text.`,
    );
  }
  if (kind.kind === 'other' && kind.what !== UNKNOWN_BINARY) {
    throw new NotTextError(notAPaperMessage(fileName, kind.what));
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
      text = decodeWindows1252(bytes);
    }
  }
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), encoding };
}

/** How a paper's source text marks its structure: a text paper in lines alone, else Markdown. */
export function sourceFormatOf(kind: DocumentSourceKind): SourceFormat {
  return kind === 'text' ? 'text' : 'markdown';
}

/** The source kind of a file by its name: Markdown for .md/.markdown, else plain text. */
export function sourceKindOf(fileName: string): 'markdown' | 'text' {
  return /\.(md|markdown|mdown|mkd)$/i.test(fileName) ? 'markdown' : 'text';
}
