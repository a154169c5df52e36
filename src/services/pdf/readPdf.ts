// A PDF file's bytes -> its laid-out document, or a one-line reason it cannot be read.
import { layoutPdf, textLayerProblem, type PdfLayout } from '../../core/pdf';
import { extractPdfText, PdfReadError, type PdfReadOptions } from './extractPdfText';

/**
 * Reads a PDF paper: text extraction in a worker, then the layout (reading order, structure,
 * reference list). Refuses a scan without a text layer and text from a broken font encoding.
 *
 * @throws PdfReadError with a one-line message naming `name` and what to do.
 */
export async function readPdf(
  bytes: Uint8Array,
  name: string,
  options: PdfReadOptions = {},
): Promise<PdfLayout> {
  const extract = await extractPdfText(bytes, name, options);
  const problem = textLayerProblem(extract);
  if (problem?.kind === 'no-text-layer') {
    throw new PdfReadError(
      'no-text-layer',
      `${name}: no text layer: Scholion does not OCR scanned pages (run OCR first, e.g. ocrmypdf, and add the result).`,
    );
  }
  if (problem?.kind === 'garbled') {
    throw new PdfReadError(
      'garbled',
      `${name}: the text layer is garbled (${Math.round(problem.share * 100)}% unreadable characters; the PDF's fonts have a broken encoding), so it was not added. Try a copy of the paper from another source.`,
    );
  }
  if (options.signal?.aborted)
    throw new PdfReadError('cancelled', `Reading ${name} was cancelled; nothing was added.`);
  return layoutPdf(extract);
}
