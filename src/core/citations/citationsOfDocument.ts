// Citations of a parsed document, with its italic spans (titles) kept from being read as names.
import type { ParsedDocument } from '../document/model';
import type { Citation } from './model';
import { parseCitations } from './parseCitations';

/**
 * `parseCitations(doc.text)` with the document's italic spans, so that a title in italics
 * followed by a year ("*A Challenge for the 21st Century* (1997)") is never a narrative citation.
 */
export function citationsOfDocument(doc: ParsedDocument): Citation[] {
  const italic = doc.blocks.flatMap((b) => b.emphasis.filter((e) => e.style === 'italic'));
  return parseCitations(doc.text, { italic });
}
