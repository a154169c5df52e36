// Which paper of the library a work is (pure): a cited work that is itself one of the user's
// papers links to it ("open this paper").
import { foldText as fold } from '../../../core/search/fold';
import type { WorkSummary } from '../../../shared/contract';
import type { DocumentEntry } from '../../api/documents';

const normalTitle = (title: string) =>
  fold(title)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The paper whose title is the work's (case, accents and punctuation aside) and whose year, when
 * both have one, is the work's; null when none is, or when the work has no title.
 */
export function paperOfWork(
  work: Pick<WorkSummary, 'title' | 'year'>,
  papers: readonly DocumentEntry[],
): DocumentEntry | null {
  const title = normalTitle(work.title);
  if (!title) return null;
  return (
    papers.find(
      (p) =>
        normalTitle(p.title) === title &&
        (!p.year || !work.year || p.year.slice(0, 4) === work.year.slice(0, 4)),
    ) ?? null
  );
}
