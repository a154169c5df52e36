/** Synthetic pdfjs text items for layout tests: pages built line by line in page units. */
import type { PdfExtract, PdfPageText, PdfTextItem } from '../../../src/core/pdf';

export const FONTS: PdfExtract['fonts'] = {
  regular: { name: 'Times-Roman', bold: false, italic: false },
  bold: { name: 'Times-Bold', bold: true, italic: false },
};

/** One run of text; its width is estimated at half an em a character. */
export function item(text: string, x: number, y: number, size = 10, font = 'regular'): PdfTextItem {
  return { text, x, y, width: text.length * size * 0.5, size, font };
}

/** Lines of a column from `y` down at 12-point leading. */
export function column(lines: string[], x: number, y: number, size = 10): PdfTextItem[] {
  return lines.map((text, i) => item(text, x, y + i * size * 1.2, size));
}

/** A US-letter page with a running header and a page number. */
export function page(number: number, items: PdfTextItem[]): PdfPageText {
  return {
    number,
    width: 612,
    height: 792,
    items: [
      item('Journal of Synthetic Studies 12 (2024)', 50, 40, 8),
      ...items,
      item(String(number), 300, 760, 8),
    ],
  };
}
