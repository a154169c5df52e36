// Decides the CSL type of a parsed reference from the fields found and a few telling words.
import type { CslItem } from '../../bibliography/model';
import type { Segment } from './model';

const THESIS =
  /\b(?:ph\.?\s*d|doctoral|dissertation|thesis|thèse|these|diss\.|master'?s|m\.?\s*sc|habilitation|doktorarbeit)\b/iu;
const REPORT =
  /\b(?:report|working paper|technical memo|white paper|discussion paper|policy brief|tech\.?\s*rep|rep\.|research paper|occasional paper|briefing)\b/iu;
const CONFERENCE =
  /\b(?:proc(?:eedings|\.)?|conference|conf\.|workshop|symposium|congress|colloquium|meeting|summit|ICML|NeurIPS|NIPS|ACL|CVPR|SIGIR)\b/iu;
const LEGISLATION =
  /\b(?:act|directive|regulation|statute|treaty|convention|code|decree|law|bill)\b(?:\s+(?:of|no\.?|\d))/iu;
const PREPRINT = /\b(?:arxiv|biorxiv|medrxiv|preprint|ssrn)\b/iu;

/** The CSL type that fits the fields of `csl` (segments give the words of genre and notes). */
export function inferType(csl: CslItem, segments: readonly Segment[]): string {
  const text = segments.map((s) => s.text).join(' ');
  const genre = String(csl.genre ?? '');
  const container = String(csl['container-title'] ?? '');
  const hasContainer = Boolean(container);
  const hasPublisher = Boolean(csl.publisher);
  if (THESIS.test(genre) || (THESIS.test(text) && !hasContainer)) return 'thesis';
  if (hasContainer && CONFERENCE.test(container)) return 'paper-conference';
  if (REPORT.test(genre) || (!hasContainer && REPORT.test(text) && csl.number)) return 'report';
  if (!csl.author && !hasContainer && csl.title && LEGISLATION.test(csl.title))
    return 'legislation';
  if (hasContainer && (csl.editor || (hasPublisher && !csl.volume && !csl.issue))) return 'chapter';
  // A page of a site ("Example Site", a URL, an access date) has no volume, issue or pages.
  if (hasContainer && csl.URL && csl.accessed && !csl.volume && !csl.issue && !csl.page)
    return 'webpage';
  if (hasContainer) return 'article-journal';
  if (PREPRINT.test(text)) return 'article';
  if (REPORT.test(text) && !hasPublisher) return 'report';
  if (hasPublisher || csl.edition || csl['publisher-place']) return 'book';
  if (csl.URL) return 'webpage';
  return 'manuscript';
}
