/** The parts of a multi-file write that keep a work's history (see core/works/history.ts). */
import type { Work } from '../../core/bibliography/model';
import { appendRevision, type WorkHistory, type WorkRevision } from '../../core/works/history';
import type { FileWrite, UserDataStore } from '../../store';

/**
 * Appends the revision `revision()` gives (called when the write runs, after the works file's
 * change has decided it; null: nothing to record) to the history of `key`.
 */
export function appendHistory(
  store: UserDataStore,
  key: string,
  revision: () => WorkRevision | null,
): FileWrite {
  return store.workHistory.fileWrite(key, (items) => {
    const r = revision();
    if (!r) return false;
    appendTo(items, key, r);
  });
}

/** Appends `revision` to the history of `key` among a history file's `items` (in place). */
function appendTo(items: Record<string, WorkHistory>, key: string, revision: WorkRevision): void {
  const history: WorkHistory = Object.hasOwn(items, key) ? items[key]! : { key, revisions: [] };
  items[key] = appendRevision(history, revision);
}

/**
 * Moves the history of `from` to `to` (a renamed or merged-away key), appending `revision()`;
 * two writes, as the keys may live in different shards.
 */
export function moveHistory(
  store: UserDataStore,
  from: string,
  to: string,
  revision: () => WorkRevision | null,
): FileWrite[] {
  let moved: WorkHistory | null = null;
  return [
    store.workHistory.fileWrite(from, (items) => {
      if (!Object.hasOwn(items, from)) return false;
      moved = items[from] as WorkHistory;
      delete items[from];
    }),
    store.workHistory.fileWrite(to, (items) => {
      const existing: WorkHistory = Object.hasOwn(items, to)
        ? (items[to] as WorkHistory)
        : { key: to, revisions: [] };
      const revisions = [...(moved?.revisions ?? []), ...existing.revisions];
      let history: WorkHistory = { key: to, revisions };
      const r = revision();
      if (r) history = appendRevision(history, r);
      if (history.revisions.length === 0) return false;
      items[to] = history;
    }),
  ];
}

/** A work to store with the revision its history gains (an import's or the parser's; none: none). */
export interface WorkWithRevision {
  work: Work;
  revision?: WorkRevision;
}

/**
 * Stores works (added or replacing those of the same key) and appends each one's revision to
 * its history, all in one write: an import's or a parsed reference list's works, so their
 * history says who brought them (import / parser), when, and what a merge changed. One change
 * per file touched, not per work: a 10,000-work import makes 128 changes instead of 20,000.
 */
export async function putWorksWithHistory(
  store: UserDataStore,
  entries: readonly WorkWithRevision[],
): Promise<void> {
  if (entries.length === 0) return;
  const { writes, change } = worksWithHistoryWrites(store, entries);
  await store.writeFiles(writes, [change]);
}

/**
 * The writes of `putWorksWithHistory` and the change they make, for a caller that adds writes
 * of its own to the same all-or-nothing write.
 */
export function worksWithHistoryWrites(
  store: UserDataStore,
  entries: readonly WorkWithRevision[],
): { writes: FileWrite[]; change: { collection: 'works'; ids: string[] } } {
  const works = groupBy(entries, (e) => store.works.pathFor(e.work.citationKey));
  const histories = groupBy(
    entries.filter((e) => e.revision !== undefined),
    (e) => store.workHistory.pathFor(e.work.citationKey),
  );
  const writes = [
    ...[...works.values()].map((group) =>
      store.works.fileWriteFor(keysOf(group), (items) => {
        for (const { work } of group) items[work.citationKey] = work;
      }),
    ),
    ...[...histories.values()].map((group) =>
      store.workHistory.fileWriteFor(keysOf(group), (items) => {
        for (const { work, revision } of group) appendTo(items, work.citationKey, revision!);
      }),
    ),
  ];
  return { writes, change: { collection: 'works', ids: entries.map((e) => e.work.citationKey) } };
}

const keysOf = (group: readonly WorkWithRevision[]): string[] =>
  group.map((e) => e.work.citationKey);

/** `items` in groups by `keyOf`, in first-seen order. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = out.get(key);
    if (group) group.push(item);
    else out.set(key, [item]);
  }
  return out;
}
