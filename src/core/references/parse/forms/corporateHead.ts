// A body named first as the author: "United Nations High Commissioner for Refugees. (2019).
// Global trends…", "International Association for the Study of Pain: Task Force on Taxonomy,
// Classification of Chronic Pain…". Having seen such names mostly as publishers and journals, the
// tagger may call one a title (and drop a first word it could not place).
import { CORPORATE_NOUNS } from '../../../citations/lexicon';
import type { Token } from '../tokens';
import { entryStart, relabel, tokensIn } from './labelSpans';

/** The head of an entry up to its first comma, sentence stop or bracket. */
const HEAD = /^[^,(.[]+?(?=,\s|\.\s|\s?\(|\s?\[|$)/u;
const FUNCTION_WORDS = /^(?:of|for|the|and|on|in|to|at|de|des|du|la|le|für|und|der|del|et|y)$/u;

/** Whether `name` reads as a body's name: Title Case words, one of them a corporate noun. */
function isBodyName(name: string): boolean {
  const words = name.split(/[\s:]+/u).filter(Boolean);
  if (words.length < 2 || /\d/u.test(name)) return false;
  if (!words.some((w) => CORPORATE_NOUNS.has(w))) return false;
  return words.every((w) => FUNCTION_WORDS.test(w) || /^\p{Lu}/u.test(w));
}

/**
 * In an entry with no author, a body's name at the head, before a comma, full stop or bracket,
 * is the author when the tagger found a title after it, three words or more (else the name may be
 * the title itself: "JAMA HIV Resource Center. http://…").
 */
export function corporateHead(text: string, tokens: readonly Token[], labels: string[]): void {
  if (labels.some((l) => l === 'author' || l === 'editor')) return;
  const start = entryStart(tokens, labels);
  const m = HEAD.exec(text.slice(start));
  if (!m || !isBodyName(m[0])) return;
  const end = start + m[0].length;
  const after = tokens.findIndex((t) => t.start >= end);
  if (after < 0) return;
  const titleWords = tokens.filter(
    (t, i) => i >= after && labels[i] === 'title' && /\p{L}{2}/u.test(t.text),
  ).length;
  if (titleWords < 3) return;
  if (tokensIn(tokens, start, end).length === 0) return;
  relabel(labels, tokens, start, end, 'author');
  // The stop or comma after the name belongs to no field (left as the title's, it would be one).
  for (let i = after; i < tokens.length && /^[.,;:]$/u.test(tokens[i]!.text); i++)
    labels[i] = 'other';
}
