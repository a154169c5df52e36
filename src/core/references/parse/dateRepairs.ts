// Years the tagger took for the entry's date that belong to another field: one printed inside a
// title or a conference's name ("…Interview Survey, 1993. National Center…", "Anglistentag 1999
// Mainz"), and the page run into the bracketed year of a physics entry ("B 10, 1755 (1996)").
import type { Segment } from './model';
import { joinedSegment } from './segments';

/** Fields a year is printed inside of, as part of their text. */
const HOLDERS = new Set<Segment['label']>(['title', 'container-title']);
const YEAR = /(?<!\p{N})(?:1[5-9]\d\d|20\d\d)(?!\p{N})/u;

/**
 * A date segment with a title (or a container) on both sides is part of it when the entry has
 * another date: "Current estimates from the National Health Interview Survey, 1993. National
 * Center for Health Statistics. Vital Health Stat 1995;" — the 1993 is the survey's, the entry's
 * date is 1995. The three segments become one. A lone date stays where the tagger put it, and so
 * does a date in brackets ("UNESCO. Programme. (2015). Title…": APA's date, not the title's).
 */
export function yearInsideField(segments: readonly Segment[]): Segment[] {
  const dated = (s: Segment): boolean => s.label === 'date' && YEAR.test(s.text);
  /** Dates still standing as the entry's: one always stays. */
  let dates = segments.filter(dated).length;
  if (dates < 2) return [...segments];
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const prev = out[out.length - 1];
    const next = segments[i + 1];
    if (
      dates > 1 &&
      dated(s) &&
      !/[()[\]]/u.test(s.text) &&
      prev &&
      next &&
      HOLDERS.has(prev.label) &&
      next.label === prev.label
    ) {
      out[out.length - 1] = joinedSegment(joinedSegment(prev, s), next);
      dates--;
      i++;
    } else {
      out.push(s);
    }
  }
  return out;
}

/**
 * "1755 ( 1996)]." — a number, then the year in brackets (group 1 the number's text with its
 * space, group 2 the number, group 3 the year).
 */
const NUMBER_BEFORE_BRACKETED_YEAR =
  /^(\s*(\p{N}{1,6})\s*[,;]?\s*)(?=\(\s*(1[5-9]\d\d|20\d\d)[a-z]?\s*\))/u;

/**
 * "Int. J. Mod. Phys. B 10, 1755 (1996)" and "J. Chem. Soc. 1780 (1938)": when the tagger took the
 * number before a bracketed year into the date and the entry has no pages, the number is the
 * pages (a date is never printed as a number and then a year in brackets). A number within two of
 * the year ("PoS Lattice 2014 (2015)") is left: it may be the conference's year.
 */
export function pagesBeforeBracketedYear(segments: readonly Segment[]): Segment[] {
  if (segments.some((s) => s.label === 'pages')) return [...segments];
  const at = segments.findIndex((s) => s.label === 'date');
  const date = segments[at];
  const m = date && NUMBER_BEFORE_BRACKETED_YEAR.exec(date.text);
  if (!date || !m) return [...segments];
  if (Math.abs(Number(m[2]) - Number(m[3])) <= 2) return [...segments];
  const cut = m[1]!.length;
  const out = [...segments];
  out.splice(
    at,
    1,
    { label: 'pages', text: date.text.slice(0, cut), start: date.start, end: date.start + cut },
    { ...date, text: date.text.slice(cut), start: date.start + cut },
  );
  return out;
}
