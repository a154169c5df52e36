/**
 * A work's edit history: every change to a stored work, by whom (user / import / parser), when,
 * and each field's value before and after. Kept beside the works (the store's work-history
 * collection) so the works files stay small.
 */
import type { Work, WorkActor } from '../bibliography/model';

/** What a change did to a work. */
export type WorkChangeAction =
  'create' | 'edit' | 'tag' | 'rename' | 'merge' | 'delete' | 'restore' | 'import';

/** One field's change; `null` stands for "absent". */
export interface FieldChange {
  /** A CSL variable, "type", "citationKey", "tags", "aliases", or "bib:<field>". */
  field: string;
  before: unknown;
  after: unknown;
}

/** One revision of a work. */
export interface WorkRevision {
  /** 1 for the record as it entered the library, then 2, 3, ... */
  revision: number;
  /** ISO time. */
  at: string;
  actor: WorkActor;
  action: WorkChangeAction;
  changes: FieldChange[];
  /** A short remark ("renamed from betts2011", "merged betts2011x into it"). */
  note?: string;
}

/** The history of one work, under its current key. */
export interface WorkHistory {
  key: string;
  revisions: WorkRevision[];
}

/**
 * Revisions kept per work; the oldest go first, except the first stored one: the record as it came
 * (an imported work's revision 1 is derived from its provenance, so for it the first stored is its
 * first edit).
 */
export const MAX_REVISIONS = 200;

/** The history with `revision` appended (and trimmed to MAX_REVISIONS, keeping the first). */
export function appendRevision(history: WorkHistory, revision: WorkRevision): WorkHistory {
  const revisions = [...history.revisions, revision];
  if (revisions.length > MAX_REVISIONS) revisions.splice(1, revisions.length - MAX_REVISIONS);
  return { key: history.key, revisions };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields that differ between two records (`before`/`after` maps of field -> value; absent
 * fields compare as null), in a stable order: those of `after` first, then removed ones.
 */
export function diffFields(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): FieldChange[] {
  const out: FieldChange[] = [];
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  for (const field of fields) {
    const b = before[field] ?? null;
    const a = after[field] ?? null;
    if (!same(a, b)) out.push({ field, before: b, after: a });
  }
  return out;
}

/**
 * Revision 1 of a work an import added, as its provenance tells it: an import writes no history
 * for the works it adds (10,000 copies of one revision were a tenth of its bytes and half of its
 * files), so the first revision is derived here. Null for a work that did not come from an import.
 */
export function importedFirstRevision(work: Pick<Work, 'provenance'>): WorkRevision | null {
  const { kind, file, addedAt } = work.provenance;
  if (kind !== 'imported' || addedAt === undefined) return null;
  return {
    revision: 1,
    at: addedAt,
    actor: 'import',
    action: 'import',
    changes: [],
    note: `imported${file ? ` from ${file}` : ''}`,
  };
}

/**
 * A work's revisions, oldest first: the stored ones, preceded by its derived first revision
 * (importedFirstRevision) when none of them is revision 1.
 */
export function revisionsOf(
  work: Pick<Work, 'provenance'>,
  stored: readonly WorkRevision[],
): WorkRevision[] {
  if (stored[0]?.revision === 1) return [...stored];
  const first = importedFirstRevision(work);
  return first ? [first, ...stored] : [...stored];
}
