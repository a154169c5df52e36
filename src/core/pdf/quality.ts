// Whether a PDF's text layer is worth reading: present at all, and made of words.
import type { PdfExtract } from './model';
import { unreadableShare } from './text';

/** Why a text layer cannot be read as a paper. */
export type PdfTextProblem =
  { kind: 'no-text-layer'; pages: number } | { kind: 'garbled'; share: number };

/**
 * Finds a text layer that is missing (a scan: under 40 visible characters a page) or garbled
 * (over a quarter of its characters unreadable, as a broken font encoding yields).
 */
export function textLayerProblem(extract: PdfExtract): PdfTextProblem | null {
  const text = extract.pages.map((p) => p.items.map((i) => i.text).join(' ')).join('\n');
  const visible = text.replace(/\s+/g, '').length;
  if (visible < 40 * Math.max(1, extract.pages.length) * 0.5 && visible < 400) {
    return { kind: 'no-text-layer', pages: extract.pages.length };
  }
  const share = unreadableShare(text);
  return share > 0.25 ? { kind: 'garbled', share } : null;
}
