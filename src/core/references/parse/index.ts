/**
 * The reference-string parser: one reference-list entry as printed -> CSL-JSON. The entry is cut
 * into labelled segments (author, date, title, container, volume, ...) and the segments become the
 * fields of a CSL-JSON item.
 */
import { heuristicSegments } from './heuristic';
import type { ParsedReference } from './model';
import { segmentsToCsl } from './toCsl';

export type { FieldLabel, ParsedReference, Segment } from './model';
export { splitNames, type NameList } from './names';

/** Parses one reference-list entry (as printed, any common style) into CSL-JSON. */
export function parseReference(raw: string): ParsedReference {
  const { segments, confidence } = heuristicSegments(raw);
  return { raw, csl: segmentsToCsl(segments), confidence };
}

/** Parses many entries, in order (one result per entry). */
export function parseReferences(raws: readonly string[]): ParsedReference[] {
  return raws.map(parseReference);
}
