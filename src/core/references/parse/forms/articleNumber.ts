// "vol. 25, no. 5, article E2, 2008": an electronic journal's article number stands where the
// pages would, and is cited as them (the tagger, seldom shown one, may call it a note).
import type { Token } from '../tokens';
import { relabel, tokensIn } from './labelSpans';

/** ", article E2," after the volume or issue, ending its part of the entry. */
const ARTICLE =
  /(?<=\d[)\]]?\s*[,;:]\s*)(?:article(?:\s+(?:no\.?|number|id))?|art\.\s*no\.?)\s+([A-Za-z]?\d+[A-Za-z]?)(?=[,;.]?\s|[,;.]?$)/iu;

/**
 * Labels an article number as the pages when the entry has no pages and the tagger did not read
 * it as part of the title ("under Article 14 of the Act").
 */
export function articleNumber(text: string, tokens: readonly Token[], labels: string[]): void {
  if (labels.includes('pages')) return;
  const m = ARTICLE.exec(text);
  if (!m) return;
  const inside = tokensIn(tokens, m.index, m.index + m[0].length);
  if (inside.some((i) => labels[i] === 'title')) return;
  relabel(labels, tokens, m.index, m.index + m[0].length, 'pages');
}
