// Rule-based repairs of the tagger's segments where a closed pattern says more than the model:
// "(in press)" and "(n.d.)" are dates, "Retrieved May 3, 2013, from" is access information, and
// "2nd ed." is an edition, and a body named first, before the date, is the author.
import { editorsInAuthors, familyAfterInitials, titleAfterAuthors } from './authorRepairs';
import { accessNote } from './accessNote';
import { containerHead } from './containerHead';
import { pagesBeforeBracketedYear, yearInsideField } from './dateRepairs';
import { numberAfterContainerHyphen, volumeInContainer } from './containerEdge';
import { publisherRuns } from './publisherRuns';
import { specialIssueInContainer } from './specialIssue';
import { EDITION_AFTER_COMMA_AT_END, EDITION_ALONE, EDITION_IN_BRACKETS_AT_END } from './edition';
import type { FieldLabel, Segment } from './model';
import { joinRuns } from './segments';

const DATE_WORDS =
  /\(\s*(?:in press|forthcoming|n\.\s?d\.?(?:-?[a-z]\b)?)\s*\)[.,:]?|\b(?:in press|forthcoming)\b[.,:]?|\bn\.\s?d(?:\.(?:-[a-z]\b)?[,:]?|$)/iu;
const ACCESS = /^\s*(?:retrieved|accessed|available|viewed|consulted|last accessed)\b/iu;
/** A note that ends in an access word: the date after it is the access date, not the issue date. */
const ACCESS_WORD_AT_END = /\b(?:retrieved|accessed|viewed|consulted|abgerufen|zugegriffen)\W*$/iu;

function relabel(segment: Segment, label: FieldLabel): Segment {
  return { ...segment, label };
}

// Not container-title: "Science, 2011, 331, 1040" after a lost author list is a journal.
const BODY_LABELS: ReadonlySet<FieldLabel> = new Set(['publisher', 'institution']);

/**
 * "World Health Organization. (2020). Title. Geneva: World Health Organization." — a body named
 * first, right before the date, in an entry with no author, is the author (the tagger, having seen
 * the name as publisher, may say publisher).
 */
function authorBeforeDate(segments: readonly Segment[]): Segment[] {
  if (segments.some((s) => s.label === 'author' || s.label === 'editor')) return [...segments];
  const first = segments.findIndex((s) => s.label !== 'citation-number');
  const head = segments[first];
  if (!head || !BODY_LABELS.has(head.label) || segments[first + 1]?.label !== 'date')
    return [...segments];
  return segments.map((s, i) => (i === first ? relabel(s, 'author') : s));
}

const PAREN_DATE_WORDS = /^\s*\(\s*(?:in press|forthcoming|n\.\s?d\.?(?:-?[a-z]\b)?)\s*\)/iu;

/**
 * "Brandt, L. (in press). Temporary protection after 2022. Journal": when a segment opens with a
 * parenthesised "in press" or "n.d.", that is the date, and a bare year the tagger called a date
 * right after title words is the title's ("after 2022"): it goes back into the title.
 */
function yearInTitle(segments: readonly Segment[]): Segment[] {
  if (!segments.some((s) => s.label !== 'date' && PAREN_DATE_WORDS.test(s.text))) {
    return [...segments];
  }
  return joinRuns(
    segments,
    (prev, s) => s.label === 'date' && !/[()]/.test(s.text) && prev.label === 'title',
  );
}

const EDITOR_MARK = /(?:^|[\s(,.;:])(?:in\s*:|eds?\b|edited\b|editors?\b|hrsg\b|hg\b|dir\b)/iu;

/**
 * An entry has one author list, at its head (in the training data no entry has two): a second
 * author segment further on is the editors of the book it is in when an editor mark stands in or
 * next to it ("in: A. Stefanini, G. Nebbia (Eds.)"), else words the tagger took for names —
 * the title if the entry has none ("FastJet User Manual"), or a note.
 */
function laterAuthors(segments: readonly Segment[]): Segment[] {
  const first = segments.findIndex((s) => s.label === 'author');
  if (first < 0) return [...segments];
  const hasTitle = segments.some((s) => s.label === 'title');
  let titleGiven = hasTitle;
  return segments.map((s, i) => {
    if (s.label !== 'author' || i <= first) return s;
    // Adjacent author segments (split by a word the tagger left out) are one list.
    if (segments.slice(first, i).every((x) => x.label === 'author')) return s;
    const around = `${segments[i - 1]?.text ?? ''} ${s.text} ${segments[i + 1]?.text.slice(0, 12) ?? ''}`;
    if (EDITOR_MARK.test(around)) return relabel(s, 'editor');
    if (!titleGiven) {
      titleGiven = true;
      return relabel(s, 'title');
    }
    return relabel(s, 'note');
  });
}

/**
 * "Title. In E. Gottheil, … (Eds.), Etiologic aspects of alcohol. Springfield: Thomas." — a second
 * title after the editors, in an entry with no container, is the book the chapter is in.
 */
function bookAfterEditors(segments: readonly Segment[]): Segment[] {
  if (segments.some((s) => s.label === 'container-title')) return [...segments];
  const title = segments.findIndex((s) => s.label === 'title');
  const editors = segments.findIndex((s, i) => i > title && s.label === 'editor');
  // A chapter has its own author, before its title (editors at the head make an edited book).
  const author = segments.findIndex((s) => s.label === 'author');
  if (title < 0 || editors < 0 || author < 0 || author > title) return [...segments];
  const book = segments.findIndex((s, i) => i > editors && s.label === 'title');
  if (book !== editors + 1) return [...segments];
  return segments.map((s, i) => (i === book ? relabel(s, 'container-title') : s));
}

/** A volume that is nothing but a year ("2010,"; not Vancouver's "2019;14(3):153-60"). */
const VOLUME_YEAR = /^\s*(?:1[5-9]\d\d|20[0-3]\d)[\s.,;:]*$/u;
const YEAR_ALONE = /^\s*(?:1[5-9]\d\d|20[0-3]\d)[a-z]?(?![\p{N}]|\s*[-–—/]\s*\d)/u;

/**
 * "Havelock, Preface to Plato, Cambridge Mass. 1963 (Rpt. 1982)." — in an entry with no date, the
 * pages the tagger found that are a year alone ("1963", not "1963-1970") are its date; so is a
 * volume that is a year alone ("Atmospheric Chemistry and Physic, 2010, (10) pp 1427-1439").
 */
function yearAsPages(segments: readonly Segment[]): Segment[] {
  if (segments.some((s) => s.label === 'date' && /\p{N}/u.test(s.text))) return [...segments];
  for (const [label, year] of [
    ['pages', YEAR_ALONE],
    ['volume', VOLUME_YEAR],
  ] as const) {
    const found = segments.filter((s) => s.label === label);
    if (found.length === 1 && year.test(found[0]!.text))
      return segments.map((s) => (s === found[0] ? relabel(s, 'date') : s));
  }
  return [...segments];
}

const BRACKETED_NUMBER = /^\(\s*\d+(?:\s*[-–/]\s*\d+)?\s*\)[\s.,;:]*$/u;

/**
 * "Revue Generale de Thermique, 26 (308-309) (1987) 445-450": a bracketed number right after the
 * volume is its issue, when the tagger called it pages and found the pages further on too.
 */
function issueAsPages(segments: readonly Segment[]): Segment[] {
  if (segments.some((s) => s.label === 'issue')) return [...segments];
  const pages = segments.filter((s) => s.label === 'pages');
  const at = segments.indexOf(pages[0]!);
  if (pages.length < 2 || segments[at - 1]?.label !== 'volume') return [...segments];
  if (!BRACKETED_NUMBER.test(pages[0]!.text)) return [...segments];
  return segments.map((s, i) => (i === at ? relabel(s, 'issue') : s));
}

const GENRE_AT_END =
  /\(\s*((?:unpublished\s+)?(?:(?:doctoral|master['’]?s?|ph\.?\s?d\.?|bachelor['’]?s?|diploma|mphil|msc|ma)\s+)?(?:dissertation|thesis)\b[^()]*)\)[\s.,;:]*$/iu;

/**
 * "Essays on labour markets (Doctoral dissertation).", "Sobolev spaces (second edition)" and
 * "Concise Encyclopedia of Mathematics, 2nd edition.": the APA thesis mark, or the edition in
 * brackets or after a comma, at the end of a title is the genre or the edition, not part of the
 * title.
 */
function marksAfterTitle(segments: readonly Segment[]): Segment[] {
  const marks = (
    [
      ['genre', GENRE_AT_END],
      ['edition', EDITION_IN_BRACKETS_AT_END],
      ['edition', EDITION_AFTER_COMMA_AT_END],
    ] as const
  ).filter(([label]) => !segments.some((s) => s.label === label));
  return segments.flatMap((s) => {
    if (s.label !== 'title') return [s];
    for (const [label, mark] of marks) {
      const m = mark.exec(s.text);
      if (!m || !/[\p{L}\p{N}]/u.test(s.text.slice(0, m.index))) continue;
      const at = s.start + m.index;
      return [
        { ...s, text: s.text.slice(0, m.index), end: at },
        { label, text: s.text.slice(m.index), start: at, end: s.end },
      ];
    }
    return [s];
  });
}

/** The repairs above, in the order they apply (each sees what the ones before it made). */
const SEGMENT_REPAIRS: readonly ((segments: readonly Segment[]) => Segment[])[] = [
  accessNote,
  yearInsideField,
  pagesBeforeBracketedYear,
  yearAsPages,
  issueAsPages,
  yearInTitle,
  editorsInAuthors,
  titleAfterAuthors,
  familyAfterInitials,
  authorBeforeDate,
  laterAuthors,
  bookAfterEditors,
  containerHead,
  numberAfterContainerHyphen,
  volumeInContainer,
  specialIssueInContainer,
  publisherRuns,
  marksAfterTitle,
];

/** Returns the segments with the repairs above applied (the input is not changed). */
export function repairSegments(tagged: readonly Segment[]): Segment[] {
  const segments = SEGMENT_REPAIRS.reduce<Segment[]>((acc, repair) => repair(acc), [...tagged]);
  // A date segment that is only punctuation (the "." after "(in press)") dates nothing.
  const hasDate = segments.some((s) => s.label === 'date' && /[\p{L}\p{N}]/u.test(s.text));
  const out: Segment[] = [];
  for (const s of segments) {
    if (s.label === 'date' && !hasDate) continue;
    const dateWords = hasDate || s.label === 'date' ? null : DATE_WORDS.exec(s.text);
    // Bare "forthcoming" inside a title is a word of the title; at an edge of a segment, a date.
    const atEdge =
      dateWords &&
      (dateWords[0].startsWith('(') ||
        dateWords.index === 0 ||
        !/\p{L}/u.test(s.text.slice(dateWords.index + dateWords[0].length)));
    if (dateWords && atEdge) {
      // "Okafor, C. (n.d.)" or "(in press). Title": the date words become a date segment.
      const from = dateWords.index;
      const to = from + dateWords[0].length;
      const piece = (label: FieldLabel, a: number, b: number): void => {
        if (/\p{L}|\p{N}/u.test(s.text.slice(a, b))) {
          out.push({ label, text: s.text.slice(a, b), start: s.start + a, end: s.start + b });
        }
      };
      piece(s.label, 0, from);
      piece('date', from, to);
      piece(s.label, to, s.text.length);
    } else if (
      s.label === 'date' &&
      out.length > 0 &&
      out[out.length - 1]!.label === 'note' &&
      ACCESS_WORD_AT_END.test(out[out.length - 1]!.text)
    ) {
      out.push(relabel(s, 'note'));
    } else if (s.label === 'container-title' && ACCESS.test(s.text)) {
      out.push(relabel(s, 'note'));
    } else if (s.label === 'note' && EDITION_ALONE.test(s.text)) {
      out.push(relabel(s, 'edition'));
    } else {
      out.push(s);
    }
  }
  return out;
}
