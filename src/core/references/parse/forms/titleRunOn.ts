// A title the tagger ran on into the part of the entry after it, where the title's own full stop
// says where it ends: "Examining psychic phenomena. In The Ultimate Humour Book. London: …" (the
// book a chapter is in), "Title. Proceedings of the International Workshop …, June 1988." (the
// proceedings) and "Plantae Novae Coreanae. Feddes Repertorium 13: 267-278" (the journal before
// its volume). Having seen the container inside so many titles, the tagger reads on.
import { bookInMark } from '../bookIn';
import type { Token } from '../tokens';
import { tokensIn } from './labelSpans';
import { EDITOR_MARK, sentences } from './printedPatterns';

/** "Chem", "J", "Phys": one short capitalised word, a dotted abbreviation of a journal's name. */
const ABBREVIATION = /^\p{Lu}\p{L}{0,5}$/u;
const PROCEEDINGS = /^(?:Proc(?:eedings|\.)|Pro-\s?ceedings)\s/u;
const NUMBERING = new Set(['volume', 'issue', 'pages']);

/**
 * Relabels the last sentence of the entry's title as the container when the entry has none and
 * that sentence is a chapter's book ("In The …"), proceedings, or a name right before a volume,
 * issue or pages (in an entry with no publisher: a book's "Title. Part. Vol. 2" keeps its title).
 * A journal's name in dotted abbreviations ("J. Bus. Law") is one sentence with its dots.
 */
export function titleRunOn(text: string, tokens: readonly Token[], labels: string[]): void {
  if (labels.includes('container-title')) return;
  const first = labels.indexOf('title');
  if (first < 0) return;
  let last = first;
  while (last + 1 < tokens.length && labels[last + 1] === 'title') last++;
  const parts = sentences(text, tokens[first]!.start, tokens[last]!.end);
  if (parts.length < 2) return;
  let k = parts.length - 1;
  const words = (i: number): string[] =>
    text
      .slice(parts[i]![0], parts[i]![1])
      .replace(/[.?!]$/u, '')
      .split(/\s+/u)
      .filter(Boolean);
  while (k > 1 && words(k - 1).length === 1 && ABBREVIATION.test(words(k - 1)[0]!)) k--;
  const [from] = parts[k]!;
  const container = text.slice(from, tokens[last]!.end);
  // The title keeps two words at least: "J. Bus. Law" is no title and a journal.
  if (words(0).length < 2 && k === 1) return;
  let next = last + 1;
  while (next < tokens.length && labels[next] === 'other') next++;
  const beforeNumbers = NUMBERING.has(labels[next] ?? '') && !labels.includes('publisher');
  // "In The Ultimate Humour Book": a capital "In" and no colon (chapterIn.ts reads "In:").
  const mark = bookInMark(container);
  const book = mark?.word === 'In' && !mark.colon && /^\p{Lu}/u.test(container.slice(mark.length));
  // "In J. Smith (Ed.), Book": editors before the book are another form, the tagger's to read.
  if (book && EDITOR_MARK.test(container)) return;
  if (!book && !PROCEEDINGS.test(container) && !beforeNumbers) return;
  const inside = tokensIn(tokens, from, tokens[last]!.end);
  for (const i of inside) labels[i] = 'container-title';
  if (book) for (const i of tokensIn(tokens, from, from + mark.length)) labels[i] = 'other';
}
