// The author list of the Vancouver (NLM, ICMJE) style: "Ludwig D, Hilborn R, Walters C." —
// family names each followed by undotted initials, commas between, a full stop (or a colon, as
// F1000 prints it) after the last. The form says exactly where the names end, which the tagger,
// reading "Walters C. Uncertainty" or "Ault W. Open-Field", does not always see.
import { PARTICLES } from '../../../citations/lexicon';
import { EDITION_ALONE } from '../edition';
import type { Token } from '../tokens';
import { entryStart, relabel, tokensIn } from './labelSpans';
import { sentences } from './printedPatterns';

/** The name particles of the citation grammar, and those a Vancouver list also prints lower-case. */
const PARTICLE = `(?:${[...PARTICLES, 'y', 'Y', 'af', "d'"].join('|')})`;
/**
 * A word of a family name: capitalised, with at least one lower-case letter ("McCay", "De").
 * The lower-case letter is asserted by a lookahead, not matched between two runs of letters:
 * those two runs could split a word in as many ways as it has letters, and a long list that
 * failed to end ("…, Cirillo DM; the Italian Multicentre Study…") took 17 s to give up.
 */
const FAMILY_WORD = "\\p{Lu}(?=[\\p{L}'’-]*\\p{Ll})[\\p{L}'’-]*";
const FAMILY = `(?:${PARTICLE}\\s+)*${FAMILY_WORD}(?:\\s+(?:${PARTICLE}|${FAMILY_WORD})){0,3}`;
const INITIALS = '\\p{Lu}{1,4}';
const SUFFIX = '(?:\\s+(?:Jr|Sr|II|III|IV))?';
/** One Vancouver name: "McCay BJ", "de Groot R", "Driggers WB III". */
export const NAME = `${FAMILY}\\s+${INITIALS}${SUFFIX}`;
export const SEPARATOR = '(?:,\\s+(?:and\\s+|&\\s+)?|\\s+(?:and|&)\\s+)';
/** The list's end: "et al." (with a colon after it or not), a full stop, a colon, or "(" of the year. */
const END = '(?:,?\\s+et\\s+al\\.?\\s*[.:]?|\\s*[.:]|(?=\\s+\\())(?=\\s|$)';
const LIST = new RegExp(`^${NAME}(?:${SEPARATOR}${NAME})*${END}`, 'u');
const SEPARATOR_RE = new RegExp(SEPARATOR, 'u');

/** More names after the dot: "Clark P. C., Glover S.", "Adriani O. et al.", "Bruggen M. & Kaiser". */
const NAMES_GO_ON = /^\s*(?:\p{Lu}\.|et\s+al\b|[,;&]|and\s)/u;
/** The marks of a Vancouver entry elsewhere: "2004;32:735–72" or "London: Routledge; 2006". */
const VANCOUVER_ELSEWHERE =
  /(?:1[5-9]|20)\d\d[a-z]?\s*;\s*\w+\s*[(:]|:\s*[^:;]+;\s*(?:1[5-9]|20)\d\d\b/u;
/**
 * Three words in a row, as a title opens ("Open-Field Farming in"): a surname is one or two, and
 * then a comma, a full stop or "and" ("Schumpeter, Capitalism", "LaPorta and Mischa").
 */
const TITLE_OPENS = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+(?!(?:and|und|et)\s)[\p{L}'’-]+){2}/u;

/**
 * Whether a list is Vancouver and ends where it seems to. Dotted initials ("Clark P. C., Glover
 * S. C. O.") are another style: names go on after the dot. One name with one initial may be a
 * given name and a middle initial ("Joseph A." of "Joseph A. Schumpeter, Capitalism…"): it is
 * read as Vancouver only when the entry's source is printed the Vancouver way or a title follows.
 */
function unambiguous(list: string, rest: string, entry: string): boolean {
  if (NAMES_GO_ON.test(rest)) return false;
  const names = list.split(SEPARATOR_RE).length;
  if (names > 1 || /\p{Lu}{2}/u.test(list.replace(/^\S+/u, ''))) return true;
  return VANCOUVER_ELSEWHERE.test(entry) || TITLE_OPENS.test(rest);
}

/**
 * Labels a Vancouver author list at the head of the entry as the author, and what the tagger
 * took for names after its end as the field that follows (the title, mostly). The tagger may
 * call the whole head editors ("Berkes F. Sacred Ecology. 3rd ed." — the "ed." misleads it): the
 * list is the author all the same (editors are marked ", editors." after the names, which the
 * list's pattern does not end on), the sentence after it the title, and an edition sentence the
 * edition. Entries whose head is no such list, or where the tagger saw no name at all, keep their
 * labels.
 */
export function vancouverAuthorList(
  text: string,
  tokens: readonly Token[],
  labels: string[],
): void {
  const start = entryStart(tokens, labels);
  const m = LIST.exec(text.slice(start));
  if (!m || !unambiguous(m[0], text.slice(start + m[0].length), text)) return;
  const end = start + m[0].length;
  const inList = tokensIn(tokens, start, end);
  const listLabel = inList.map((i) => labels[i]).find((l) => l === 'author' || l === 'editor');
  // Names the tagger called editors are read as the author only when a full stop or colon ends
  // them: "High Polymers Vol XX (Crystalline … Editors …)" is a book's title before a bracket.
  if (!listLabel || (listLabel === 'editor' && !/[.:]\s*$/u.test(m[0]))) return;
  relabel(labels, tokens, start, end, 'author');
  const first = inList[inList.length - 1]! + 1;
  let last = first;
  while (last < tokens.length && labels[last] === listLabel) last++;
  if (last === first) return;
  let next = last;
  while (next < tokens.length && labels[next] === 'other') next++;
  const titled = labels.some((l, i) => l === 'title' && (i < first || i >= last));
  const label = next < tokens.length && titled ? labels[next]! : 'title';
  for (let i = first; i < last; i++) labels[i] = label;
  if (label === 'title') editionSentences(text, tokens, labels, first, last);
}

/** Relabels each edition sentence ("3rd ed.") among tokens [first, last) as the edition. */
function editionSentences(
  text: string,
  tokens: readonly Token[],
  labels: string[],
  first: number,
  last: number,
): void {
  for (const [from, to] of sentences(text, tokens[first]!.start, tokens[last - 1]!.end)) {
    if (EDITION_ALONE.test(text.slice(from, to))) relabel(labels, tokens, from, to, 'edition');
  }
}
