// Cleans the text of one labelled segment into the value of its CSL-JSON field.
import type { CslDate } from '../../bibliography/model';
import { titleWithoutBookIn, withoutBookIn } from './bookIn';
import { withClosingBrackets } from './tokens';

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

/**
 * What a field's text may end with that is no part of it: separators, an opening bracket of the
 * next field ("Springer) ("), the "–" or "/" or "|" of the next field's style (". –" in Russian and French lists, "Federal Register /"), a bullet, a "©".
 * A dash run into a word ("pre-") stays: only one after a space or a dot goes.
 */
const SEPARATORS_AT_END = /(?:[\s,;:•©|([{]|(?<=[\s.])[-‐–—/\\]+)+$/u;
const QUOTES_AT_END = /['‘’]+$/u;
const OPENER_OF: Readonly<Record<string, string>> = {
  ')': '(',
  ']': '[',
  '}': '{',
  '»': '«',
  '”': '“',
  '’': '‘',
  // German and Scandinavian quotes: „Titel“, ‚Titel‘, »Titel«, ›Titel‹.
  '“': '„',
  '‘': '‚',
  '«': '»',
  '‹': '›',
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

/** Drops separators, single quotes and unmatched closing brackets at the end, in any order. */
function trimEnd(text: string): string {
  let s = text;
  for (;;) {
    const next = dropUnmatchedClosers(s.replace(SEPARATORS_AT_END, '').replace(QUOTES_AT_END, ''));
    if (next === s) return s;
    s = next;
  }
}

/**
 * What a field's final dot may be, once the separators after it are gone:
 * - `abbreviation`: the dot of a short word stays ("Jr.", "J. Chem."), any other is the entry's;
 * - `dotted`: as `abbreviation`, and only in a name printed in dotted abbreviations ("J. Chem.
 *   Phys."): NLM's undotted "Hum Ecol." or "Cell." ends in the entry's full stop;
 * - `never`: a title's or a number's final dot is always the entry's ("Vol. I." is volume "I").
 */
export type FinalDot = 'abbreviation' | 'dotted' | 'never';

/** A final dot that closes a word of up to four letters: an abbreviation's ("Jr.", "Chem."). */
const ABBREVIATION_DOT = /(?:^|[\s.])\p{L}{1,4}\.$/u;

/**
 * Trims spaces, wrapping quotes and brackets, and trailing separators, and the final dot unless
 * `finalDot` says it is part of the value (see `FinalDot`); a closing bracket whose opening one is
 * inside stays ("Transport of Cd(II)", "(CVPR)").
 */
export function cleanText(text: string, finalDot: FinalDot = 'abbreviation'): string {
  let s = text.replace(/\s+/g, ' ').trim();
  s = trimEnd(s.replace(/^[\s,;:.()[\]{}"“”„‟'‘’‚‛«»‹›]+/u, ''));
  // What a dropped dot followed goes with it ("(Doctoral dissertation).", "« Title ».", "Title.”.").
  while (s.endsWith('.')) {
    const kept =
      finalDot !== 'never' &&
      ABBREVIATION_DOT.test(s) &&
      (finalDot === 'abbreviation' || s.slice(0, -1).includes('.'));
    if (kept) break;
    s = trimEnd(s.slice(0, -1));
  }
  return s;
}

/**
 * What the field before left at the start of this one: the end of a bracket opened there ("1999
 * (b), ASP Conference Series", "(Sudbury, Canada): Implications", "(edd.), Oral literature"):
 * up to three words before a ")" that nothing in the text opened.
 */
const LEFT_OPEN_BRACKET = /^[^()[\]\s]*(?:\s+[^()[\]\s]+){0,2}[)\]][\s.,;:]*(?=\S)/u;

function withoutLeftoverBracket(text: string): string {
  return text.replace(LEFT_OPEN_BRACKET, '');
}

/**
 * A title without wrapping quotes or the final full stop, nor the "in" or "dans" before a book's
 * title (a chapter's book tagged as the title: "in Proc. of the 8th Rencontres", "In: Astrophysics
 * of cosmic rays"); a capital "In" without a colon begins titles ("In Search of Excellence").
 */
export function cleanTitle(text: string): string {
  return cleanText(titleWithoutBookIn(withoutLeftoverBracket(text.trim()).trimStart()), 'never');
}

/**
 * "In: Proceedings of X" -> "Proceedings of X"; also drops what the tagger leaves before a
 * container: the closing quote of the title, "(eds.),", "to appear in:", "of" (after "Volume 4").
 * A final dot goes unless other dots show the name is printed in dotted abbreviations ("J.
 * Chem. Phys."): NLM's undotted "Hum Ecol." or "Cell." ends in the entry's full stop.
 */
export function cleanContainer(text: string): string {
  const head = withoutLeftoverBracket(text.trim())
    // A dash before the name is the style's ("Title. -Zool. Jb. Syst. 83: 63-110").
    .replace(/^[\s,;:.)\]"“”'‘’«»\-‐–—]+/u, '')
    .replace(/^\s*\(?\s*(?:eds?|edd|editors?|hrsg|hg)\.?\s*\)?\s*[,.:]\s*/iu, '')
    // A language mark before "In:" ("Eng. In: Nature Biotechnology", PubMed exports).
    .replace(/^\p{L}{2,4}\s*\.\s*(?=in\s*:)/iu, '');
  return cleanText(
    withoutBookIn(head)
      // "Paper presented at the Annual Meeting …": the meeting is the container.
      .replace(/^(?:(?:paper|poster|talk)\s+)?(?:presented|given)\s+at\s+(?:the\s+)?/iu, '')
      .replace(/^of\s+(?=\p{Lu})/u, '')
      // The hyphen that ran the name into its number ("조선고고연구-1" is journal and volume).
      .replace(/(?<=\p{L})\s*[-‐]$/u, ''),
    'dotted',
  );
}

/**
 * A publisher without the words that announce it ("Published by Wiley", "Ed. De Boeck", "éd.
 * Seuil") nor the end of the title before a bracket that opens the imprint ("Plasma Physics(
 * Plenum Press" -> "Plenum Press").
 */
export function cleanPublisher(text: string): string {
  const open = text.lastIndexOf('(');
  const after = open > 0 && !text.includes(')', open) ? text.slice(open + 1) : '';
  const imprint = /\p{L}/u.test(after) ? after : text;
  return cleanText(
    imprint.replace(/^\s*(?:(?:published|publ\.?)\s+by\s+|(?:ed|éd|edn)\.\s*(?=\p{L}))/iu, ''),
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
  return withoutUnmatchedTail(
    doi
      // "….URLhttps://…": the label may run into the URL after it.
      .replace(
        /[.,;]\s*(?:url|https?(?=:)|(?:doi|pmid|pmcid|arxiv|issn|isbn|available|accessed)\b).*$/iu,
        '',
      )
      // "…181602,hep-th", "…074[arXiv:1304.7760]": a DOI holds no comma or square bracket in
      // practice; what follows one is the next field.
      .replace(/[,[].*$/u, ''),
  )
    .replace(/[\s.,;:\]>]+$/u, '')
    .replace(/\s+/g, '');
}

/**
 * A DOI without what the entry ran into it: from an opening bracket that nothing closes on
 * ("…/c9ee00453j(2019"); and a final ")" that closes nothing in it ("(doi:10.1038/x)"), while one
 * of the DOI's own brackets stays ("…114:2(133)").
 */
function withoutUnmatchedTail(doi: string): string {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < doi.length; i++) {
    const ch = doi[i]!;
    if (ch === '(' || ch === '[') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === ')' || ch === ']') {
      if (depth === 0) return doi.slice(0, i);
      depth--;
    }
  }
  return depth > 0 ? doi.slice(0, open) : doi;
}

/** A URL without "Retrieved from", angle brackets or trailing punctuation. */
export function normaliseUrl(text: string): string {
  const m = /(?:https?:\/\/|ftp:\/\/|www\.)\S+/iu.exec(text);
  const url = m ? m[0] : text.trim();
  // "…/Foo_(bar))." keeps the ")" of its own bracket.
  return withClosingBrackets(url, url.replace(/[\s.,;:)\]>]+$/u, ''));
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
