// The source of a journal article in the Vancouver (NLM) style: "2013;7(1):209–29",
// "1993;260(5104):17,36", "2010 Jan;69(6):1209-18", "2006; 57(2): 143–154". Its punctuation says
// which number is which; the tagger, having seen few of them, reads "2013;7" as one volume or
// "(5104):17," as the issue. NLM prints a supplement or part after the volume without brackets:
// "2017;67 Suppl 2:7-13", "2010;30 Suppl:S5-10", "2004;43 Pt 1:52-60".
import type { Token } from '../tokens';
import { relabel, tokensIn } from './labelSpans';
import { RANGE, SENTENCE_STOPS } from './printedPatterns';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const DATE = `(?:1[5-9]|20)\\d\\d[a-z]?(?:\\s+${MONTH}(?:\\s+\\d{1,2})?(?:\\s*[-–]\\s*${MONTH}(?:\\s+\\d{1,2})?)?)?`;
const SUPPLEMENT = '(?:[Ss]uppl(?:ement)?|[Pp]t|[Pp]art)\\.?(?:\\s*[A-Za-z]?\\d+[A-Za-z]?)?';
const SOURCE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${DATE})\\s*;\\s*(${RANGE})\\s*(?:(\\(\\s*[^()]{1,15}?\\s*\\)|${SUPPLEMENT}(?=\\s*:))\\s*)?(?::\\s*(${RANGE}(?:\\s*,\\s*${RANGE})*))?(?=[\\s.,;]|$)`,
  'gu',
);

/**
 * Labels the date, volume, issue and pages of a Vancouver source ("YEAR;VOLUME(ISSUE):PAGES",
 * the issue or the pages may be missing, not both), and moves a sentence the tagger added to the
 * front of the journal's name ("SW Spain. Glob Environ Chang.") back into the title.
 */
export function vancouverSource(text: string, tokens: readonly Token[], labels: string[]): void {
  for (const m of text.matchAll(SOURCE)) {
    const [all, date, volume, issue, pages] = m;
    if (!issue && !pages) continue;
    let at = m.index;
    const span = (part: string | undefined, label: 'date' | 'volume' | 'issue' | 'pages'): void => {
      if (!part) return;
      const from = text.indexOf(part, at);
      relabel(labels, tokens, from, from + part.length, label);
      at = from + part.length;
    };
    // "(suppl 3)", "(1 Pt 2)": where the tagger found the issue in the brackets, its reading of
    // them (what it kept out of the issue) stands.
    const issueAt = issue ? text.indexOf(issue, m.index + date!.length) : -1;
    const issueTokens = issue ? tokensIn(tokens, issueAt, issueAt + issue.length) : [];
    const taggerIssue = issueTokens.filter((i) => labels[i] === 'issue').length > 0;
    const saved = issueTokens.map((i) => labels[i]!);
    relabel(labels, tokens, m.index, m.index + all.length, 'other');
    span(date, 'date');
    span(volume, 'volume');
    span(issue, 'issue');
    if (taggerIssue) issueTokens.forEach((i, k) => (labels[i] = saved[k]!));
    span(pages, 'pages');
    journalBefore(text, tokens, labels, m.index);
    return;
  }
}

/**
 * The journal's name printed before the source is one sentence of undotted NLM abbreviations:
 * one sentence before it that the tagger gave the container too belongs to the title (more
 * sentences are dotted abbreviations, "Qual. Life Res. Int. J.", or a name printed so).
 */
function journalBefore(text: string, tokens: readonly Token[], labels: string[], at: number): void {
  const before = tokensIn(tokens, 0, at);
  let i = before.length - 1;
  while (i >= 0 && labels[before[i]!] === 'other') i--;
  const last = i;
  while (i >= 0 && labels[before[i]!] === 'container-title') i--;
  const first = i + 1;
  if (last < first || i < 0 || labels[before[i]!] !== 'title') return;
  const from = tokens[before[first]!]!.start;
  const to = tokens[before[last]!]!.end;
  const container = text.slice(from, to);
  const stops = [...container.matchAll(SENTENCE_STOPS)];
  const stop = stops[0];
  if (!stop || stops.length > 1) return;
  const journal = container.slice(stop.index + stop[0].length).trim();
  const words = journal.replace(/[.:,;]+$/u, '').split(/\s+/u);
  if (words.length < 2 || words.some((w) => w.includes('.'))) return;
  relabel(labels, tokens, from, from + stop.index + 1, 'title');
}
