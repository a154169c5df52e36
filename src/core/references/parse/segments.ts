// Groups tagged tokens into labelled segments of the raw string.
import type { FieldLabel, Segment } from './model';
import type { Token } from './tokens';

const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;
const URL = /^(?:https?:\/\/|ftp:\/\/|www\.)/iu;
const DOI = /^(?:10\.\d{4,9}\/|https?:\/\/(?:dx\.)?doi\.org\/10\.)/iu;

/**
 * Labels that a token's form decides whatever the tagger says: a whole DOI token is the DOI, a
 * whole URL token the URL (the tagger, seeing few URLs, sometimes calls one a volume or a note).
 */
export function patternLabels(tokens: readonly Token[], labels: readonly string[]): string[] {
  return labels.map((label, i) => {
    const text = tokens[i]!.text;
    if (DOI.test(text)) return 'doi';
    if (URL.test(text)) return 'url';
    return label;
  });
}

/**
 * Runs of tokens with the same label become one segment, from the first token's start to the last
 * token's end. Punctuation tagged "other" between two runs of the same label joins them
 * ("Smith" "," "J" "." all author).
 */
export function toSegments(
  raw: string,
  tokens: readonly Token[],
  labels: readonly string[],
): Segment[] {
  const fixed = [...labels];
  for (let i = 1; i < fixed.length - 1; i++) {
    if (fixed[i] !== 'other' || !PUNCTUATION.test(tokens[i]!.text)) continue;
    let j = i;
    while (j < fixed.length && fixed[j] === 'other' && PUNCTUATION.test(tokens[j]!.text)) j++;
    if (j < fixed.length && fixed[j] === fixed[i - 1])
      for (let k = i; k < j; k++) fixed[k] = fixed[i - 1]!;
    i = j - 1;
  }
  const out: Segment[] = [];
  for (let i = 0; i < tokens.length;) {
    const label = fixed[i]!;
    let j = i + 1;
    while (j < tokens.length && fixed[j] === label) j++;
    if (label !== 'other') {
      const start = tokens[i]!.start;
      const end = tokens[j - 1]!.end;
      out.push({ label: label as FieldLabel, text: raw.slice(start, end), start, end });
    }
    i = j;
  }
  return out;
}

/** `prev` grown to take in `next`, which follows it in the entry (the space between kept). */
export function joinedSegment(prev: Segment, next: Segment): Segment {
  const gap = ' '.repeat(Math.max(0, next.start - prev.end));
  return { ...prev, text: `${prev.text}${gap}${next.text}`, end: next.end };
}

/** The segments with each one that `joins` its predecessor taken into it (in a run, into the first). */
export function joinRuns(
  segments: readonly Segment[],
  joins: (prev: Segment, next: Segment) => boolean,
): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out[out.length - 1];
    if (prev && joins(prev, s)) out[out.length - 1] = joinedSegment(prev, s);
    else out.push(s);
  }
  return out;
}
