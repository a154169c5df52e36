/**
 * The reference-string parser: one reference-list entry as printed -> CSL-JSON. A sequence tagger
 * (averaged perceptron, see scripts/train-reference-tagger.ts) labels each token (author, date,
 * title, container, volume, ...); the labelled segments become the fields of a CSL-JSON item.
 */
import { tokenFeatures } from './features';
import type { ParsedReference } from './model';
import { printedFormLabels } from './forms';
import { normaliseEntry } from './normalise';
import { patternLabels, toSegments } from './segments';
import { shippedTagger } from './shippedModel';
import type { ReferenceTagger } from './tagger';
import { segmentsToCsl } from './toCsl';
import { tokenize } from './tokens';

export type { FieldLabel, ParsedReference, Segment } from './model';
export { splitNames, type NameList } from './names';

/**
 * Parses one reference-list entry (as printed, any common style) into CSL-JSON, with the shipped
 * tagger unless another is given (the training script evaluates its candidates this way).
 */
export function parseReference(
  raw: string,
  tagger: ReferenceTagger = shippedTagger(),
): ParsedReference {
  const text = normaliseEntry(raw);
  const tokens = tokenize(text);
  if (tokens.length === 0) return { raw, csl: { id: '', type: 'manuscript' }, confidence: 0 };
  const { labels, margins } = tagger.tag(tokenFeatures(text, tokens, tagger.gazetteer));
  const fixed = printedFormLabels(text, tokens, patternLabels(tokens, labels));
  const segments = toSegments(text, tokens, fixed);
  const confidence = margins.reduce((a, b) => a + b, 0) / margins.length;
  return { raw, csl: segmentsToCsl(segments), confidence };
}

/** Parses many entries, in order (one result per entry). */
export function parseReferences(
  raws: readonly string[],
  tagger: ReferenceTagger = shippedTagger(),
): ParsedReference[] {
  return raws.map((raw) => parseReference(raw, tagger));
}
