/**
 * Highlights and excerpts: finds, in a string the user sees, the words the query matched (a
 * typed prefix marks only the typed part: "Köh" in "Köhler"), and cuts long text to an excerpt
 * around the first match.
 */
import { foldVariants, originalPrefixLength } from './fold';
import type { QueryTerm } from './query';
import { tokenize, type Token } from './tokenize';
import type { Highlight } from './types';

/** How many characters of `token` the query matches (0 when none). */
function matchedLength(token: Token, terms: readonly QueryTerm[]): number {
  const variants = foldVariants(token.text);
  let end = 0;
  variants.forEach((v, m) => {
    for (const t of terms) {
      if (t.fuzzyTerms.has(v)) end = token.text.length;
      for (const q of t.variants) {
        if (v === q) end = token.text.length;
        else if (t.prefix && v.startsWith(q)) {
          end = Math.max(
            end,
            originalPrefixLength(token.text, q.length, m === 0 ? 'base' : 'expanded'),
          );
        }
      }
    }
  });
  return end;
}

/** Highlight ranges of the query's matches in `text`. */
export function highlightsIn(
  text: string,
  terms: readonly QueryTerm[],
  field: Highlight['field'],
): Highlight[] {
  const out: Highlight[] = [];
  if (!text) return out;
  for (const token of tokenize(text)) {
    const n = matchedLength(token, terms);
    if (n === 0) continue;
    const last = out[out.length - 1];
    // "betts2011c" is two words to the index but one run to the eye.
    if (last && last.end === token.start) last.end = token.start + n;
    else out.push({ field, start: token.start, end: token.start + n });
  }
  return out;
}

/** Markdown reduced to readable text for an excerpt (markers dropped, links to their text). */
export function plainMarkdown(md: string): string {
  return md
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An excerpt of `text` of about `length` characters around the first match, with ellipses where
 * it was cut.
 */
export function excerpt(text: string, terms: readonly QueryTerm[], length = 180): string {
  let first = -1;
  for (const token of tokenize(text)) {
    if (matchedLength(token, terms) > 0) {
      first = token.start;
      break;
    }
  }
  let start = 0;
  if (first > length / 3) {
    start = first - Math.floor(length / 4);
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : first;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > Math.max(first, start)) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
