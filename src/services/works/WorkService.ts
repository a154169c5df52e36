/**
 * Works by hand: create one (type, fields, key by the library's scheme), edit its fields, type
 * and kept .bib fields, with every change recorded in the work's history (who, when, each field
 * before and after) and each changed field marked. A bundled work, once edited, is stored as the
 * user's copy: its confidence and source stay as they were, the edited fields are marked.
 */
import { isValidCitationKey, makeCitationKey } from '../../core/bibliography';
import type { CslItem, Work, WorkActor } from '../../core/bibliography/model';
import { extraBibFields, rebuildBibSource } from '../../core/formats';
import { markChanged, patchedCsl, recordChange } from '../../core/works/editWork';
import type { FieldChange, WorkRevision, WorkRevision as Revision } from '../../core/works/history';
import { revisionsOf } from '../../core/works/history';
import type { WorkEditResult, WorkRecord } from '../../core/works/records';
import { fieldsOutsideType } from '../../core/works/types';

export type { WorkEditResult, WorkRecord };
import { checkFields, checkType, type WorkFieldProblem } from '../../core/works/validate';
import type { UserDataStore } from '../../store';
import { NotFoundError, ServiceError } from '../errors';
import { normaliseTags } from '../notes/NotesService';
import { throwProblems, WorkFieldError } from './errors';
import { appendHistory } from './historyWrites';
import { LibraryWorks } from './libraryWorks';

export interface WorkServiceDeps {
  now?: () => Date;
}

/** A new work as the user gives it. */
export interface NewWorkInput {
  /** A CSL type, a label ("Journal article") or a BibTeX type ("inproceedings"). */
  type: string;
  /** CSL variables (or BibTeX names) -> typed text or CSL-JSON values. */
  fields: Record<string, unknown>;
  /** The key to use; by default the library's scheme makes one (familyYEAR, a/b suffix). */
  citationKey?: string;
  tags?: string[];
  /** For a record from paste: the .bib entry as read. */
  source?: Work['source'];
}

/** A change to a work's record. */
export interface WorkPatchInput {
  type?: string;
  /** Fields to set; null or "" removes a field. */
  fields?: Record<string, unknown>;
  /** Extra .bib fields (those CSL cannot hold) to set, or remove with null. */
  bibFields?: Record<string, string | null>;
  /** Refuse the change when the work's revision is no longer this (edited elsewhere meanwhile). */
  expectedRevision?: number;
}

function cslFromFields(type: string, set: Record<string, unknown>, key: string): CslItem {
  return { ...set, id: key, type } as CslItem;
}

export class WorkService {
  readonly works: LibraryWorks;
  private readonly now: () => Date;

  constructor(
    private readonly store: UserDataStore,
    bundled: readonly Work[],
    deps: WorkServiceDeps = {},
  ) {
    this.works = new LibraryWorks(store, bundled);
    this.now = deps.now ?? (() => new Date());
  }

  /** The key the library's scheme gives a new work with these fields (nothing is written). */
  async suggestKey(type: string, fields: Record<string, unknown>): Promise<string> {
    const checked = checkFields(fields);
    const t = checkType(type);
    const csl = cslFromFields(typeof t === 'string' ? t : 'document', checked.set, '');
    return makeCitationKey({ ...csl, 'citation-key': undefined }, await this.works.takenKeys());
  }

  /**
   * Adds a work by hand. Throws WorkFieldError naming the field for an unknown type or field,
   * an invalid DOI or ISBN, a bad or taken key; nothing is written then.
   */
  async create(input: NewWorkInput, actor: WorkActor = 'user'): Promise<WorkEditResult> {
    const problems: WorkFieldProblem[] = [];
    const type = checkType(input.type);
    if (typeof type !== 'string') problems.push(type);
    const checked = checkFields(input.fields);
    problems.push(...checked.problems);
    const taken = await this.works.takenKeys();
    const wanted = input.citationKey?.trim();
    if (wanted !== undefined) problems.push(...this.keyProblems(wanted, taken));
    throwProblems(problems);
    const at = this.now().toISOString();
    const csl = cslFromFields(type as string, checked.set, '');
    const key = wanted || makeCitationKey(csl, taken);
    csl.id = key;
    const work: Work = {
      citationKey: key,
      csl,
      provenance: { kind: 'user', addedAt: at },
      confidence: null,
      citedAs: [],
      aliases: [],
      tags: normaliseTags(input.tags ?? []),
      revision: 1,
      ...(input.source ? { source: input.source } : {}),
    };
    const revision: Revision = { revision: 1, at, actor, action: 'create', changes: [] };
    await this.store.writeFiles(
      [
        this.store.works.fileWrite(key, (items) => {
          // Checked again under the lock: another process may have taken the key meanwhile.
          if (Object.hasOwn(items, key)) throw this.duplicateKey(key);
          items[key] = work;
        }),
        appendHistory(this.store, key, () => revision),
      ],
      [{ collection: 'works', ids: [key] }],
    );
    return {
      work: structuredClone(work),
      changes: [],
      outsideType: fieldsOutsideType(work.csl.type, Object.keys(work.csl)),
    };
  }

  /**
   * Changes a work's type, fields or kept .bib fields. A type change keeps the fields the new
   * type does not use (answered in `outsideType`). Throws WorkFieldError for a bad field,
   * UnknownWorkKeyError for an unknown key, ServiceError 'conflict' when `expectedRevision` is
   * stale.
   */
  async update(
    key: string,
    patch: WorkPatchInput,
    actor: WorkActor = 'user',
  ): Promise<WorkEditResult> {
    const found = await this.works.require(key);
    const canonical = found.work.citationKey;
    const problems: WorkFieldProblem[] = [];
    let type: string | undefined;
    if (patch.type !== undefined) {
      const t = checkType(patch.type);
      if (typeof t === 'string') type = t;
      else problems.push(t);
    }
    const checked = checkFields(patch.fields ?? {});
    problems.push(...checked.problems);
    for (const name of Object.keys(patch.bibFields ?? {})) {
      if (!/^[a-z][a-z0-9_-]*$/i.test(name))
        problems.push({ field: `bib:${name}`, message: `${name}: not a BibTeX field name` });
    }
    throwProblems(problems);
    const at = this.now().toISOString();
    const bundled = this.works.bundledWork(canonical);
    let result: { work: Work; changes: FieldChange[] } | null = null;
    await this.store.writeFiles(
      [
        this.store.works.fileWrite(canonical, (items) => {
          const current = Object.hasOwn(items, canonical) ? items[canonical] : bundled;
          if (!current)
            throw new NotFoundError(`No work with key \`${canonical}\` in the library.`);
          if (
            patch.expectedRevision !== undefined &&
            (current.revision ?? 1) !== patch.expectedRevision
          ) {
            throw new ServiceError(
              'conflict',
              `\`${canonical}\` was changed elsewhere (revision ${current.revision ?? 1}); reload it and edit again.`,
            );
          }
          const csl = patchedCsl(current, { type, set: checked.set, remove: checked.removed });
          const bibChanged = Object.keys(patch.bibFields ?? {}).length > 0;
          const cslChanged =
            JSON.stringify(csl) !== JSON.stringify({ ...current.csl, id: canonical });
          const source =
            cslChanged || bibChanged
              ? rebuildBibSource(current, csl, canonical, patch.bibFields)
              : current.source;
          const extras = current.source
            ? extraBibFields(current.source, current.csl, canonical)
            : {};
          const bibChanges = Object.entries(patch.bibFields ?? {})
            .map(([name, value]) => ({
              field: `bib:${name.toLowerCase()}`,
              before: extras[name.toLowerCase()] ?? null,
              after: value,
            }))
            .filter((c) => c.before !== c.after);
          const next = recordChange(current, { csl, source }, actor, at, bibChanges);
          if (next.changes.length === 0) return false;
          result = next;
          items[canonical] = next.work;
        }),
        appendHistory(this.store, canonical, () => this.revisionOf(result, actor, 'edit', at)),
      ],
      [{ collection: 'works', ids: [canonical] }],
    );
    const done: { work: Work; changes: FieldChange[] } = result ?? {
      work: found.work,
      changes: [],
    };
    return {
      work: structuredClone(done.work),
      changes: done.changes,
      outsideType: fieldsOutsideType(done.work.csl.type, Object.keys(done.work.csl)),
    };
  }

  /** What the editor shows of a work (by key or alias); throws UnknownWorkKeyError. */
  async record(key: string): Promise<WorkRecord> {
    const { work, stored, bundled } = await this.works.require(key);
    return {
      work,
      bundled,
      stored,
      revision: work.revision ?? 1,
      extraBibFields: work.source ? extraBibFields(work.source, work.csl, work.citationKey) : {},
      outsideType: fieldsOutsideType(work.csl.type, Object.keys(work.csl)),
    };
  }

  /** The work's revisions, oldest first (empty for a bundled work never edited). */
  async history(key: string): Promise<WorkRevision[]> {
    const { work } = await this.works.require(key);
    const history = await this.store.workHistory.get(work.citationKey);
    return structuredClone(revisionsOf(work, history?.revisions ?? []));
  }

  /**
   * Adds and removes tags on many works in one write (a bulk action over a selection). Tags
   * compare case-insensitively; a work that already has (or lacks) them is left as it is.
   * Answers the keys of the works that changed.
   */
  async tag(
    keys: readonly string[],
    add: readonly string[],
    remove: readonly string[],
  ): Promise<string[]> {
    const adding = normaliseTags(add);
    const removing = new Set(normaliseTags(remove).map((t) => t.toLowerCase()));
    const canonical: string[] = [];
    for (const key of new Set(keys))
      canonical.push((await this.works.require(key)).work.citationKey);
    const at = this.now().toISOString();
    const results = new Map<string, { work: Work; changes: FieldChange[] }>();
    const writes = canonical.flatMap((key) => [
      this.store.works.fileWrite(key, (items) => {
        const current = Object.hasOwn(items, key) ? items[key] : this.works.bundledWork(key);
        if (!current) throw new NotFoundError(`No work with key \`${key}\` in the library.`);
        const kept = current.tags.filter((t) => !removing.has(t.toLowerCase()));
        const have = new Set(kept.map((t) => t.toLowerCase()));
        const tags = [...kept, ...adding.filter((t) => !have.has(t.toLowerCase()))];
        const next = markChanged(current, { ...structuredClone(current), tags }, 'user', at);
        if (next.changes.length === 0) return false;
        results.set(key, next);
        items[key] = next.work;
      }),
      appendHistory(this.store, key, () =>
        this.revisionOf(results.get(key) ?? null, 'user', 'tag', at),
      ),
    ]);
    await this.store.writeFiles(writes, [{ collection: 'works', ids: canonical }]);
    return canonical.filter((k) => results.has(k));
  }

  /** Every tag on the library's works with how many works carry it, most used first. */
  async tags(): Promise<{ tag: string; count: number }[]> {
    const counts = new Map<string, { tag: string; count: number }>();
    const storedKeys = new Set<string>();
    const count = (tags: readonly string[]) => {
      for (const t of tags) {
        const e = counts.get(t.toLowerCase()) ?? { tag: t, count: 0 };
        e.count++;
        counts.set(t.toLowerCase(), e);
      }
    };
    for (const l of await this.store.workListings.all()) {
      storedKeys.add(l.key);
      count(l.tags ?? []);
    }
    for (const w of this.works.bundled) if (!storedKeys.has(w.citationKey)) count(w.tags);
    return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }

  /** Problems with a key the user chose. */
  keyProblems(key: string, taken: ReadonlySet<string>): WorkFieldProblem[] {
    if (!isValidCitationKey(key)) {
      return [
        {
          field: 'citationKey',
          message: `citationKey: \`${key}\` is not a valid key (lower-case ASCII letters and digits, starting with a letter, e.g. betts2011)`,
        },
      ];
    }
    if (taken.has(key)) return [{ field: 'citationKey', message: this.duplicateKey(key).message }];
    return [];
  }

  private duplicateKey(key: string): WorkFieldError {
    return new WorkFieldError([
      {
        field: 'citationKey',
        message: `citationKey: \`${key}\` is already the key of a work in the library (or in the trash); choose another`,
      },
    ]);
  }

  private revisionOf(
    result: { work: Work; changes: FieldChange[] } | null,
    actor: WorkActor,
    action: WorkRevision['action'],
    at: string,
  ): WorkRevision | null {
    if (!result || result.changes.length === 0) return null;
    return { revision: result.work.revision ?? 2, at, actor, action, changes: result.changes };
  }
}
