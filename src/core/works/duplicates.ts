/**
 * Duplicates within the library: works that share a DOI, an ISBN (whole books, not the chapters
 * that carry their book's), the same normalised title + year + first author, or a nearly equal
 * title in the same year. Answered as groups, each pair with why it matched and the fields in
 * which its two records differ, for a side-by-side review.
 */
import type { CslItem, CslName, Work } from '../bibliography/model';
import { foldDiacritics } from '../bibliography/normalise';
import { normaliseDoi, normaliseIsbn, splitIsbns } from './identifiers';

export type DuplicateReason = 'doi' | 'isbn' | 'title-year-author' | 'similar-title';

/** One field in which two records differ. */
export interface FieldDifference {
  field: string;
  a: unknown;
  b: unknown;
}

export interface DuplicatePair {
  a: string;
  b: string;
  reason: DuplicateReason;
  differences: FieldDifference[];
}

export interface DuplicateGroup {
  keys: string[];
  pairs: DuplicatePair[];
}

/** Two works the user said are not duplicates: never proposed again (until undone). */
export interface NotDuplicatePair {
  /** `pairId(a, b)`. */
  id: string;
  /** The two keys, in order (a < b). */
  a: string;
  b: string;
  /** ISO time of the dismissal. */
  at: string;
}

/** The id of the pair of two keys, whichever order they come in. */
export function pairId(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

export interface FindDuplicatesOptions {
  /** Pairs (by `pairId`) the user dismissed as not duplicates. */
  notDuplicates?: ReadonlySet<string>;
}

/** Types that are parts of a larger work and so may carry that work's ISBN. */
export const PART_TYPES: ReadonlySet<string> = new Set([
  'chapter',
  'paper-conference',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
]);

const fold = (text: string): string =>
  foldDiacritics(text.replace(/<[^>]+>/g, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function firstCreator(csl: CslItem): string {
  const first = ((csl.author ?? csl.editor ?? []) as CslName[])[0];
  return first ? fold(first.family ?? first.literal ?? first.given ?? '') : '';
}

function year(csl: CslItem): string {
  const part = csl.issued?.['date-parts']?.[0]?.[0];
  if (part !== undefined) return String(part);
  return /\d{4}/.exec(csl.issued?.literal ?? csl.issued?.raw ?? '')?.[0] ?? '';
}

/** Share of the words of the shorter title found in the other (0..1). */
function titleSimilarity(a: string, b: string): number {
  const wa = new Set(a.split(' ').filter(Boolean));
  const wb = new Set(b.split(' ').filter(Boolean));
  if (!wa.size || !wb.size) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(wa.size, wb.size);
}

/** How close two titles must be (word overlap) to count as the same work in the same year. */
const SIMILAR_TITLE = 0.8;

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

/** The fields in which two records differ (id and citation key aside). */
export function recordDifferences(a: CslItem, b: CslItem): FieldDifference[] {
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (f) => f !== 'id' && f !== 'citation-key',
  );
  return fields
    .filter((f) => !same(a[f], b[f]))
    .map((f) => ({ field: f, a: a[f] ?? null, b: b[f] ?? null }));
}

/**
 * Groups of duplicate works, largest first; each work is in at most one group. A pair the user
 * dismissed (`options.notDuplicates`) is left out, whatever matched it.
 */
export function findDuplicates(
  works: readonly Work[],
  options: FindDuplicatesOptions = {},
): DuplicateGroup[] {
  const dismissed = options.notDuplicates ?? new Set<string>();
  const byKey = new Map(works.map((w) => [w.citationKey, w]));
  const pairs = new Map<string, DuplicatePair>();
  const addPair = (a: string, b: string, reason: DuplicateReason) => {
    if (a === b) return;
    const [x, y] = a < b ? [a, b] : [b, a];
    const id = pairId(x, y);
    if (pairs.has(id) || dismissed.has(id)) return;
    const wa = byKey.get(x)!;
    const wb = byKey.get(y)!;
    pairs.set(id, { a: x, b: y, reason, differences: recordDifferences(wa.csl, wb.csl) });
  };
  const buckets = new Map<string, string[]>();
  const put = (bucket: string, key: string) => {
    const list = buckets.get(bucket);
    if (list) list.push(key);
    else buckets.set(bucket, [key]);
  };
  for (const w of works) {
    const doi = typeof w.csl.DOI === 'string' ? normaliseDoi(w.csl.DOI) : null;
    if (doi) put(`doi|${doi.toLowerCase()}`, w.citationKey);
    if (!PART_TYPES.has(w.csl.type) && typeof w.csl.ISBN === 'string') {
      for (const raw of splitIsbns(w.csl.ISBN)) {
        const isbn = normaliseIsbn(raw);
        if (isbn) put(`isbn|${toIsbn13(isbn)}`, w.citationKey);
      }
    }
    const title = typeof w.csl.title === 'string' ? fold(w.csl.title) : '';
    if (title) {
      put(`exact|${title}|${year(w.csl)}|${firstCreator(w.csl)}`, w.citationKey);
      // Nearly equal titles are compared within a year and the title's first word.
      put(`near|${year(w.csl)}|${title.split(' ')[0]}`, w.citationKey);
    }
  }
  for (const [bucket, keys] of buckets) {
    if (keys.length < 2) continue;
    const kind = bucket.slice(0, bucket.indexOf('|'));
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const a = keys[i]!;
        const b = keys[j]!;
        if (kind === 'doi') addPair(a, b, 'doi');
        else if (kind === 'isbn') addPair(a, b, 'isbn');
        else if (kind === 'exact') addPair(a, b, 'title-year-author');
        else {
          const ta = fold(String(byKey.get(a)!.csl.title));
          const tb = fold(String(byKey.get(b)!.csl.title));
          if (titleSimilarity(ta, tb) >= SIMILAR_TITLE) addPair(a, b, 'similar-title');
        }
      }
    }
  }
  return groupPairs([...pairs.values()]);
}

function toIsbn13(digits: string): string {
  if (digits.length === 13) return digits;
  const body = `978${digits.slice(0, 9)}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return body + String((10 - (sum % 10)) % 10);
}

/** Joins pairs that share a work into groups (union-find). */
function groupPairs(pairs: readonly DuplicatePair[]): DuplicateGroup[] {
  const parent = new Map<string, string>();
  const root = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(k, r);
    return r;
  };
  for (const p of pairs) {
    if (!parent.has(p.a)) parent.set(p.a, p.a);
    if (!parent.has(p.b)) parent.set(p.b, p.b);
    parent.set(root(p.a), root(p.b));
  }
  const groups = new Map<string, DuplicateGroup>();
  for (const p of pairs) {
    const r = root(p.a);
    const g = groups.get(r) ?? { keys: [], pairs: [] };
    for (const k of [p.a, p.b]) if (!g.keys.includes(k)) g.keys.push(k);
    g.pairs.push(p);
    groups.set(r, g);
  }
  return [...groups.values()]
    .map((g) => ({ keys: g.keys.sort(), pairs: g.pairs }))
    .sort((x, y) => y.keys.length - x.keys.length || x.keys[0]!.localeCompare(y.keys[0]!));
}
