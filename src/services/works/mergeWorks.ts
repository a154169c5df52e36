/**
 * Merging two records of the same work: the kept record takes, field by field, the value the
 * user picked (a gap is filled from the other record by default); tags, aliases and attachments
 * are joined; notes, list items, claims and paper links move to the kept key; the other key
 * becomes an alias of the kept work, so old manuscripts and links still resolve. The merged-away
 * record goes to the trash with what the merge changed, so restoring it undoes the merge (see
 * unmergeWorks.ts), also after a restart. One write.
 */
import type { CslItem, Work } from '../../core/bibliography/model';
import { rebuildBibSource } from '../../core/formats';
import { markChanged } from '../../core/works/editWork';
import type { FieldChange } from '../../core/works/history';
import { newId } from '../../core/userData/ids';
import { workLabel } from '../../core/userData/labels';
import type { MergedItemSnapshot, TrashEntry } from '../../core/userData/trash';
import { NotFoundError, ServiceError } from '../errors';
import { appendHistory } from './historyWrites';
import type { WorkService } from './WorkService';
import { findWorkReferences, moveReferences, type WorkReferences } from './workReferences';

/** Per field: take the kept record's value or the other's. */
export type MergePicks = Record<string, 'keep' | 'other'>;

export interface MergeResult {
  work: Work;
  /** What moved from the other key to the kept one. */
  moved: WorkReferences;
  /** The trash batch of the merged-away record: restoring it undoes the merge. */
  batch: string;
}

const union = (a: readonly string[], b: readonly string[]) => {
  const seen = new Set(a.map((x) => x.toLowerCase()));
  return [...a, ...b.filter((x) => !seen.has(x.toLowerCase()))];
};

/** The kept record's CSL with the picks applied; gaps are filled from the other record. */
export function mergedCsl(keep: Work, other: Work, picks: MergePicks): CslItem {
  const csl: CslItem = structuredClone(keep.csl);
  const fields = new Set([...Object.keys(other.csl), ...Object.keys(picks)]);
  for (const field of fields) {
    if (field === 'id' || field === 'citation-key') continue;
    const pick = picks[field] ?? (csl[field] === undefined || csl[field] === '' ? 'other' : 'keep');
    if (pick !== 'other') continue;
    if (other.csl[field] === undefined) delete csl[field];
    else csl[field] = structuredClone(other.csl[field]);
  }
  return csl;
}

/**
 * Merges `otherKey` into `keepKey` (see the file comment). The other record must be one the
 * user's data holds (a bundled work is cited by the bundled paper under its own key).
 */
export async function mergeWorks(
  service: WorkService,
  keepKey: string,
  otherKey: string,
  picks: MergePicks,
  now: Date,
): Promise<MergeResult> {
  const { store } = service.works;
  const keepFound = await service.works.require(keepKey);
  const otherFound = await service.works.require(otherKey);
  const keep = keepFound.work.citationKey;
  const other = otherFound.work.citationKey;
  if (keep === other)
    throw new ServiceError('invalid', `\`${keepKey}\` and \`${otherKey}\` are the same work.`);
  if (otherFound.bundled) {
    throw new ServiceError(
      'invalid',
      `\`${other}\` is a work of the bundled paper's bibliography: merge the other way round (keep \`${other}\`).`,
    );
  }
  for (const field of Object.keys(picks)) {
    if (field === 'id' || field === 'citation-key') {
      throw new ServiceError('invalid', `${field}: cannot be picked (the kept key stays).`);
    }
  }
  const refs = await findWorkReferences(store, other);
  const at = now.toISOString();
  let taken: Work | null = null;
  let merged: { work: Work; changes: FieldChange[] } | null = null;
  let keepBefore: Work | null = null;
  const snapshots: MergedItemSnapshot[] = [];
  const moved = moveReferences(store, refs, other, keep, at, (s) => snapshots.push(s));
  const batch = newId('t');
  await store.writeFiles(
    [
      store.works.fileWrite(other, (items) => {
        const found = Object.hasOwn(items, other) ? items[other] : undefined;
        if (!found) throw new NotFoundError(`No work with key \`${other}\` in the library.`);
        taken = found;
        delete items[other];
      }),
      store.works.fileWrite(keep, (items) => {
        const stored = Object.hasOwn(items, keep) ? items[keep] : undefined;
        const current = stored ?? service.works.bundledWork(keep);
        if (!current || !taken)
          throw new NotFoundError(`No work with key \`${keep}\` in the library.`);
        keepBefore = stored ? structuredClone(stored) : null;
        const from: Work = taken;
        const csl = mergedCsl(current, from, picks);
        const next: Work = {
          ...structuredClone(current),
          csl,
          tags: union(current.tags, from.tags),
          aliases: union(current.aliases, [other, ...from.aliases]).filter((a) => a !== keep),
          citedAs: union(current.citedAs, from.citedAs),
        };
        const source = rebuildBibSource(current, csl, keep);
        if (source) next.source = source;
        else delete next.source;
        if (from.attachments?.length || current.attachments?.length) {
          next.attachments = [...(current.attachments ?? []), ...(from.attachments ?? [])];
        }
        merged = markChanged(current, next, 'user', at);
        items[keep] = merged.work;
      }),
      appendHistory(store, keep, () =>
        merged
          ? {
              revision: merged.work.revision ?? 2,
              at,
              actor: 'user',
              action: 'merge',
              changes: merged.changes,
              note: `merged ${other} into it`,
            }
          : null,
      ),
      ...moved.writes,
      // Last: it keeps what the writes above changed, as they found it and left it.
      store.trash.fileWrite(batch, (items) => {
        const from = taken as Work | null;
        const done = merged as { work: Work } | null;
        if (!from || !done) return false;
        const entry: TrashEntry = {
          id: newId('t'),
          kind: 'work',
          itemId: other,
          label: `${workLabel(other, from.csl, from.citedAs)} (merged into ${keep})`,
          deletedAt: at,
          batch,
          item: from,
          merge: {
            into: keep,
            keepBefore,
            keepRevision: done.work.revision ?? 1,
            moved: snapshots,
          },
        };
        items[entry.id] = entry;
      }),
    ],
    [
      { collection: 'works', ids: [keep, other] },
      ...moved.changes,
      { collection: 'trash', ids: [batch] },
    ],
  );
  const done = merged as { work: Work } | null;
  return { work: structuredClone(done!.work), moved: refs, batch };
}
