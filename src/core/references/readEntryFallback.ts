// The reading of an entry used when no full reference parser is given: its authors and year only.
import { namesOfRaw, publicationDate } from './entryKeys';
import type { ParsedReference } from './model';

/**
 * Reads the authors (families or corporate names) and the year of a printed entry into CSL-JSON,
 * with a low confidence: enough to link citations, not a full parse of the entry's fields.
 */
export function readEntryFallback(raw: string): ParsedReference {
  const dated = publicationDate(raw);
  const author = namesOfRaw(raw, dated.at);
  const csl: Record<string, unknown> = {};
  if (author.length > 0) csl['author'] = author;
  if (dated.year) {
    csl['issued'] = { 'date-parts': [[Number(dated.year)]] };
    if (dated.suffix) csl['year-suffix'] = dated.suffix;
  } else if (dated.dateless === 'inpress' || dated.dateless === 'forthcoming') {
    csl['status'] = dated.dateless === 'inpress' ? 'in press' : 'forthcoming';
  }
  return { raw, csl, confidence: 0.3 };
}
