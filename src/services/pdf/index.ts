export { readPdf, PdfReadError, type PdfReadFailure, type PdfReadOptions } from './readPdf';
