// The year of an author-year entry as its citations give it. The parser may take a year printed
// in a title ("(Richardson, 1836) off the Southeastern United States") for the date; the text
// that cites "Loefer & Sedberry, 2003" and the year printed with the names settle it.
import type { EntryKey } from './entryKeys';
import type { DocumentCitation, ReferenceEntry } from './model';

function issuedYear(entry: ReferenceEntry): string | null {
  const parts = entry.csl.issued?.['date-parts']?.[0];
  return parts?.[0] !== undefined ? String(parts[0]) : null;
}

/**
 * Entries whose parsed year differs from the year their linked citations cite (which is the
 * year printed with the entry's names) take the cited year; other entries are returned as they
 * are. For author-year papers, whose citations are linked by name and year.
 */
export function withCitedYears(
  references: ReferenceEntry[],
  keys: ReadonlyMap<string, EntryKey>,
  citations: ReadonlyArray<DocumentCitation>,
): ReferenceEntry[] {
  const cited = new Set(citations.filter((c) => c.referenceId && c.year).map((c) => c.referenceId));
  return references.map((entry) => {
    const year = keys.get(entry.id)?.year;
    if (!cited.has(entry.id) || !year || issuedYear(entry) === year) return entry;
    return { ...entry, csl: { ...entry.csl, issued: { 'date-parts': [[Number(year)]] } } };
  });
}
