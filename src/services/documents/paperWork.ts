/**
 * Which library work a paper of the library is: the work with its DOI, or its title, year and
 * first author (the same test that links reference-list entries). Kept on the paper's record, so
 * a citation card's "open this paper" follows a stored link, not a guess in the window.
 */
import type { CslItem, Work } from '../../core/bibliography/model';
import type { DocumentRecord } from '../../core/documents/model';
import { DuplicateIndex } from '../import/duplicates';

/** A paper's title page as a CSL item (authors as written: "Sandra Lavenex"). */
export function cslOfPaper(paper: Pick<DocumentRecord, 'title' | 'authors' | 'year'>): CslItem {
  const author = paper.authors.map((name) => {
    const parts = name.trim().split(/\s+/);
    const family = parts.pop() ?? name;
    return parts.length ? { family, given: parts.join(' ') } : { family };
  });
  const year = Number(paper.year?.slice(0, 4));
  return {
    id: '',
    type: 'article',
    title: paper.title,
    ...(author.length ? { author } : {}),
    ...(Number.isFinite(year) && year > 0 ? { issued: { 'date-parts': [[year]] } } : {}),
  };
}

/** The key of the work `paper` is among `works` (or an index of them), or null. */
export function workOfPaper(
  paper: Pick<DocumentRecord, 'title' | 'authors' | 'year'>,
  works: readonly Work[] | DuplicateIndex,
): string | null {
  if (!paper.title.trim() || paper.authors.length === 0 || !paper.year) return null;
  const index = works instanceof DuplicateIndex ? works : new DuplicateIndex(works);
  return index.find(cslOfPaper(paper))?.key ?? null;
}

/**
 * Links each paper of `records` that is not linked yet to the work among `works` it is (works a
 * new paper's reference list just made, say); answers the ids of the records it linked.
 */
export function linkPapersToWorks(
  records: Record<string, DocumentRecord>,
  works: readonly Work[],
): string[] {
  if (works.length === 0) return [];
  const index = new DuplicateIndex(works);
  const linked: string[] = [];
  for (const record of Object.values(records)) {
    if (record.workKey) continue;
    const key = workOfPaper(record, index);
    if (key) {
      record.workKey = key;
      linked.push(record.id);
    }
  }
  return linked;
}
