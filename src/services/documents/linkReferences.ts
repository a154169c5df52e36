/**
 * Links a paper's reference-list entries to the library's works: the same DOI (or ISBN) first,
 * else the same normalised title, year and first author; an entry that only may be a library work
 * (same first author and year, a similar title) is put to the user, never merged silently; any
 * other entry becomes a new work, which says it came from this paper's reference list.
 */
import { makeCitationKey } from '../../core/bibliography';
import type { CslItem, Work } from '../../core/bibliography/model';
import type { ReferenceLink } from '../../core/documents/links';
import { referenceKey } from '../../core/documents/links';
import type { ReferenceEntry } from '../../core/paper';
import type { WorkRevision } from '../../core/works/history';
import { DuplicateIndex, foldText } from '../import/duplicates';

/** What linking needs to know of the library. */
export interface LinkContext {
  /** Every work of the library (bundled and stored). */
  works: readonly Work[];
  /** The paper the list is from. */
  document: { id: string; title: string };
  now: Date;
}

export interface LinkedEntries {
  /** By reference key. */
  links: Record<string, ReferenceLink>;
  /** Works made from entries (to be written with the document). */
  newWorks: Work[];
}

/** The words of a title that carry meaning (four letters or more), for comparing titles. */
function titleWords(csl: CslItem): Set<string> {
  const title = typeof csl.title === 'string' ? foldText(csl.title) : '';
  return new Set(title.split(' ').filter((w) => w.length > 3));
}

/** Dice's coefficient of two word sets: 1 for the same words, 0 for none shared. */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** How similar two titles must be for a match to be suggested. */
const SIMILAR_TITLE = 0.7;

function firstFamily(csl: CslItem): string {
  const first = (csl.author ?? csl.editor ?? [])[0];
  return foldText(first?.family ?? first?.literal ?? '');
}

function yearOf(csl: CslItem): string {
  return String(csl.issued?.['date-parts']?.[0]?.[0] ?? '');
}

/** Works by first author and year, for suggesting uncertain matches. */
class NamesakeIndex {
  private readonly byAuthorYear = new Map<string, Work[]>();
  constructor(works: readonly Work[]) {
    for (const w of works) this.add(w);
  }
  add(work: Work): void {
    const key = `${firstFamily(work.csl)}|${yearOf(work.csl)}`;
    const list = this.byAuthorYear.get(key);
    if (list) list.push(work);
    else this.byAuthorYear.set(key, [work]);
  }
  /** The most similar work by the same first author in the same year, with a similar title. */
  candidate(csl: CslItem, rejected: readonly string[]): Work | null {
    const family = firstFamily(csl);
    if (!family) return null;
    const words = titleWords(csl);
    let best: { work: Work; score: number } | null = null;
    for (const work of this.byAuthorYear.get(`${family}|${yearOf(csl)}`) ?? []) {
      if (rejected.includes(work.citationKey)) continue;
      const score = similarity(words, titleWords(work.csl));
      if (score >= SIMILAR_TITLE && (!best || score > best.score)) best = { work, score };
    }
    return best?.work ?? null;
  }
}

/** A work made from a reference-list entry. */
function workFromEntry(key: string, csl: CslItem, context: LinkContext): Work {
  const complete = Boolean(csl.title && csl.author?.length && csl.issued);
  return {
    citationKey: key,
    csl: { ...csl, id: key },
    provenance: {
      kind: 'reference-list',
      documentId: context.document.id,
      document: context.document.title,
      addedAt: context.now.toISOString(),
    },
    confidence: {
      level: complete ? 'likely' : 'guess',
      source: `reference list of ${context.document.title}`,
      remark: complete ? null : 'Some fields could not be read from the entry.',
    },
    citedAs: [],
    aliases: [],
    tags: [],
  };
}

/**
 * The work of each entry. Links already decided (`previous`: kept across re-parses, including
 * the user's confirmations) are kept while their work exists; `fields` are the user's corrected
 * fields by reference key, which win over the parsed ones.
 */
export function linkReferences(
  entries: readonly ReferenceEntry[],
  previous: Readonly<Record<string, ReferenceLink>>,
  fields: Readonly<Record<string, { fields: Partial<CslItem> }>>,
  context: LinkContext,
): LinkedEntries {
  const exists = new Set(context.works.map((w) => w.citationKey));
  const duplicates = new DuplicateIndex(context.works);
  const namesakes = new NamesakeIndex(context.works);
  const links: Record<string, ReferenceLink> = {};
  const newWorks: Work[] = [];
  for (const entry of entries) {
    const key = referenceKey(entry.raw);
    if (links[key]) continue; // the same entry printed twice
    const before = previous[key];
    if (before && (before.workKey === null ? before.candidate : exists.has(before.workKey))) {
      links[key] = before;
      continue;
    }
    const rejected = before?.rejected ?? [];
    const parsed = entry.csl ? { ...entry.csl, ...(fields[key]?.fields ?? {}) } : null;
    if (!parsed) {
      links[key] = { workKey: null, how: null, candidate: null, rejected };
      continue;
    }
    const same = duplicates.find(parsed);
    if (same && !rejected.includes(same.key)) {
      const how =
        same.reason === 'isbn' || same.reason === 'title-year-author' ? same.reason : 'doi';
      links[key] = { workKey: same.key, how, candidate: null, rejected };
      continue;
    }
    const maybe = namesakes.candidate(parsed, rejected);
    if (maybe) {
      links[key] = {
        workKey: null,
        how: null,
        candidate: {
          workKey: maybe.citationKey,
          reason: 'same first author and year, similar title',
        },
        rejected,
      };
      continue;
    }
    const workKey = makeCitationKey(parsed, exists);
    const work = workFromEntry(workKey, parsed, context);
    exists.add(workKey);
    duplicates.add(workKey, work.csl);
    namesakes.add(work);
    newWorks.push(work);
    links[key] = { workKey, how: 'created', candidate: null, rejected };
  }
  return { links, newWorks };
}

/**
 * Works made from a paper's reference list with their first revision, by the parser, for their
 * edit history (see putWorksWithHistory).
 */
export function parsedWorksWithRevision(
  newWorks: readonly Work[],
  paperTitle: string,
  at: Date,
): { work: Work; revision: WorkRevision }[] {
  return newWorks.map((work) => ({
    work: { ...work, revision: 1 },
    revision: {
      revision: 1,
      at: at.toISOString(),
      actor: 'parser',
      action: 'create',
      changes: [],
      note: `from the reference list of “${paperTitle}”`,
    },
  }));
}
