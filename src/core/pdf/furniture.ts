// Page furniture: running headers, running footers and page numbers are not the paper's text.
import type { PdfLine } from './lines';

/** Share of the page height, from the top and from the bottom, where furniture is printed. */
const MARGIN_BAND = 0.085;
const PAGE_NUMBER =
  /^(?:page\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/** Text with its numbers blanked, so "Page 3" and "Page 4" repeat as one running line. */
function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function inMarginBand(line: PdfLine, pageHeight: number): boolean {
  return line.y < pageHeight * MARGIN_BAND || line.y > pageHeight * (1 - MARGIN_BAND);
}

/**
 * A line at the top of a later page with a wide gap below it is a running head even where it
 * cannot be seen to repeat (a two-page paper whose first page has none).
 */
function setApartAtTop(line: PdfLine, lines: PdfLine[], pageHeight: number): boolean {
  if (line.y > pageHeight * MARGIN_BAND) return false;
  const below = lines.filter((l) => l.y > line.y + 0.5 * line.size).map((l) => l.y);
  const next = Math.min(...below);
  return Number.isFinite(next) && next - line.y > 2.2 * line.size;
}

/**
 * Removes running headers, footers and page numbers: lines in the top or bottom band of a page
 * that repeat (numbers aside) on several pages, and bare page numbers there.
 */
export function dropPageFurniture(
  pages: { lines: PdfLine[]; height: number }[],
): { lines: PdfLine[]; height: number }[] {
  const pagesWithKey = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(
      page.lines.filter((l) => inMarginBand(l, page.height)).map((l) => furnitureKey(l.text)),
    );
    for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const repeats = Math.max(2, Math.ceil(pages.length * 0.25));
  return pages.map((page, index) => ({
    height: page.height,
    lines: page.lines.filter((line) => {
      if (!inMarginBand(line, page.height)) return true;
      if (PAGE_NUMBER.test(line.text.trim())) return false;
      if (index > 0 && setApartAtTop(line, page.lines, page.height)) return false;
      return (pagesWithKey.get(furnitureKey(line.text)) ?? 0) < repeats || pages.length < 2;
    }),
  }));
}
