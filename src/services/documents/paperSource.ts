/**
 * The first stage of adding (and re-reading) a paper: its file's bytes -> the source text the
 * paper reader parses. Markdown and text are decoded; a PDF is read in the PDF worker (text layer
 * and layout) and rendered as that source, with the page of every block and its layout kept
 * beside the PDF (so opening it again needs no PDF read). Anything else is refused, named.
 */
import type { DocumentRecord, DocumentSourceKind } from '../../core/documents/model';
import { NotTextError, readSourceText, sourceKindOf } from '../../core/documents/sourceText';
import { detectFileKind } from '../../core/files';
import {
  pdfPaperSource,
  type PdfLayout,
  type PdfPaperSource,
  type PdfPageAnchor,
  type PdfTitleBlock,
} from '../../core/pdf';
import type { PaperFileStore } from '../../store';
import { PdfReadError, readPdfPaper } from '../pdf';
import { ServiceError } from '../errors';

/** A paper's file read into the text the paper reader parses. */
export interface PaperSource {
  kind: Exclude<DocumentSourceKind, 'bundled'>;
  text: string;
  /** The text encoding of a Markdown or text file; null for a PDF. */
  encoding: string | null;
  /** For a PDF: its layout (kept beside the file), the page of each block, its title block. */
  pdf: PdfSourceParts | null;
}

export interface PdfSourceParts {
  layout: PdfLayout;
  anchors: PdfPageAnchor[];
  titleBlock: PdfTitleBlock;
  pageCount: number;
}

export interface ReadSourceOptions {
  signal?: AbortSignal;
  /** Pages read so far of a PDF, and its pages in all. */
  onPages?: (done: number, total: number) => void;
}

/** The kept layout of a PDF: what `file.textLayer` names. */
interface KeptLayout {
  kind: 'scholion-pdf-layout';
  version: 1;
  layout: PdfLayout;
}

function pdfParts(
  layout: PdfLayout,
  { text, anchors }: PdfPaperSource = pdfPaperSource(layout),
): { text: string; pdf: PdfSourceParts } {
  return {
    text,
    pdf: { layout, anchors, titleBlock: layout.titleBlock, pageCount: layout.pageCount },
  };
}

/**
 * Reads a paper's file. Throws ServiceError with a one-line message for a file that is not a
 * paper, a PDF that cannot be read (encrypted, damaged, scanned, garbled) or a cancelled read.
 */
export async function readPaperSource(
  fileName: string,
  bytes: Uint8Array,
  options: ReadSourceOptions = {},
): Promise<PaperSource> {
  const kind = detectFileKind(bytes);
  if (kind.kind === 'pdf') {
    let read: { layout: PdfLayout; source: PdfPaperSource };
    try {
      read = await readPdfPaper(bytes, fileName, {
        signal: options.signal,
        onProgress: options.onPages,
      });
    } catch (error) {
      if (error instanceof PdfReadError) {
        const code = error.kind === 'cancelled' ? 'cancelled' : 'not-a-paper';
        throw new ServiceError(code, error.message);
      }
      throw error;
    }
    return { kind: 'pdf', encoding: null, ...pdfParts(read.layout, read.source) };
  }
  try {
    const source = readSourceText(bytes, fileName);
    return {
      kind: sourceKindOf(fileName),
      text: source.text,
      encoding: source.encoding,
      pdf: null,
    };
  } catch (error) {
    if (error instanceof NotTextError) throw new ServiceError('not-a-paper', error.message);
    throw error;
  }
}

/** The bytes of a PDF's layout, to keep beside it (`file.textLayer`). */
export function keptLayoutBytes(layout: PdfLayout): Uint8Array {
  const kept: KeptLayout = { kind: 'scholion-pdf-layout', version: 1, layout };
  return new TextEncoder().encode(JSON.stringify(kept));
}

/**
 * The source of a stored document from its kept files: a PDF's kept layout (no PDF read), else
 * the kept text file. Throws ServiceError when a kept file is missing or damaged.
 */
export async function keptSource(
  record: DocumentRecord,
  files: PaperFileStore,
): Promise<PaperSource> {
  const missing = (path: string | undefined) =>
    new ServiceError(
      'missing-file',
      `The kept copy of “${record.title}” (${path ?? 'no file'}) is missing from the library folder; add the paper again.`,
    );
  if (record.kind === 'pdf') {
    const path = record.file?.textLayer;
    const bytes = path ? await files.read(path) : null;
    if (!bytes) throw missing(path);
    let kept: KeptLayout;
    try {
      kept = JSON.parse(new TextDecoder().decode(bytes)) as KeptLayout;
    } catch {
      kept = { kind: 'scholion-pdf-layout', version: 1, layout: null as unknown as PdfLayout };
    }
    if (kept?.kind !== 'scholion-pdf-layout' || !kept.layout?.passages) {
      throw new ServiceError(
        'damaged-file',
        `The kept text of “${record.title}” (${path}) is damaged; re-parse the paper to read its PDF again.`,
      );
    }
    return { kind: 'pdf', encoding: null, ...pdfParts(kept.layout) };
  }
  const bytes = record.file ? await files.read(record.file.path) : null;
  if (!bytes) throw missing(record.file?.path);
  const source = readSourceText(bytes, record.file?.name);
  return {
    kind: record.kind === 'markdown' ? 'markdown' : 'text',
    text: source.text,
    encoding: source.encoding,
    pdf: null,
  };
}
