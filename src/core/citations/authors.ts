// Reads a matched author phrase as a list of authors (personal family names or corporate names).
import type { AuthorPhrase, NameToken } from './grammar';
import { CORPORATE_NOUNS, MONTHS } from './lexicon';

export interface AuthorReading {
  /** Family or corporate names as written. */
  authors: string[];
  etAl: boolean;
  /** The names as one would cite them again, e.g. "Lahav and Lavenex", "Betts". */
  display: string;
}

const isAcronym = (t: NameToken): boolean => t.kind === 'name' && /^\p{Lu}{2,}$/u.test(t.text);

/** True for a body rather than a person: an acronym, a corporate noun, or "of"/"on"/"for" joins. */
export function isCorporate(phrase: AuthorPhrase): boolean {
  return phrase.tokens.some(
    (t) =>
      t.kind === 'connector' || isAcronym(t) || (t.kind === 'name' && CORPORATE_NOUNS.has(t.text)),
  );
}

/** A body by its words (an acronym or a corporate noun), not merely by connectors ("to", "of"). */
export function namesABody(phrase: AuthorPhrase): boolean {
  return phrase.tokens.some(
    (t) => isAcronym(t) || (t.kind === 'name' && CORPORATE_NOUNS.has(t.text)),
  );
}

/** True when the "author" is a month or season alone: "(May 1996)" is a date, not May's work. */
export function isDateLike(phrase: AuthorPhrase): boolean {
  const [only, ...rest] = phrase.tokens;
  return rest.length === 0 && !phrase.etAl && only !== undefined && MONTHS.has(only.text);
}

/**
 * "Food and Agriculture Organization": an "and" inside a body's name, not between two authors.
 * Read so when the last part names a body and an earlier part could not stand alone as one.
 */
function isOneBodyWithAnd(phrase: AuthorPhrase): boolean {
  const { tokens } = phrase;
  if (tokens.some((t) => t.kind === 'comma') || !tokens.some((t) => t.kind === 'and')) return false;
  const parts: NameToken[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'and') parts.push([]);
    else parts[parts.length - 1]?.push(t);
  }
  const isBody = (part: NameToken[]): boolean =>
    part.some((t) => isAcronym(t) || CORPORATE_NOUNS.has(t.text));
  const last = parts[parts.length - 1] ?? [];
  return isBody(last) && parts.slice(0, -1).some((p) => !isBody(p));
}

/** Splits the phrase at list separators; a corporate name (with connectors) stays whole. */
function groups(phrase: AuthorPhrase): NameToken[][] {
  if (phrase.tokens.some((t) => t.kind === 'connector') || isOneBodyWithAnd(phrase)) {
    return [phrase.tokens.filter((t) => t.kind !== 'comma')];
  }
  const out: NameToken[][] = [[]];
  for (const t of phrase.tokens) {
    if (t.kind === 'comma' || t.kind === 'and') {
      if ((out[out.length - 1] ?? []).length > 0) out.push([]);
    } else {
      out[out.length - 1]?.push(t);
    }
  }
  return out.filter((g) => g.length > 0);
}

/**
 * Where a person's family name begins. In a narrative citation ("Alexander Betts (2011a)") given
 * names are dropped: the family name is the last name word with the particles just before it.
 * Inside parentheses only initials are dropped, since several words there usually name a body.
 */
function familyStart(group: NameToken[], narrative: boolean): number {
  const corporate = group.some((t) => isAcronym(t) || CORPORATE_NOUNS.has(t.text));
  if (!narrative || corporate) {
    const firstNonInitial = group.findIndex((t) => t.kind !== 'initial');
    return Math.max(firstNonInitial, 0);
  }
  let k = group.length - 1;
  while (k > 0 && group[k - 1]?.kind === 'particle') k--;
  return k;
}

/** Joins names the way an author-year citation lists them: "A", "A and B", "A, B and C". */
export function joinNames(names: string[], etAl: boolean): string {
  const last = names[names.length - 1] ?? '';
  const list = names.length < 2 ? last : `${names.slice(0, -1).join(', ')} and ${last}`;
  return etAl ? `${list} et al.` : list;
}

/** Reads `phrase` (offsets into `s`) as authors. */
export function readAuthors(s: string, phrase: AuthorPhrase, narrative: boolean): AuthorReading {
  const authors = groups(phrase).map((group) => {
    const from = group[familyStart(group, narrative)] ?? group[0];
    const to = group[group.length - 1];
    return from && to ? s.slice(from.start, to.end) : '';
  });
  const display = narrative
    ? joinNames(authors, phrase.etAl)
    : s.slice(phrase.tokens[0]?.start ?? phrase.start, phrase.end);
  return { authors, etAl: phrase.etAl, display };
}
