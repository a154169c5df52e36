// Helpers for the printed-form rules: which tokens lie in a span of the entry's text, and
// relabelling them.
import type { FieldLabel } from '../model';
import type { Token } from '../tokens';

/** A token label: a field, or "other" for what belongs to no field. */
export type TokenLabel = FieldLabel | 'other';

/** The index of the first token that starts at or after `at` (`tokens.length` if none). */
export function firstTokenFrom(tokens: readonly Token[], at: number): number {
  // Tokens come in text order and do not overlap: a binary search, not a scan of the entry.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The indices of the tokens that lie wholly inside [from, to) of the entry's text. */
export function tokensIn(tokens: readonly Token[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = firstTokenFrom(tokens, from); i < tokens.length && tokens[i]!.end <= to; i++)
    out.push(i);
  return out;
}

/**
 * The punctuation tokens right after offset `end`, up to the next word or number: what a rule
 * that relabelled a span may have to take from the field the tagger ran on into it.
 */
export function punctuationAfter(tokens: readonly Token[], end: number): number[] {
  const out: number[] = [];
  for (let i = firstTokenFrom(tokens, end); i < tokens.length; i++) {
    if (/[\p{L}\p{N}]/u.test(tokens[i]!.text)) break;
    out.push(i);
  }
  return out;
}

/** Gives every token inside [from, to) the label `label` (in place). */
export function relabel(
  labels: string[],
  tokens: readonly Token[],
  from: number,
  to: number,
  label: TokenLabel,
): void {
  for (const i of tokensIn(tokens, from, to)) labels[i] = label;
}

/** Where the entry's own text starts: after a list number the tagger marked as such. */
export function entryStart(tokens: readonly Token[], labels: readonly string[]): number {
  let i = 0;
  while (
    i < tokens.length &&
    (labels[i] === 'citation-number' || !/[\p{L}\p{N}]/u.test(tokens[i]!.text))
  )
    i++;
  return tokens[i]?.start ?? 0;
}
