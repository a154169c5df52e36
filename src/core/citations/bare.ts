// Author-year citations written without brackets round the year: "following the protocol of
// Frazier et al., 2014", "(see Ulrich et al., 2007 for the protocol)", and "Loefer & Sedberry,
// 2003" in a table. Only forms no sentence writes otherwise are read: "et al." or "&" between
// two names, then a comma and a year. "Smith, 2004" or "France and Germany, 2003" could be
// anything and are left alone.
import type { Span } from './grammar';
import type { CitationDraft } from './parseCitations';

const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+)?`;
/** White space within a paragraph: a line break, but no blank line (a citation never spans one). */
const GAP = String.raw`(?:[^\S\n]|\n(?!\s*\n))+`;
const BARE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${NAME})(?:${GAP}et al\.|${GAP}&${GAP}(${NAME})),${GAP}((?:19|20)\d\d)([a-z])?(?![\p{L}\p{N}])`,
  'gu',
);

const overlaps = (a: Span, spans: readonly Span[]): boolean =>
  spans.some((b) => a.start < b.end && b.start < a.end);

/**
 * The bare citations of `text` that overlap none of the `taken` spans (citations already read
 * from parentheses). One inside a parenthesis the grammar could not read ("(see Ulrich et al.,
 * 2007 for the protocol)") is parenthetical; one in a sentence is narrative.
 */
export function bareCitations(
  text: string,
  taken: readonly Span[],
  parentheses: readonly Span[],
): CitationDraft[] {
  const drafts: CitationDraft[] = [];
  for (const m of text.matchAll(BARE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, taken)) continue;
    const second = m[2];
    drafts.push({
      raw: m[0],
      authors: second ? [m[1]!, second] : [m[1]!],
      etAl: !second,
      year: m[3]!,
      yearSuffix: m[4] ?? null,
      locator: null,
      prefix: null,
      narrative: !overlaps(span, parentheses),
      ibid: false,
      start: span.start,
      end: span.end,
    });
  }
  return drafts;
}
