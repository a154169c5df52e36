/**
 * Turns what the user typed into query terms and expands each over the vocabulary: exact, prefix
 * (as you type) and, for words of five letters or more, one typo (an edit or a swap;
 * words with digits, like years and keys, are never guessed). Short words expand to many
 * terms, so the caller scores with flat arrays rather than objects per match.
 */
import { foldVariants } from './fold';
import { prefixQuality, SHORT_PREFIX, type InvertedIndex, type TermEntry } from './postings';
import { OPTIONAL_WORDS, tokenize } from './tokenize';

/** Quality of a match, multiplied into the term's weight. */
const EXACT = 1;
const FUZZY = 0.4;

/** Typo tolerance starts at this many letters: below it, one edit matches too many words. */
export const FUZZY_MIN_LENGTH = 5;
const FUZZY_SHORTER_MIN_LENGTH = 7;
const MAX_TOKENS = 8;

export interface Expansion {
  term: string;
  entry: TermEntry;
  quality: number;
}

export interface QueryTerm {
  /** Folded spellings of the typed word (one, or two for words like "Köhler"). */
  variants: string[];
  prefix: boolean;
  /** Not required to match ("of", "the", "van" ... in a query with other words). */
  optional: boolean;
  expansions: Expansion[];
  /** Vocabulary terms reached only through a typo, for highlighting. */
  fuzzyTerms: Set<string>;
}

/** Words of the query with their folded spellings and match modes, before expansion. */
export function parseQuery(query: string): Omit<QueryTerm, 'expansions' | 'fuzzyTerms'>[] {
  const tokens = tokenize(query.slice(0, 200)).slice(0, MAX_TOKENS);
  const endsInSpace = /\s$/.test(query);
  const parsed = tokens
    .map((t, i) => {
      const variants = foldVariants(t.text);
      const last = i === tokens.length - 1;
      const length = variants[0]?.length ?? 0;
      // Earlier words are finished, but users still abbreviate them ("migr gov"); a lone
      // letter before other words is too unselective to expand.
      const prefix = (last && !endsInSpace) || length >= 2;
      return { variants, prefix, optional: OPTIONAL_WORDS.has(variants[0] ?? '') };
    })
    .filter((t) => t.variants.length > 0);
  if (parsed.every((t) => t.optional)) for (const t of parsed) t.optional = false;
  return parsed;
}

/** Expands one parsed word over the vocabulary. */
function expand(
  index: InvertedIndex,
  word: Omit<QueryTerm, 'expansions' | 'fuzzyTerms'>,
): QueryTerm {
  const best = new Map<string, Expansion>();
  const fuzzyTerms = new Set<string>();
  const offer = (term: string, entry: TermEntry, quality: number): void => {
    const seen = best.get(term);
    if (seen === undefined) best.set(term, { term, entry, quality });
    else if (quality > seen.quality) seen.quality = quality;
    if (quality > FUZZY) fuzzyTerms.delete(term);
  };
  const offerTypo = (term: string, entry: TermEntry): void => {
    if (best.has(term)) return;
    offer(term, entry, FUZZY);
    fuzzyTerms.add(term);
  };
  for (const v of word.variants) {
    if (word.prefix && v.length <= SHORT_PREFIX && index.prefixLists) {
      // The merged list already holds each document's best match for this prefix.
      const merged = index.short.get(v);
      if (merged) offer(v, merged, EXACT);
      continue;
    }
    const exact = index.terms.get(v);
    if (exact) offer(v, exact, EXACT);
    if (word.prefix) {
      for (const [term, entry] of index.vocabulary.atPrefix(v)) {
        if (term !== v) offer(term, entry, prefixQuality(v.length, term.length));
      }
    }
    if (v.length >= FUZZY_MIN_LENGTH && !/\d/.test(v)) {
      // One typo: an insertion, deletion or substitution (edit distance 1), or two neighbouring
      // letters swapped ("migartion"), which edit distance counts as two. While a short word is
      // still being typed, a shorter word is its beginning, not a typo ("readm" is not "read").
      const shorterOk = !word.prefix || v.length >= FUZZY_SHORTER_MIN_LENGTH;
      for (const [term, [entry, distance]] of index.vocabulary.fuzzyGet(v, 1)) {
        if (distance > 0 && (shorterOk || term.length >= v.length)) offerTypo(term, entry);
      }
      for (let i = 0; i + 1 < v.length; i++) {
        if (v[i] === v[i + 1]) continue;
        const swapped = v.slice(0, i) + v[i + 1] + v[i] + v.slice(i + 2);
        const entry = index.terms.get(swapped);
        if (entry) offerTypo(swapped, entry);
      }
    }
  }
  return { ...word, expansions: [...best.values()], fuzzyTerms };
}

/** Parses and expands `query`; an empty list when nothing searchable was typed. */
export function buildQuery(index: InvertedIndex, query: string): QueryTerm[] {
  return parseQuery(query).map((word) => expand(index, word));
}
