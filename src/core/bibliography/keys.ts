/** Citation keys for new works: familyYEAR, ASCII, BibTeX-safe, unique, never renaming old keys. */
import type { CslItem, CslName } from './model';
import { CITATION_KEY_PATTERN } from './schema';
import { STOP_WORDS, acronym, compact, parentheticalAbbreviation, words } from './normalise';
import { citedNames, cslYear } from './summary';

/** Longest name part of a generated key, so keys stay typeable. */
const MAX_NAME_LENGTH = 24;

/** True for keys Scholion accepts: lower-case ASCII letters and digits, starting with a letter. */
export function isValidCitationKey(key: string): boolean {
  return CITATION_KEY_PATTERN.test(key);
}

/**
 * The name part of a key for a corporate author: its own abbreviation if it gives one
 * ("Federal Office for Migration (FOM)" -> "fom"); for names of three or more significant words the
 * acronym ("International Organization for Migration" -> "iom"); otherwise the words run together
 * ("European Commission" -> "europeancommission"). Only the part before a comma counts
 * ("United Nations, Department of ..." -> "unitednations").
 */
export function corporateKeyName(literal: string): string {
  const abbreviation = parentheticalAbbreviation(literal);
  if (abbreviation && /^[a-z]/.test(abbreviation)) return abbreviation;
  const head = (literal.replace(/\s*\([^()]*\)\s*$/, '').split(',')[0] ?? '').trim();
  const significant = words(head).filter((w) => !STOP_WORDS.has(w));
  if (significant.length >= 3) return acronym(head);
  return significant.join('');
}

/**
 * The name part of a key for a person: the family name with its non-dropping particle, folded to
 * ASCII ("van der Heijden" -> "vanderheijden", "Köhler" -> "kohler"). The particle is kept because
 * it is part of the name as cited ("van der Heijden 2010"); a dropping particle is not.
 */
function personKeyName(name: CslName): string {
  const particle = name['non-dropping-particle'];
  return compact(`${particle ?? ''}${name.family ?? name.given ?? ''}`);
}

function nameKeyPart(csl: CslItem): string {
  const first = citedNames(csl)[0];
  let part = '';
  if (first?.literal) part = corporateKeyName(first.literal);
  else if (first) part = personKeyName(first);
  if (!part && typeof csl.title === 'string') {
    part = words(csl.title).find((w) => !STOP_WORDS.has(w) && /^[a-z]/.test(w)) ?? '';
  }
  part = part.replace(/^[0-9]+/, '').slice(0, MAX_NAME_LENGTH);
  return part || 'anon';
}

/** a, b, ..., z, aa, ab, ... */
function suffix(n: number): string {
  let out = '';
  let rest = n;
  do {
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return out;
}

/**
 * A citation key for `csl` that is not in `existingKeys`.
 * Keeps the item's own `citation-key` when it is valid and free (so re-imports keep their keys);
 * otherwise builds familyYEAR ("nd" without a year) and, on collision, appends a, b, c, ...
 * Existing keys are never renamed: the first "betts2011" keeps its key, the next gets "betts2011a".
 * Does not add the result to `existingKeys`.
 */
export function makeCitationKey(csl: CslItem, existingKeys: ReadonlySet<string>): string {
  const own = csl['citation-key'];
  if (typeof own === 'string' && isValidCitationKey(own) && !existingKeys.has(own)) return own;
  const year = cslYear(csl);
  const base = `${nameKeyPart(csl)}${year && /^\d+$/.test(year) ? year : 'nd'}`;
  if (!existingKeys.has(base)) return base;
  for (let n = 0; ; n += 1) {
    const candidate = base + suffix(n);
    if (!existingKeys.has(candidate)) return candidate;
  }
}
