// Passage anchoring, for services and renderer alike: passages as W3C TextQuoteSelectors, made
// from a selection's offsets, and found again in the document text — by their offsets when the
// text there is unchanged, else by the quote and its context (the occurrence whose prefix and
// suffix match best, nearest the old place).
import type { TextQuoteSelector } from '../userData/notes';

/** Characters of context kept before and after a quote. */
export const CONTEXT = 32;

/** The selector of text[start, end). */
export function selectorFor(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
    start,
    end,
  };
}

/** How many characters two strings share at their ends (`fromEnd`) or starts. */
function common(a: string, b: string, fromEnd: boolean): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[fromEnd ? a.length - 1 - i : i] === b[fromEnd ? b.length - 1 - i : i]) i++;
  return i;
}

/**
 * Where the selector's passage is in `text` now, or null when its quote no longer occurs.
 * Offsets win when they still hold the quote; otherwise every occurrence of the quote is scored
 * by matching context, ties going to the one nearest the stored offset.
 */
export function anchorSelector(
  text: string,
  selector: TextQuoteSelector,
): { start: number; end: number } | null {
  const { exact, prefix, suffix, start } = selector;
  if (!exact) return null;
  if (text.slice(start, start + exact.length) === exact) {
    return { start, end: start + exact.length };
  }
  let best: { at: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const before = text.slice(Math.max(0, at - prefix.length), at);
    const after = text.slice(at + exact.length, at + exact.length + suffix.length);
    const score = common(before, prefix, true) + common(after, suffix, false);
    const distance = Math.abs(at - start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { at, score, distance };
    }
  }
  return best ? { start: best.at, end: best.at + exact.length } : null;
}
