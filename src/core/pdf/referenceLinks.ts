// The DOI of a reference-list entry from the PDF's link annotations: many publishers print a
// "Publisher Full Text" or "CrossRef" button under an entry and keep the DOI only in its link.
import type { PdfLine } from './lines';
import type { PdfLink, PdfReferenceEntry } from './model';

const DOI_LINK = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)$/i;

/** The DOI a link's address resolves, or null for any other address. */
export function doiOfUrl(url: string): string | null {
  const m = DOI_LINK.exec(url.trim());
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}

/** Whether a link's box covers part of a line (its baseline band, from ascender to descender). */
function covers(link: PdfLink, line: PdfLine): boolean {
  const top = line.y - line.size;
  const bottom = line.y + 0.25 * line.size;
  const overlapY = Math.min(bottom, link.y1) - Math.max(top, link.y0);
  const overlapX = Math.min(line.x1, link.x1) - Math.max(line.x0, link.x0);
  return overlapY > 0.3 * line.size && overlapX > 0;
}

/**
 * The first DOI linked from the lines an entry was printed on (its text and the link buttons
 * below it), or null. Links elsewhere on the page (the article's own DOI, a licence) never
 * touch these lines.
 */
export function linkedDoi(
  lines: readonly PdfLine[],
  linksByPage: ReadonlyMap<number, readonly PdfLink[]>,
): string | null {
  for (const line of lines) {
    for (const link of linksByPage.get(line.page) ?? []) {
      const doi = doiOfUrl(link.url);
      if (doi && covers(link, line)) return doi;
    }
  }
  return null;
}

/**
 * An entry as the reference analysis reads it: its label, the text as printed and, when the
 * DOI was only linked, the DOI written after it, so the parser finds it where it looks.
 */
export function referenceEntryText(entry: PdfReferenceEntry): string {
  const text = entry.label ? `${entry.label}. ${entry.raw}` : entry.raw;
  if (!entry.doi || text.toLowerCase().includes(entry.doi.toLowerCase())) return text;
  return `${text} doi:${entry.doi}`;
}
