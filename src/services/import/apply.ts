/** Import, step 2: carry out a plan with the user's decisions about duplicates, all or nothing. */
import type { CslItem, Work } from '../../core/bibliography/model';
import type { ParseProblem } from '../../core/formats';
import { ServiceError } from '../errors';
import { makeCitationKey } from '../../core/bibliography/keys';
import type { WorkRevision } from '../../core/works/history';
import { markChanged } from '../../core/works/editWork';
import { cloneData } from './cloneData';
import type { ImportPlan, PlanItem } from './plan';
import type { WorkStore } from './workStore';

/** What to do with an entry that duplicates a library work. */
export type DuplicateDecision = 'skip' | 'merge' | 'keep-both';

/** Which value a merged record keeps for one field: the library work's or the file entry's. */
export type FieldChoice = 'library' | 'file';

/**
 * One decision for every duplicate, or one per plan item index with a fallback. `exclude` lists
 * plan item indices left out of the import altogether; `fields` gives, per merged item index, the
 * fields whose value is chosen (fields not named follow the default merge: missing ones filled).
 */
export type ImportDecisions =
  | DuplicateDecision
  | {
      perItem: Readonly<Record<number, DuplicateDecision>>;
      otherwise: DuplicateDecision;
      exclude?: readonly number[];
      fields?: Readonly<Record<number, Readonly<Record<string, FieldChoice>>>>;
    };

export interface ImportResult {
  /** Keys of the works added (new entries, and duplicates kept as separate works). */
  added: string[];
  /** Keys of library works that took in missing fields from a duplicate entry. */
  merged: string[];
  /** Entries not imported because they duplicate a library work (key of that work). */
  skipped: { line: number; duplicateOf: string }[];
  /** Unreadable entries left out (only with allowPartial). */
  leftOut: ParseProblem[];
  /** Lines of the entries the user left out of the import. */
  excluded: number[];
}

/** Thrown when a plan cannot be applied; nothing was written. */
export class ImportError extends ServiceError {
  constructor(
    code: 'import-has-errors' | 'library-changed',
    message: string,
    readonly problems: readonly ParseProblem[] = [],
  ) {
    super(code, message);
    this.name = 'ImportError';
  }
}

/**
 * Applies `plan`: adds new works; for duplicates, skips, merges (the library work keeps its key,
 * notes, links, tags and every value it has, and gains the fields it lacked) or keeps both (the
 * entry becomes a new work under a fresh key). One write. If the file had unreadable entries,
 * nothing is written unless `allowPartial` is set; then they are listed in `leftOut`.
 */
export async function applyImport(
  plan: ImportPlan,
  decisions: ImportDecisions,
  store: WorkStore,
  opts: { allowPartial?: boolean; now?: () => Date } = {},
): Promise<ImportResult> {
  if (plan.errors.length > 0 && !opts.allowPartial) {
    const n = plan.errors.length;
    throw new ImportError(
      'import-has-errors',
      `Nothing was imported: ${n} entr${n === 1 ? 'y' : 'ies'} could not be read. Fix ${n === 1 ? 'it' : 'them'}${plan.items.length > 0 ? ', or import the readable entries only (partial import)' : ' (no entry of the file could be read)'}.\n` +
        plan.errors.map((e) => `  ${e.message}`).join('\n'),
      plan.errors,
    );
  }
  const library = await store.allWorks();
  const byKey = new Map(library.map((w) => [w.citationKey, w]));
  const current = new Set(library.map((w) => w.citationKey));
  const taken = new Set([...current, ...library.flatMap((w) => w.aliases)]);
  const excluded = new Set(typeof decisions === 'string' ? [] : (decisions.exclude ?? []));
  const lostTarget = plan.items.find(
    (i) =>
      !excluded.has(i.index) &&
      i.status === 'duplicate' &&
      i.reason !== 'doi-in-file' &&
      decide(decisions, i) === 'merge' &&
      !current.has(i.duplicateOf),
  );
  if (lostTarget) {
    throw new ImportError(
      'library-changed',
      `The library changed since this import was checked (\`${lostTarget.status === 'duplicate' ? lostTarget.duplicateOf : ''}\` is gone); check the file again before importing.`,
    );
  }
  const addedAt = (opts.now ?? (() => new Date()))().toISOString();
  const result: ImportResult = {
    added: [],
    merged: [],
    skipped: [],
    leftOut: [...plan.errors],
    excluded: [],
  };
  const changed = new Map<string, Work>();
  for (const item of plan.items) {
    if (excluded.has(item.index)) {
      result.excluded.push(item.entry.line);
      continue;
    }
    const decision = item.status === 'new' ? 'add' : decide(decisions, item);
    if (decision === 'skip' && item.status === 'duplicate') {
      result.skipped.push({ line: item.entry.line, duplicateOf: item.duplicateOf });
    } else if (
      decision === 'merge' &&
      item.status === 'duplicate' &&
      (changed.has(item.duplicateOf) || byKey.has(item.duplicateOf))
    ) {
      // The target is a library work, or (same DOI in one file) an entry added just before.
      const target = changed.get(item.duplicateOf) ?? byKey.get(item.duplicateOf)!;
      changed.set(target.citationKey, mergeInto(target, item, fieldChoices(decisions, item)));
      if (!result.merged.includes(target.citationKey)) result.merged.push(target.citationKey);
    } else {
      const key = taken.has(item.key)
        ? makeCitationKey({ ...item.entry.csl, 'citation-key': undefined }, taken)
        : item.key;
      taken.add(key);
      changed.set(key, newWork(item, key, plan.file, addedAt));
      result.added.push(key);
    }
  }
  if (changed.size > 0) {
    const merged = mergedRevisions(changed, byKey, plan.file, addedAt);
    await store.putWorks(
      [...changed.values()].map((w) => merged.get(w.citationKey)?.work ?? w),
      new Map([...merged].map(([key, m]) => [key, m.revision])),
    );
  }
  return result;
}

/**
 * The merged works with their revision for their history, by the import: what a merge changed in
 * a library work (those fields marked as the import's). New works are not in the answer (see
 * newWork), so a fresh import writes its works files and nothing else.
 */
function mergedRevisions(
  changed: ReadonlyMap<string, Work>,
  library: ReadonlyMap<string, Work>,
  file: string | null,
  at: string,
): Map<string, { work: Work; revision: WorkRevision }> {
  const from = file ? ` from ${file}` : '';
  const out = new Map<string, { work: Work; revision: WorkRevision }>();
  for (const [key, work] of changed) {
    const before = library.get(key);
    if (!before) continue; // a new work (newWork): its revision 1 is derived, not written
    const marked = markChanged(before, work, 'import', at);
    if (marked.changes.length === 0) continue;
    out.set(key, {
      work: marked.work,
      revision: {
        revision: marked.work.revision ?? 2,
        at,
        actor: 'import',
        action: 'import',
        changes: marked.changes,
        note: `merged in${from}`,
      },
    });
  }
  return out;
}

function decide(decisions: ImportDecisions, item: PlanItem): DuplicateDecision {
  if (typeof decisions === 'string') return decisions;
  return decisions.perItem[item.index] ?? decisions.otherwise;
}

function fieldChoices(
  decisions: ImportDecisions,
  item: PlanItem,
): Readonly<Record<string, FieldChoice>> {
  if (typeof decisions === 'string') return {};
  return decisions.fields?.[item.index] ?? {};
}

function newWork(item: PlanItem, key: string, file: string | null, addedAt: string): Work {
  // Neither the plan nor the store changes a stored value in place (edits make new objects), so
  // the parsed values are shared, not copied: the CSL item itself too unless the key differs
  // from the entry's own (a shallow copy of each of 10,000 items cost an eighth of the write).
  let csl: CslItem = item.entry.csl;
  if (csl.id !== key || csl['citation-key'] !== key) {
    csl = { ...csl };
    csl.id = key;
    csl['citation-key'] = key;
  }
  const work: Work = {
    citationKey: key,
    csl,
    provenance: { kind: 'imported', ...(file ? { file } : {}), addedAt },
    confidence: null,
    citedAs: [],
    aliases: [],
    tags: [],
  };
  if (item.entry.source) work.source = item.entry.source;
  // Revision 1 is derived from the provenance (importedFirstRevision): no history is written.
  work.revision = 1;
  return work;
}

/**
 * The library work with the fields it lacked taken from the entry, and the entry's value for each
 * field the user chose so (`choices`); a field chosen as 'library' keeps the work's value, or stays
 * absent. The work's key, notes and links (which refer to the key), tags and provenance stay.
 */
function mergeInto(
  target: Work,
  item: PlanItem,
  choices: Readonly<Record<string, FieldChoice>>,
): Work {
  const merged = structuredClone(target);
  // Whether a value the library had was replaced (not just a gap filled) by the user's choice.
  let replaced = false;
  for (const [field, value] of Object.entries(item.entry.csl)) {
    if (field === 'id' || field === 'citation-key') continue;
    const missing = merged.csl[field] === undefined || merged.csl[field] === '';
    const choice = choices[field] ?? (missing ? 'file' : 'library');
    if (choice !== 'file') continue;
    if (!missing && JSON.stringify(merged.csl[field]) !== JSON.stringify(value)) replaced = true;
    merged.csl[field] = cloneData(value);
  }
  // A field the file lacks but the user chose from the file is removed from the record.
  for (const [field, choice] of Object.entries(choices)) {
    if (choice === 'file' && item.entry.csl[field] === undefined && field !== 'type') {
      if (merged.csl[field] !== undefined) replaced = true;
      delete merged.csl[field];
    }
  }
  // The stored .bib fields spell the library's old values: exported as they are, they would undo
  // the user's choice. Once a value is replaced, the .bib export is built from the merged record.
  if (replaced) {
    delete merged.source;
    return merged;
  }
  if (
    merged.source &&
    item.entry.source &&
    merged.source.entryType === item.entry.source.entryType
  ) {
    for (const [name, value] of Object.entries(item.entry.source.fields)) {
      if (merged.source.fields[name] === undefined) merged.source.fields[name] = value;
    }
  }
  return merged;
}
