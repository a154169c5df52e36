/**
 * A work's record changed by hand (or by an import): the new record, what changed field by field
 * for its history, and which fields are now marked as edited. Pure: the services store it.
 */
import type { BibSource, CslItem, Work, WorkActor } from '../bibliography/model';
import { diffFields, type FieldChange } from './history';

/** A change to a work's record, already checked (see validate.ts). */
export interface WorkRecordPatch {
  /** A new CSL type; fields the type does not use are kept. */
  type?: string;
  /** CSL variables to set. */
  set?: Readonly<Record<string, unknown>>;
  /** CSL variables to remove. */
  remove?: readonly string[];
  /** Extra .bib fields to set (a value) or remove (null). */
  bib?: Readonly<Record<string, string | null>>;
}

/**
 * What the history compares of a work: its CSL fields, key, tags and aliases. The stored .bib
 * entry is left out: it is rewritten from the record, so its changes repeat the record's; the
 * extra .bib fields a user edits are recorded by the caller (`extra` of `recordChange`).
 */
export function workSnapshot(work: Work): Record<string, unknown> {
  const { id: _id, 'citation-key': _key, ...fields } = work.csl;
  void _id;
  void _key;
  const out: Record<string, unknown> = { ...fields, citationKey: work.citationKey };
  if (work.tags.length) out.tags = work.tags;
  if (work.aliases.length) out.aliases = work.aliases;
  return out;
}

/** The CSL item with the patch applied (id and citation-key follow the work's key). */
export function patchedCsl(work: Work, patch: WorkRecordPatch): CslItem {
  const csl: CslItem = { ...structuredClone(work.csl), id: work.citationKey };
  if (patch.type) csl.type = patch.type;
  for (const field of patch.remove ?? []) delete csl[field];
  for (const [field, value] of Object.entries(patch.set ?? {})) csl[field] = structuredClone(value);
  return csl;
}

/**
 * The work after a change of its record (`csl`, `source`) by `actor` at `at`: revision up by
 * one, each changed field marked with who changed it. Answers the changes for the history
 * (empty when nothing changed; the work is then returned as it was).
 */
export function recordChange(
  work: Work,
  next: { csl: CslItem; source: BibSource | undefined },
  actor: WorkActor,
  at: string,
  extra: readonly FieldChange[] = [],
): { work: Work; changes: FieldChange[] } {
  const changed: Work = { ...structuredClone(work), csl: next.csl };
  if (next.source) changed.source = next.source;
  else delete changed.source;
  return markChanged(work, changed, actor, at, extra);
}

/**
 * `after` with the revision and the edited marks that follow from what differs from `before`
 * (key, tags, aliases, fields); `before` itself is not changed.
 */
export function markChanged(
  before: Work,
  after: Work,
  actor: WorkActor,
  at: string,
  extra: readonly FieldChange[] = [],
): { work: Work; changes: FieldChange[] } {
  const changes = [...diffFields(workSnapshot(before), workSnapshot(after)), ...extra];
  if (changes.length === 0) return { work: before, changes };
  const edited = { ...(before.edited ?? {}) };
  for (const c of changes) if (c.field !== 'citationKey') edited[c.field] = { actor, at };
  return {
    work: { ...after, revision: (before.revision ?? 1) + 1, edited },
    changes,
  };
}
