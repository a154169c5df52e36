// Recognises block quotes that the source gives no Markdown marker for.
import type { BodyUnit } from './pageBreaks';

/**
 * A parenthetical author-year citation closing the text, placed after the quote's own final
 * punctuation: "… responsibility sharing. (Federal Office for Migration 2004: 13)". Running text
 * puts the citation before the full stop, so this form marks a displayed quotation.
 */
const TRAILING_CITATION =
  /[.?!…’”"']\s*\((?=[^()]*\p{Lu})[^()]*\b(?:1[5-9]|20)\d{2}[a-z]?\b[^()]*\)$/u;
const INTRODUCES = /:$/u;

/**
 * Marks a paragraph as a block quote when the paragraph before it ends with ':' (it introduces
 * the quotation) and the paragraph itself ends with a citation placed after its final punctuation.
 * Both conditions are required: either alone is common in running text. Paragraphs that were
 * indented in the source (4+ spaces) and `>` quotes are block quotes already.
 */
export function markBlockQuotes(units: readonly BodyUnit[]): BodyUnit[] {
  return units.map((unit, index) => {
    const previous = units[index - 1];
    const isQuote =
      unit.kind === 'paragraph' &&
      previous?.kind === 'paragraph' &&
      INTRODUCES.test(previous.inline.text) &&
      TRAILING_CITATION.test(unit.inline.text);
    return isQuote ? { ...unit, kind: 'blockquote' } : unit;
  });
}
