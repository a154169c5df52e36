// Finds an event's dates as written ("14-15 January 2013") and reads them as ISO dates.

/** Dates found in a line: as written, where, and as ISO first/last day (null if not a real date). */
export interface FoundDates {
  written: string;
  index: number;
  startDate: string | null;
  endDate: string | null;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const DASH = '\\s*(?:[-–—]|to)\\s*';

type Parts = { d1: string; m1: string; y1: string; d2: string; m2: string; y2: string };

/** Patterns from most to least specific; `read` maps the groups to first/last day. */
const PATTERNS: { re: RegExp; read: (g: string[]) => Parts }[] = [
  {
    // 30 December 2012 - 2 January 2013
    re: new RegExp(`${DAY}\\s+${MONTH},?\\s+${YEAR}${DASH}${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'i'),
    read: ([d1, m1, y1, d2, m2, y2]) => ({ d1: d1!, m1: m1!, y1: y1!, d2: d2!, m2: m2!, y2: y2! }),
  },
  {
    // 30 January - 2 February 2013
    re: new RegExp(`${DAY}\\s+${MONTH}${DASH}${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'i'),
    read: ([d1, m1, d2, m2, y]) => ({ d1: d1!, m1: m1!, y1: y!, d2: d2!, m2: m2!, y2: y! }),
  },
  {
    // 14-15 January 2013
    re: new RegExp(`${DAY}${DASH}${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'i'),
    read: ([d1, d2, m, y]) => ({ d1: d1!, m1: m!, y1: y!, d2: d2!, m2: m!, y2: y! }),
  },
  {
    // March 30 - April 2, 2015
    re: new RegExp(`${MONTH}\\s+${DAY}${DASH}${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'i'),
    read: ([m1, d1, m2, d2, y]) => ({ d1: d1!, m1: m1!, y1: y!, d2: d2!, m2: m2!, y2: y! }),
  },
  {
    // January 14-15, 2013
    re: new RegExp(`${MONTH}\\s+${DAY}${DASH}${DAY},?\\s+${YEAR}`, 'i'),
    read: ([m, d1, d2, y]) => ({ d1: d1!, m1: m!, y1: y!, d2: d2!, m2: m!, y2: y! }),
  },
  {
    // 14 January 2013
    re: new RegExp(`${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'i'),
    read: ([d, m, y]) => ({ d1: d!, m1: m!, y1: y!, d2: d!, m2: m!, y2: y! }),
  },
  {
    // January 14, 2013
    re: new RegExp(`${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'i'),
    read: ([m, d, y]) => ({ d1: d!, m1: m!, y1: y!, d2: d!, m2: m!, y2: y! }),
  },
];

/** Finds the first event date or date range in `line`; null when there is none. */
export function findEventDates(line: string): FoundDates | null {
  for (const { re, read } of PATTERNS) {
    const match = re.exec(line);
    if (!match) continue;
    const p = read(match.slice(1));
    const startDate = isoDate(p.y1, p.m1, p.d1);
    const endDate = isoDate(p.y2, p.m2, p.d2);
    const ordered = startDate !== null && endDate !== null && startDate <= endDate;
    return {
      written: match[0],
      index: match.index,
      startDate: ordered ? startDate : null,
      endDate: ordered ? endDate : null,
    };
  }
  return null;
}

/** "2013", "Jan", "14" -> "2013-01-14"; null for an impossible day. */
function isoDate(year: string, month: string, day: string): string | null {
  const m = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase().replace(/\.$/, '')));
  const y = Number(year);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m, d));
  if (m < 0 || date.getUTCMonth() !== m || date.getUTCDate() !== d) return null;
  return `${year}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
