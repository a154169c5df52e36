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
