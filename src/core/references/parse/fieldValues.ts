// Cleans the text of one labelled segment into the value of its CSL-JSON field.
import type { CslDate } from '../../bibliography/model';

const MONTHS =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter)\b/iu;
const MONTH_NUMBERS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  spr: 21,
  sum: 22,
  aut: 23,
  fal: 23,
  win: 24,
};

const CLOSING_AT_END = /[\s,;:)\]}"“”'‘’«»]+$/u;
const OPENER_OF: Readonly<Record<string, string>> = {
  ')': '(',
  ']': '[',
  '}': '{',
  '»': '«',
  '”': '“',
  '’': '‘',
};
const count = (s: string, ch: string): number => s.split(ch).length - 1;

/** Drops closing brackets and quotes at the end that close nothing in `s` (and spaces, commas). */
function dropUnmatchedClosers(text: string): string {
  let s = text;
  for (;;) {
    const ch = s[s.length - 1];
    if (ch === undefined) return s;
    const opener = OPENER_OF[ch];
    const unmatched =
      /[\s,;:]/u.test(ch) ||
      (opener !== undefined && count(s, opener) < count(s, ch)) ||
      (ch === '"' && count(s, '"') % 2 === 1);
    if (!unmatched) return s;
    s = s.slice(0, -1);
  }
}

/** Trims spaces, wrapping quotes and brackets, and trailing separators (not a closing dot of "Jr."). */
export function cleanText(text: string): string {
  let s = text.replace(/\s+/g, ' ').trim();
  s = s.replace(/^[\s,;:.()[\]{}"“”'‘’«»]+/u, '').replace(CLOSING_AT_END, '');
  // A final dot is punctuation unless it closes an abbreviation such as "Jr." or "J. Chem.".
  // What the dot followed ("(Doctoral dissertation).", "« Title ».") goes with it.
  if (/\.$/.test(s) && !/(?:^|[\s.])\p{L}{1,4}\.$/u.test(s)) {
    s = dropUnmatchedClosers(s.slice(0, -1));
  }
  return s.replace(/[\s,;:]+$/u, '');
}

/** A title without wrapping quotes or the final full stop. */
export function cleanTitle(text: string): string {
  return cleanText(text)
    .replace(/[.,;:]+$/u, '')
    .trim();
}

/**
 * "In: Proceedings of X" -> "Proceedings of X"; also drops what the tagger leaves before a
 * container: the closing quote of the title, "(eds.),", "to appear in:", "of" (after "Volume 4").
 */
export function cleanContainer(text: string): string {
  return cleanText(
    text
      .replace(/^[\s,;:.)\]"“”'‘’«»]+/u, '')
      .replace(/^\s*\(?\s*(?:eds?|edd|editors?|hrsg|hg)\.?\s*\)?\s*[,.:]\s*/iu, '')
      .replace(/^\s*(?:to appear in|in|dans|im|en)\s*:?\s+/iu, '')
      .replace(/^of\s+(?=\p{Lu})/u, ''),
  );
}

/** The DOI alone: no "doi:" label, no resolver URL, no trailing punctuation. */
export function normaliseDoi(text: string): string {
  const s = text
    .trim()
    .replace(/^(?:doi\s*:?\s*|https?:\/\/(?:dx\.)?doi\.org\/|doi\.org\/)+/iu, '')
    .replace(/^.*?(?=10\.\d)/u, '');
  // "10.1103/PhysRevD.94.085018.URL https:..." or "10.1063/1.524639,doi": a label run into the DOI.
  // A DOI holds no space (the parser joins one broken by spaces before tagging): what follows a
  // space ("Retrieved 2010-08-07", "[pii]") is not part of it.
  const doi = /^10\.\d+\/\S+/u.exec(s)?.[0] ?? s;
  return doi
    .replace(/[.,;]\s*(?:url|doi|pmid|pmcid|arxiv|issn|isbn|https?|available|accessed)\b.*$/iu, '')
    .replace(/[\s.,;:)\]>]+$/u, '')
    .replace(/\s+/g, '');
}

/** A URL without "Retrieved from", angle brackets or trailing punctuation. */
export function normaliseUrl(text: string): string {
  const m = /(?:https?:\/\/|ftp:\/\/|www\.)\S+/iu.exec(text);
  const url = m ? m[0] : text.trim();
  return url.replace(/[\s.,;:)\]>]+$/u, '');
}

/** "제21", "권, 제2", "第3", "期: 11-14", "第42页": the number without the CJK marks around it. */
function withoutCjkMarks(text: string): string {
  return text
    .replace(/^[\s\p{Script=Han}\p{Script=Hangul},.:;，：]+(?=[\p{N}A-Za-z])/u, '')
    .replace(/[\s\p{Script=Han}\p{Script=Hangul}]+$/u, '');
}

/** Volume or issue number without its label ("Vol. 12" -> "12", "(3)" -> "3", "no. 4" -> "4"). */
export function cleanNumberField(text: string): string {
  return cleanText(
    withoutCjkMarks(text).replace(
      /^\s*[([]?\s*(?:volumes?|vols?|band|bd|tome|number|num|nos|nr|no|issue|iss|heft|n°|v|t|h|#)\.?\s*/iu,
      '',
    ),
  ).replace(/^\(|\)$/g, '');
}

const TRAILING_PAGE_PUNCTUATION = /[\s)\].,;:|]+$/u;
/**
 * A page label before the number: "pp.", "pages", "Seite", "S.", "article no.", "Article ID"; also
 * run into the number ("pp645", "pages52") or with a comma ("pp, 12"). A lone "p" run into digits
 * must be lower case: "P02022" is an article number (JINST, J. Stat. Mech.), not page 02022.
 */
const PAGE_LABEL =
  /^\s*(?:(?:pages?|pp|p|seiten?|article(?:\s*(?:id|no|number))?|art(?:icle)?id|art)(?:\.\s*|,\s*|\s+|(?=\d))|s(?:\.\s*|\s+))(?:no\.?\s*)?/iu;
const ARTICLE_NUMBER = /^P\d/u;

/** Page range with a plain hyphen and no "pp." label ("pp. 327–335." -> "327-335"). */
export function cleanPages(text: string): string {
  // Punctuation first, then CJK page marks ("92-96页."), then the label and what precedes it.
  const bare = withoutCjkMarks(text.replace(TRAILING_PAGE_PUNCTUATION, '')).replace(
    TRAILING_PAGE_PUNCTUATION,
    '',
  );
  const opened = bare.replace(/^[^\p{L}\p{N}]+/u, '');
  const unlabelled = ARTICLE_NUMBER.test(opened) ? opened : opened.replace(PAGE_LABEL, '');
  const s = cleanText(unlabelled.replace(/^[^\p{L}\p{N}]+/u, ''));
  // "175208 (37pp)": an article number with its page count; the count is no page.
  const pages = s.replace(/(\S)\s*\(\s*\d+\s*pp\.?\s*\)?$/iu, '$1');
  return pages.replace(/\s*[-‐‑‒–—−]+\s*/gu, '-');
}

/** Whether a volume, issue or page value is one: it holds a digit or is a roman numeral. */
export function isNumbering(value: string): boolean {
  return /\p{N}/u.test(value) || /^[ivxlcdm]+(?:\s*[-–]\s*[ivxlcdm]+)?$/iu.test(value);
}

const ACCESS_NOTE =
  /\b(?:retrieved|accessed|viewed|consulted|last accessed|zugegriffen|abgerufen|consulté)(?:\s+(?:on|am|le))?\s*:?\s*([^;]*?\b(?:1[5-9]\d\d|20\d\d)\b)/iu;

/**
 * The access date of a web reference from its note ("Retrieved May 3, 2013, from", "accessed
 * 12 March 2020"), and the note without it; null when the note names no access date.
 */
export function accessDate(note: string): { accessed: CslDate; rest: string } | null {
  const m = ACCESS_NOTE.exec(note);
  if (!m) return null;
  const date = parseIssued(m[1]!);
  if (!date || !('date-parts' in date.issued)) return null;
  const rest = cleanText(
    (note.slice(0, m.index) + note.slice(m.index + m[0].length)).replace(/^\s*,?\s*from\b/iu, ''),
  );
  return { accessed: date.issued, rest };
}

/** "2nd edn." -> "2"; "Revised edition" stays as written. */
export function cleanEdition(text: string): string {
  const m = /(\d+)/.exec(text);
  return m ? m[1]! : cleanText(text.replace(/\b(?:edn?|edition|ed)\.?\s*$/iu, ''));
}

/**
 * The date of a reference: year with its suffix ("2011a"), month and day when given, "n.d." and
 * "in press" as literals (so styles print them as written).
 */
export function parseIssued(
  text: string,
): { issued: CslDate; yearSuffix?: string; status?: string } | null {
  const s = text.trim();
  const yearMatch = /(?<![\d])(1[5-9]\d\d|20\d\d)(?:\s*[-–/]\s*(?:\d{2,4}))?([a-z])?(?![\d])/u.exec(
    s,
  );
  const nd = /\bn\.\s*d\.?(?:\s*-?\s*([a-z])\b)?|\bno date\b|\bs\.\s*d\./iu.exec(s);
  const inPress = /\b(?:in press|forthcoming|im druck|sous presse|in print)\b/iu.exec(s);
  if (!yearMatch) {
    if (inPress) return { issued: { literal: 'in press' }, status: 'in press' };
    if (nd) return { issued: { literal: 'n.d.' }, ...(nd[1] ? { yearSuffix: nd[1] } : {}) };
    return null;
  }
  const parts: number[] = [Number(yearMatch[1])];
  const month = monthOf(s);
  if (month) {
    parts.push(month);
    const day = /(?<![\d])([0-3]?\d)(?![\d])/.exec(s.replace(yearMatch[0], ''));
    if (day && Number(day[1]) >= 1 && Number(day[1]) <= 31 && month <= 12)
      parts.push(Number(day[1]));
  }
  return {
    issued: { 'date-parts': [parts] },
    ...(yearMatch[2] ? { yearSuffix: yearMatch[2] } : {}),
    ...(inPress ? { status: 'in press' } : {}),
  };
}

function monthOf(text: string): number | null {
  const m = MONTHS.exec(text);
  return m ? (MONTH_NUMBERS[m[1]!.toLowerCase().slice(0, 3)] ?? null) : null;
}
