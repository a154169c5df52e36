// The volume, issue and pages of a reference's source from the segments the tagger gave them,
// where one segment may hold two numbers: "31(3):491–514" tagged as the volume, "(3):491–514" as
// the issue, or "45, 87" as the volume (then what the second number is depends on the entry).
import { cleanNumberField, cleanPages, isNumbering, splitIssue, splitVolume } from './numbering';

/** The text of the segments tagged volume, issue and pages, and of the container before them. */
export interface TaggedNumbers {
  volume?: string;
  issue?: string;
  pages?: string;
  container?: string;
}

/** The cleaned numbers, and a series number that belongs to the container's name. */
export interface SourceNumbers {
  volume?: string;
  issue?: string;
  page?: string;
  /** "Serie 3, 316": the "3" of the series named at the container's end ("Comptes rendus … Serie"). */
  seriesNumber?: string;
}

/** "45, 87", "36, 3", "3, 316", "45, 87-90": a number, a comma and a number or a range of two. */
const NUMBER_COMMA_NUMBER = /^(\w+)\s*,\s*(\d+(?:\s*[-–]\s*\d+)?)$/u;
/** A page count alone: "12 pp.", "8pp". */
const PAGE_COUNT = /^\s*\d+\s*pp\b\.?[\s.,;]*$/iu;
/** A container that ends with a series word: the number after it is the series'. */
const SERIES_AT_END = /\b(?:s[ée]ries?|ser\.|reihe)\s*$/iu;

/**
 * Reads the volume, issue and pages: a volume tagged with its issue and pages ("31(3):491–514"),
 * an issue with its pages ("(3):491–514"), and "A, B" tagged as the volume, where B is the page
 * when no pages were tagged ("Phys. Scr. 45, 87 (1992)"), the issue when they were ("Operations
 * Research 36, 3 (1988), 454-469"), and A the series' number after a series word ("Comptes
 * rendus … Serie 3, 316 : 1194-1199"). A value with no digit nor roman numeral is dropped (a
 * mis-tagged word: "edited by").
 */
export function sourceNumbers(given: TaggedNumbers): SourceNumbers {
  const volume = given.volume ? splitVolume(cleanNumberField(given.volume)) : undefined;
  const issue = given.issue ? splitIssue(given.issue) : undefined;
  // "( 7):Paper23 ,12 pp": a page count tagged as the pages gives way to the pages run into the
  // volume or issue (alone, it stays: reference lists print a book's or report's length so).
  const otherPage = volume?.page ?? issue?.page;
  const tagged =
    otherPage && PAGE_COUNT.test(given.pages ?? '') ? { ...given, pages: undefined } : given;
  const comma = volume ? NUMBER_COMMA_NUMBER.exec(volume.volume) : null;
  const single = comma && !/\D/u.test(comma[2]!) ? comma : null;
  const afterSeries = SERIES_AT_END.test(tagged.container ?? '');
  const series = afterSeries && single && single[1]!.length <= 3 ? single : null;
  const volumePage = !tagged.pages && !series ? comma : null;
  const issueAfterComma = tagged.pages && !issue && !afterSeries ? single : null;
  // "Review of Financial Studies, 5: 4, pp. 553-580": with the pages tagged, the number after the
  // volume's colon is the issue.
  const issueAfterColon = tagged.pages && !volume?.issue ? volume?.page : undefined;
  const volumeAlone = series?.[2] ?? volumePage?.[1] ?? issueAfterComma?.[1];
  const pages = volumePage?.[2] ?? tagged.pages ?? volume?.page ?? issue?.page;
  const numbering = (value: string | undefined): string | undefined =>
    value && isNumbering(value) ? value : undefined;
  const out: SourceNumbers = {};
  const put = (key: keyof SourceNumbers, value: string | undefined): void => {
    if (value) out[key] = value;
  };
  put('volume', numbering(volume && cleanNumberField(volumeAlone ?? volume.volume)));
  put(
    'issue',
    numbering(issue ? issue.issue : (volume?.issue ?? issueAfterColon ?? issueAfterComma?.[2])),
  );
  put('page', numbering(pages && cleanPages(pages)));
  put('seriesNumber', series?.[1]);
  return out;
}

/** "…Tales. 2 vols", "…, 3 vol.": the number of volumes, printed as the title's last part. */
const VOLUME_COUNT_AT_END = /[.,;:]\s+(\d+)\s+vols?\.?$/iu;

/**
 * A title and the number of volumes the tagger left at its end ("The Leatherstocking Tales. 2
 * vols." -> "The Leatherstocking Tales", 2 volumes); null when the title ends otherwise.
 */
export function volumeCountAfterTitle(title: string): { title: string; volumes: string } | null {
  const m = VOLUME_COUNT_AT_END.exec(title);
  if (!m || !/\p{L}/u.test(title.slice(0, m.index))) return null;
  return { title: title.slice(0, m.index), volumes: m[1]! };
}
