export { readPdf } from './readPdf';
export {
  extractPdfText,
  PdfReadError,
  type PdfReadFailure,
  type PdfReadOptions,
} from './extractPdfText';
