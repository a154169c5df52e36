export { layoutPdf } from './layoutPdf';
export { textLayerProblem, type PdfTextProblem } from './quality';
export {
  pdfText,
  pageAtOffset,
  type PdfText,
  type PdfSuperscript,
  type PdfNote,
} from './analysisText';
export type * from './model';
export {
  pdfPaperSource,
  pageStartsIn,
  pageAt,
  type PdfPaperSource,
  type PdfPageAnchor,
  type PageStart,
} from './paperSource';
