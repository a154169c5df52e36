// A zoological or botanical authority after a species name ("Lamna nasus (Bonnaterre, 1788)",
// "Rhizoprionodon terraenovae (Richardson, 1836)") names who described the species, not a work
// the paper cites: read as a citation it would only ever be unresolved.

/**
 * A binomial (Genus species) right before the parenthesis, inside a sentence: at a sentence's
 * start "Natural selection (Darwin, 1859)" is a phrase and a citation.
 */
const SPECIES_BEFORE = /[\p{L}\p{N},;:)]\s+\p{Lu}\p{Ll}+\s+\p{Ll}{3,}\s*$/u;
/** One describer (or two) and a year before 1900, nothing else. */
const AUTHORITY = /^\p{Lu}[\p{L}'’.-]*(?:\s*(?:&|and)\s*\p{Lu}[\p{L}'’.-]*)?,?\s+1[5-8]\d\d$/u;

/** Whether the parenthesis from `open` to `close` is a species' authority, not a citation. */
export function isTaxonAuthority(text: string, open: number, close: number): boolean {
  const inside = text.slice(open + 1, close).trim();
  return AUTHORITY.test(inside) && SPECIES_BEFORE.test(text.slice(Math.max(0, open - 80), open));
}
