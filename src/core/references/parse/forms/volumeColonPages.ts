// "Mathematical Research Letters, 4:103–122, 1997.", "Physical Review, 174(5):1559, 1968.",
// "Geochim Cosmochim Ac 70:3778–3802." — a volume (with its issue in brackets) and the pages after
// a colon, then the year or the entry's end. The tagger, having seen "5: 4" as volume and issue,
// may call the pages an issue, or run them into the year as one date ("1559, 1968").
import type { Token } from '../tokens';
import { punctuationAfter, relabel, tokensIn } from './labelSpans';
import { RANGE } from './printedPatterns';

// A volume may carry a part letter ("Bone Joint J 95-B : 1184-1191").
// Not after "1999;" (a Vancouver source: vancouverSource.ts reads it). After the pages, the year
// (bare or in brackets) or the entry's end: not ", 220-233" (then the number after the colon was
// the issue: "Phonetica 61: 4, 220-233").
const SOURCE = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?<!;\\s*)(\\d+(?:-[A-Z](?!\\p{L}))?)\\s*(\\(\\s*[^()]{1,15}?\\s*\\))?\\s*:\\s*(${RANGE})` +
    `(?=[\\s.,;]*(?:\\(?\\s*(?:1[5-9]|20)\\d\\d[a-z]?\\s*\\)?[\\s.,;]*$|$))`,
  'gu',
);
/** Labels the pages may have had from the tagger and that this rule corrects. */
const CORRECTABLE = new Set(['issue', 'date', 'volume', 'other', 'pages']);

/**
 * Labels "VOLUME(ISSUE):PAGES" before the year or the end as volume, issue (or date, for a year in
 * the brackets) and pages.
 */
export function volumeColonPages(text: string, tokens: readonly Token[], labels: string[]): void {
  const m = [...text.matchAll(SOURCE)].pop();
  if (!m) return;
  const [, volume, issue, pages] = m;
  const volumeTokens = tokensIn(tokens, m.index, m.index + volume!.length);
  // The tagger must read the number before the colon as the volume ("Genesis 1:3" is a title's).
  if (!volumeTokens.some((i) => labels[i] === 'volume')) return;
  const pagesAt = text.indexOf(pages!, m.index + volume!.length + (issue?.length ?? 0));
  const pageTokens = tokensIn(tokens, pagesAt, pagesAt + pages!.length);
  if (!pageTokens.every((i) => CORRECTABLE.has(labels[i]!))) return;
  const end = pagesAt + pages!.length;
  relabel(labels, tokens, m.index, end, 'other');
  relabel(labels, tokens, m.index, m.index + volume!.length, 'volume');
  if (issue) {
    // Chicago's "Environmental Ethics 12 (1990): 161–73": a year in the brackets is the date.
    const issueAt = text.indexOf(issue, m.index + volume!.length);
    const year = /^\(\s*(?:1[5-9]|20)\d\d(?:\s*[-–/]\s*\d{2,4})?[a-z]?\s*\)$/u.test(issue);
    relabel(labels, tokens, issueAt, issueAt + issue.length, year ? 'date' : 'issue');
  }
  relabel(labels, tokens, pagesAt, end, 'pages');
  // The punctuation after the pages that the tagger gave the issue or the date with them ("1559,
  // 1968" as one date) belongs to no field.
  for (const i of punctuationAfter(tokens, end)) {
    if (labels[i] === 'date' || labels[i] === 'issue' || labels[i] === 'volume')
      labels[i] = 'other';
  }
}
