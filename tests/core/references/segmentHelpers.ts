// Segments given directly, for tests of the repairs and the conversion that hold whatever a
// retrained tagger says.
import type { FieldLabel, Segment } from '../../../src/core/references/parse';
import { segmentsToCsl } from '../../../src/core/references/parse/toCsl';

/** Segments in order from [label, text] pairs, with offsets as if joined by single spaces. */
export function segments(...parts: [Segment['label'], string][]): Segment[] {
  let at = 0;
  return parts.map(([label, text]) => {
    const s = { label, text, start: at, end: at + text.length };
    at += text.length + 1;
    return s;
  });
}

/** The segments of `raw` for the labelled pieces given in order (each found after the previous). */
export function segmentsOf(raw: string, pieces: [FieldLabel, string][]): Segment[] {
  let from = 0;
  return pieces.map(([label, text]) => {
    const start = raw.indexOf(text, from);
    if (start < 0) throw new Error(`"${text}" is not in the entry after ${from}`);
    from = start + text.length;
    return { label, text, start, end: from };
  });
}

/** The CSL item the conversion makes of `raw` labelled as `pieces` (the tagger left out). */
export const convert = (raw: string, pieces: [FieldLabel, string][]) =>
  segmentsToCsl(segmentsOf(raw, pieces));
