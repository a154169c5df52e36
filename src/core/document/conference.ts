// Reads a "Draft paper prepared for the X Conference … <dates>, <place>" statement.
import type { ConferenceInfo } from './model';
import { findEventDates } from './eventDates';

/** What a "paper prepared for …" statement says about the document and its event. */
export interface PreparedFor {
  /** e.g. "draft conference paper", "workshop paper". */
  kind: string;
  conference: ConferenceInfo;
}

const STATEMENT =
  /^(?<draft>draft\s+)?(?:[\p{L}-]+\s+)?paper\s+(?:prepared|presented|written|submitted)\s+(?:for|at|to)\s+(?:the\s+)?(?<rest>[\s\S]*)$/iu;
const EVENT_WORD =
  /\b(conference|workshop|symposium|congress|convention|colloquium|seminar|meeting|forum)\b/i;
const EDGE_PUNCTUATION = /^[\s,;:–—-]+|[\s,;:–—-]+$/g;

/** True when the first line of a paragraph opens a "paper prepared for …" statement. */
export function isPreparedForStatement(firstLine: string): boolean {
  return STATEMENT.test(firstLine.trim());
}

/**
 * Reads the statement's lines (inline markup already removed). The event name runs up to the
 * line holding the dates; the rest of that line (or the lines after it) is the place.
 * Returns null when `lines` is not such a statement.
 */
export function readPreparedFor(lines: readonly string[]): PreparedFor | null {
  const match = STATEMENT.exec(lines.map((l) => l.trim()).join('\n'));
  if (!match?.groups) return null;
  const restLines = match.groups
    .rest!.split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const dateLine = restLines.findIndex((l) => findEventDates(l) !== null);
  const nameParts = dateLine < 0 ? restLines : restLines.slice(0, dateLine);
  let place: string | null = null;
  let dates: ConferenceInfo['dates'] = null;
  let startDate: string | null = null;
  let endDate: string | null = null;
  if (dateLine >= 0) {
    const line = restLines[dateLine]!;
    const found = findEventDates(line)!;
    const before = tidy(line.slice(0, found.index));
    const after = tidy(line.slice(found.index + found.written.length));
    // "X Conference, 14 January 2013": the text before the dates is the name when no earlier
    // line gave one, else it is the place ("Geneva, Switzerland, 14-15 January 2013").
    const beforeIsPlace = before !== '' && nameParts.length > 0;
    if (before && !beforeIsPlace) nameParts.push(before);
    const following = tidy(restLines.slice(dateLine + 1).join(', '));
    place = after || (beforeIsPlace ? before : '') || following || null;
    dates = found.written;
    startDate = found.startDate;
    endDate = found.endDate;
  }
  const name = tidy(nameParts.join(' ').replace(/\s+/g, ' '));
  const event = EVENT_WORD.exec(name)?.[1]?.toLowerCase() ?? 'conference';
  return {
    kind: `${match.groups.draft ? 'draft ' : ''}${event} paper`,
    conference: { name, place, dates, startDate, endDate },
  };
}

function tidy(text: string): string {
  return text.replace(EDGE_PUNCTUATION, '').trim();
}
