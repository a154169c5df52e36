// The numbers of a reference: volume, issue and pages, with their labels ("Vol.", "no.", "pp.",
// "第…号"), the marks the entry runs into them, and the combined forms ("31(3):491–514").
import { cleanText } from './fieldValues';

/** "제21", "권, 제2", "第3", "期: 11-14", "第42页": the number without the CJK marks around it. */
function withoutCjkMarks(text: string): string {
  return text
    .replace(/^[\s\p{Script=Han}\p{Script=Hangul},.:;，：]+(?=[\p{N}A-Za-z])/u, '')
    .replace(/(?<=\p{N})[\s\p{Script=Han}\p{Script=Hangul}]+[\s.,;:，。]*$/u, '');
}

/**
 * A volume or issue label: "Vol.", "no", "n°", "Heft", "Jg." (Jahrgang), "n." (Italian), "#". A
 * one-letter label needs a dot, a space or a digit after it: "vi" is the roman numeral six.
 */
const NUMBER_LABEL =
  /^\s*[([]?\s*(?:(?:(?:volumes?|vols?|band|bd|tome|number|num|nos|nr|no|issue|iss|heft|jahrg|jg)(?!\p{L})|n°|#)\.?\s*|(?:v|t|h|n)(?:\.\s*|\s+|(?=\d)))/iu;

/** Volume or issue number without its label ("Vol. 12" -> "12", "(3)" -> "3", "no. 4" -> "4"). */
export function cleanNumberField(text: string): string {
  // "84-", "10/": a dash or slash after the number led to the next field. A final dot is the
  // entry's, also after a roman numeral ("Vol. I.").
  return cleanText(withoutCjkMarks(text).replace(NUMBER_LABEL, ''), 'never')
    .replace(/^\(|\)$/g, '')
    .replace(/\s*[-‐–—/]+$/u, '');
}

const TRAILING_PAGE_PUNCTUATION = /[\s)\].,;:|\-‐‑‒–—−]+$/u;
/**
 * A page label after other words ("chapter 9, p. 279", "(ISAAC'98), pp. 427-436"): the pages start
 * after it (unless the text starts with pages: "pages 91-97, pages 131").
 */
const LATER_PAGE_LABEL = /(?:^|[\s,;:([\]])(?:pp?\.|pages?(?!\p{L})|ff\.)\s*(?=\p{N})/gu;
/** What follows the pages and is none: a page count after a comma ("025002, 8 pp"), "ff." ("117 ff"). */
const PAGE_COUNT_AFTER = /(?:\s*,\s*\d+\s*pp\.?|\s*\bff\.?)$/iu;
/**
 * A page label before the number: "pp.", "pages", "Seite", "S.", "article no.", "Article ID",
 * "Paper" (JHEP's "Paper23" is its article number); also
 * run into the number ("pp645", "pages52") or with a comma ("pp, 12"). A lone "p" run into digits
 * must be lower case: "P02022" is an article number (JINST, J. Stat. Mech.), not page 02022.
 */
const PAGE_LABEL =
  /^\s*(?:(?:pages?|pp|p|ff|seiten?|paper|article(?:\s*(?:id|no|number))?|art(?:icle)?id|art)(?:\.\s*|,\s*|\s+|(?=\d))|s(?:\.\s*|\s+))(?:no\.?\s*)?/iu;
const ARTICLE_NUMBER = /^P\d/u;

/** Page range with a plain hyphen and no "pp." label ("pp. 327–335." -> "327-335"). */
export function cleanPages(text: string): string {
  // Punctuation first, then CJK page marks ("92-96页."), then the label and what precedes it.
  const bare = withoutCjkMarks(text.replace(TRAILING_PAGE_PUNCTUATION, '')).replace(
    TRAILING_PAGE_PUNCTUATION,
    '',
  );
  const later = PAGE_LABEL.test(bare.replace(/^[^\p{L}\p{N}]+/u, ''))
    ? undefined
    : [...bare.matchAll(LATER_PAGE_LABEL)].find((m) => m.index > 0);
  const fromLabel = later ? bare.slice(later.index + later[0].length) : bare;
  const opened = fromLabel.replace(PAGE_COUNT_AFTER, '').replace(/^[^\p{L}\p{N}]+/u, '');
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

/** Pages after a colon: "491–514", "e116", "S2-S10", "1559". */
const PAGES_AFTER_COLON = String.raw`\s*:\s*([\p{L}\p{N}]+(?:\s*[-‐–—]\s*[\p{L}\p{N}]+)?)`;
/**
 * A volume with its issue and pages, as Vancouver and many journals print them: "61(3)", "14, no. 4",
 * "31(3):491–514", "16(2-3):281–305", "2019;14(3):153-60" (the year before it), "xv, no. 3",
 * "98(2" (the bracket's end lost in extraction).
 */
const VOLUME_ISSUE_PAGES = new RegExp(
  String.raw`^\s*(?:(?:1[5-9]|20)\d\d\s*;\s*)?([^\s(,;:]+)\s*(?:\(\s*(?:no\.?\s*)?([^()]+?)\s*(?:\)|$)|,?\s*(?:nos?|nr|issue)\.?\s*([\w-]+))?(?:${PAGES_AFTER_COLON})?[\s.,;:]*$`,
  'iu',
);

/** An issue: "3", "2-3", "1/2", "2a", "S1", "Suppl 6", "no. 4", "xii", "c". */
const ISSUE_NUMBER =
  /^(?:[\p{L}]{1,6}\.?\s?)?(?:\p{N}+|[ivxlcdm]+)(?:\s*[-–/&,]\s*(?:\p{N}+|[ivxlcdm]+))*\p{L}?$|^\p{L}$/iu;

/** "61(3)" or "31(3):491–514" tagged as one volume: the volume, its issue and pages. */
export function splitVolume(text: string): { volume: string; issue?: string; page?: string } {
  const m = VOLUME_ISSUE_PAGES.exec(text);
  const issue = m?.[2] ?? m?.[3];
  if (!m || (!issue && !m[4]) || !isNumbering(m[1]!)) return { volume: text };
  // "1533 (ISAAC'98)": a bracket after the volume that holds no issue number is no field of ours.
  if (issue && !ISSUE_NUMBER.test(issue)) return { volume: m[1]!, ...(m[4] ? { page: m[4] } : {}) };
  return {
    volume: m[1]!,
    ...(issue ? { issue: cleanNumberField(issue) } : {}),
    ...(m[4] ? { page: m[4] } : {}),
  };
}

const ISSUE_PAGES = new RegExp(
  String.raw`^\s*\(?\s*([^():]+?)\s*\)?${PAGES_AFTER_COLON}[\s.,;]*$`,
  'u',
);

/** An issue, and the pages run into it: "(3):491–514" tagged as the issue gives issue 3, pages 491–514. */
export function splitIssue(text: string): { issue: string; page?: string } {
  const m = ISSUE_PAGES.exec(text);
  if (!m) return { issue: cleanNumberField(text) };
  return { issue: cleanNumberField(m[1]!), page: m[2]! };
}
