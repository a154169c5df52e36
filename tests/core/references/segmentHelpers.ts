// Segments given directly, for tests of the repairs and the conversion that hold whatever a
// retrained tagger says.
import type { Segment } from '../../../src/core/references/parse';

/** Segments in order from [label, text] pairs, with offsets as if joined by single spaces. */
export function segments(...parts: [Segment['label'], string][]): Segment[] {
  let at = 0;
  return parts.map(([label, text]) => {
    const s = { label, text, start: at, end: at + text.length };
    at += text.length + 1;
    return s;
  });
}
