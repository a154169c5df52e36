// The editor's state of one work: its type, each field's box text (names as lists), the kept
// .bib fields; what of it can be saved, and what changed since the last save.
import type { CslItem, CslName } from '../../../../core/bibliography/model';
import type { WorkFieldInfo, WorkRecord } from '../../../../shared/contract';
import { checkTyped, textOf } from './fieldText';

export interface EditorState {
  type: string;
  /** Field -> text in its box (every field but name lists). */
  texts: Record<string, string>;
  /** Name field -> the names listed. */
  names: Record<string, CslName[]>;
  /** Extra .bib field -> value. */
  bib: Record<string, string>;
}

/** The state of a record as stored. */
export function stateOf(record: WorkRecord, fields: readonly WorkFieldInfo[]): EditorState {
  return { ...stateOfCsl(record.work.csl, fields), bib: { ...record.extraBibFields } };
}

/** The state of a CSL item (a pasted record, say), without kept .bib fields. */
export function stateOfCsl(csl: CslItem, fields: readonly WorkFieldInfo[]): EditorState {
  const kinds = new Map(fields.map((f) => [f.csl, f.kind]));
  const texts: Record<string, string> = {};
  const names: Record<string, CslName[]> = {};
  for (const [field, value] of Object.entries(csl)) {
    if (field === 'id' || field === 'type' || field === 'citation-key') continue;
    const kind = kinds.get(field);
    if (!kind) continue; // a CSL variable the editor does not know: left as it is
    if (kind === 'names') names[field] = Array.isArray(value) ? (value as CslName[]) : [];
    else texts[field] = textOf(kind, value);
  }
  return { type: csl.type, texts, names, bib: {} };
}

const emptyName = (n: CslName) => !n.family?.trim() && !n.given?.trim() && !n.literal?.trim();

/** Each field's value to store (null: none), and the problems of fields that cannot be stored. */
export function valuesOf(
  state: EditorState,
  fields: readonly WorkFieldInfo[],
): {
  values: Record<string, unknown>;
  problems: Record<string, string>;
  notes: Record<string, string>;
} {
  const kinds = new Map(fields.map((f) => [f.csl, f.kind]));
  const values: Record<string, unknown> = {};
  const problems: Record<string, string> = {};
  const notes: Record<string, string> = {};
  for (const [field, text] of Object.entries(state.texts)) {
    const checked = checkTyped(field, kinds.get(field) ?? 'text', text);
    if (checked.ok) {
      values[field] = checked.value;
      if (checked.note) notes[field] = checked.note;
    } else problems[field] = checked.problem;
  }
  for (const [field, list] of Object.entries(state.names)) {
    const kept = list.filter((n) => !emptyName(n));
    values[field] = kept.length ? kept : null;
  }
  return { values, problems, notes };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** What `updateWork` needs to go from `saved` to `current` (null: nothing to save). */
export function patchBetween(
  saved: EditorState,
  current: EditorState,
  fields: readonly WorkFieldInfo[],
): {
  type?: string;
  fields?: Record<string, unknown>;
  bibFields?: Record<string, string | null>;
} | null {
  const before = valuesOf(saved, fields).values;
  const { values: after, problems } = valuesOf(current, fields);
  const changed: Record<string, unknown> = {};
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (field in problems) continue; // kept as stored until the user fixes it
    if (!same(before[field], after[field])) changed[field] = after[field] ?? null;
  }
  const bib: Record<string, string | null> = {};
  for (const field of new Set([...Object.keys(saved.bib), ...Object.keys(current.bib)])) {
    const value = current.bib[field]?.trim() ? current.bib[field]! : null;
    if (!same(saved.bib[field] ?? null, value)) bib[field] = value;
  }
  const patch = {
    ...(saved.type !== current.type ? { type: current.type } : {}),
    ...(Object.keys(changed).length ? { fields: changed } : {}),
    ...(Object.keys(bib).length ? { bibFields: bib } : {}),
  };
  return Object.keys(patch).length ? patch : null;
}

/** The fields (and "type", and "bib:x" for kept .bib fields) a patch changes. */
export function patchedFields(patch: ReturnType<typeof patchBetween>): string[] {
  if (!patch) return [];
  return [
    ...(patch.type !== undefined ? ['type'] : []),
    ...Object.keys(patch.fields ?? {}),
    ...Object.keys(patch.bibFields ?? {}).map((f) => `bib:${f}`),
  ];
}

/**
 * When a save is refused because the work changed elsewhere (the command line, another window,
 * a tag or a file added from the pane) since `base` was saved: the fields of the user's `patch`
 * that were changed there too. None: the user's patch can be saved over the new revision without
 * undoing anything done elsewhere.
 */
export function clashingFields(
  base: EditorState,
  stored: EditorState,
  patch: ReturnType<typeof patchBetween>,
  fields: readonly WorkFieldInfo[],
): string[] {
  const theirs = new Set(patchedFields(patchBetween(base, stored, fields)));
  return patchedFields(patch).filter((f) => theirs.has(f));
}
