export {
  readPdf,
  readPdfPaper,
  PdfReadError,
  type PdfReadFailure,
  type PdfReadOptions,
} from './readPdf';
