// Helpers for the printed-form rules: which tokens lie in a span of the entry's text, and
// relabelling them.
import type { FieldLabel } from '../model';
import type { Token } from '../tokens';

/** A token label: a field, or "other" for what belongs to no field. */
export type TokenLabel = FieldLabel | 'other';

/** The indices of the tokens that lie wholly inside [from, to) of the entry's text. */
export function tokensIn(tokens: readonly Token[], from: number, to: number): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (t.start >= from && t.end <= to) out.push(i);
  });
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

/**
 * A full stop that ends a part of an entry (a "sentence"), not an initial's or an abbreviation's
 * dot in a place name: ". " after a word of two or more letters.
 */
export const SENTENCE_STOP = /(?<=[\p{L}\p{N}]{2}|[)\]"”’])(?<!\b(?:St|Ste|Mt|Ft|Dr|vs))\.\s/u;

/** Every sentence stop (for `matchAll`, which copies it, so one instance serves every call). */
export const SENTENCE_STOPS = new RegExp(SENTENCE_STOP.source, 'gu');

/** Where the sentence opening at `from` ends: just after its full stop, or the text's end. */
export function sentenceEnd(text: string, from: number): number {
  const stop = SENTENCE_STOP.exec(text.slice(from));
  return stop ? from + stop.index + 1 : text.length;
}
