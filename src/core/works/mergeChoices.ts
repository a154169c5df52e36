/**
 * What a duplicates review proposes before the user chooses: which of two records survives
 * (its key stays) and, per differing field, whose value the merged record keeps. The proposal
 * prefers a bundled record (the paper cites it by key), a verified one, a field the user edited,
 * and otherwise the fuller value: "Betts, Alexander" over "Betts, A.", a title with its subtitle.
 */
import type { Confidence, Work } from '../bibliography/model';
import { recordDifferences } from './duplicates';

/** Per field: the kept record's value or the other's (as mergeWorks takes it). */
export type MergeSide = 'keep' | 'other';

const CONFIDENCE_RANK: Record<Confidence, number> = { verified: 3, likely: 2, guess: 1 };

const confidenceOf = (w: Work): number => (w.confidence ? CONFIDENCE_RANK[w.confidence.level] : 0);

const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

/** How much a value says: its text length, names and date parts counted as they are written. */
function fullness(v: unknown): number {
  if (isEmpty(v)) return 0;
  if (typeof v === 'string') return v.trim().length;
  if (typeof v === 'number') return String(v).length;
  return JSON.stringify(v).replace(/[{}[\]",:]|\b(family|given|date-parts|literal)\b/g, '').length;
}

const filledFields = (w: Work): number =>
  Object.entries(w.csl).filter(([f, v]) => f !== 'id' && !isEmpty(v)).length;

/**
 * Which of two records should survive a merge: one the bundled paper cites (`bundled` keys)
 * cannot be merged away; then the better confidence, then the record with more fields, then
 * the one added first (the key that has been in manuscripts longest), then the first key.
 */
export function proposedSurvivor(a: Work, b: Work, bundled: ReadonlySet<string> = new Set()): Work {
  const score = (w: Work) => [bundled.has(w.citationKey) ? 1 : 0, confidenceOf(w), filledFields(w)];
  const sa = score(a);
  const sb = score(b);
  for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i]! > sb[i]! ? a : b;
  const added = (w: Work) => w.provenance.addedAt ?? '';
  if (added(a) !== added(b) && added(a) && added(b)) return added(a) < added(b) ? a : b;
  return a.citationKey <= b.citationKey ? a : b;
}

/** Whose value of one differing field the merge should keep, unless the user says otherwise. */
export function proposedSide(keep: Work, other: Work, field: string): MergeSide {
  const k = keep.csl[field];
  const o = other.csl[field];
  if (isEmpty(o)) return 'keep';
  if (isEmpty(k)) return 'other';
  const keepEdited = keep.edited?.[field]?.actor === 'user';
  const otherEdited = other.edited?.[field]?.actor === 'user';
  if (keepEdited !== otherEdited) return keepEdited ? 'keep' : 'other';
  if (confidenceOf(keep) !== confidenceOf(other))
    return confidenceOf(keep) > confidenceOf(other) ? 'keep' : 'other';
  return fullness(o) > fullness(k) ? 'other' : 'keep';
}

/** The proposed side of every field in which the two records differ. */
export function proposedPicks(keep: Work, other: Work): Record<string, MergeSide> {
  const picks: Record<string, MergeSide> = {};
  for (const d of recordDifferences(keep.csl, other.csl))
    picks[d.field] = proposedSide(keep, other, d.field);
  return picks;
}
