/** Author-year labels as a paper writes them ("Kunz, Lavenex, Panizzon 2011"), and their lookup keys. */
import { words } from './normalise';

/** The parts of an author-year label. `year` is null for "n.d.". */
export interface LabelParts {
  authors: string;
  year: string | null;
  yearSuffix: string | null;
}

const LABEL_RE = /^(.*?)[\s,]+(?:(\d{4})|n\.\s?d\.?)([a-z])?$/u;

/** Splits "Betts 2011c" into authors "Betts", year "2011", suffix "c"; null if there is no year. */
export function parseLabel(label: string): LabelParts | null {
  const match = LABEL_RE.exec(label.trim());
  if (!match?.[1]) return null;
  return { authors: match[1], year: match[2] ?? null, yearSuffix: match[3] ?? null };
}

/**
 * A lookup key that ignores case, diacritics, punctuation and "and"/"&" between names, so
 * "Héritier and Rhodes 2010" and the citation ["Heritier", "Rhodes"] 2010 share a key, as do
 * "Kunz, Lavenex, Panizzon 2011" and ["Kunz", "Lavenex", "Panizzon"] 2011.
 */
export function labelKey(authors: string, year: string | null, yearSuffix: string | null): string {
  const names = words(authors).filter((w) => w !== 'and');
  return `${names.join(' ')}|${year ?? 'nd'}|${yearSuffix ?? ''}`;
}

/** The lookup key of a parsed citation (authors as written, "et al." as a flag). */
export function citationLabelKey(citation: {
  authors: readonly string[];
  etAl: boolean;
  year: string | null;
  yearSuffix: string | null;
}): string {
  const authors = citation.authors.join(' ') + (citation.etAl ? ' et al.' : '');
  return labelKey(authors, citation.year, citation.yearSuffix);
}

/** The lookup key of a label such as "Köhler 2011", or null if it has no year. */
export function labelKeyOf(label: string): string | null {
  const parts = parseLabel(label);
  return parts ? labelKey(parts.authors, parts.year, parts.yearSuffix) : null;
}
