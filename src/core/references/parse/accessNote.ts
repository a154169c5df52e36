// "Retrieved March 23, 2016, from Healthy Place: http://…": the tagger reads the access date's day
// as a volume and its year as the date. Those pieces are the access note's.
import type { Segment } from './model';
import { joinedSegment } from './segments';

/** A segment that opens an access note. */
const ACCESS_OPENING = /^\s*(?:retrieved|accessed|last accessed|viewed|consulted)\b/iu;
/** A day, a month's name or a year, with their punctuation: what an access date is made of. */
const DATE_PIECE =
  /^[\s(]*(?:\d{1,2}|1[5-9]\d\d|20\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*\.?)(?:[\s,.;:)]+(?:\d{1,2}|1[5-9]\d\d|20\d\d))*[\s,.;:)]*$/iu;
const NUMBER_LABELS = new Set(['volume', 'issue', 'pages', 'date']);
const YEAR = /(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)/u;

/**
 * The segments with an access note made whole: a segment opening with "Retrieved" or "Accessed"
 * (tagged a note or, unsure, a container) becomes a note, with the day, month and year pieces
 * right after it that the tagger gave to the volume, pages or date, up to the year.
 */
export function accessNote(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  let open: number | null = null;
  for (const s of segments) {
    const note = open === null ? null : out[open]!;
    if (note && NUMBER_LABELS.has(s.label) && DATE_PIECE.test(s.text) && s.start - note.end <= 1) {
      out[open!] = joinedSegment(note, s);
      if (YEAR.test(s.text)) open = null;
      continue;
    }
    open = null;
    if ((s.label === 'note' || s.label === 'container-title') && ACCESS_OPENING.test(s.text)) {
      out.push({ ...s, label: 'note' });
      if (!YEAR.test(s.text)) open = out.length - 1;
      continue;
    }
    out.push(s);
  }
  return out;
}
