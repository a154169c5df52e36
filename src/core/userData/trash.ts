/**
 * The trash: one deletion model for works, notes, reading lists, user claims and the files
 * attached to works. A deleted item
 * is kept (persisted, so undo survives a restart) until it is restored or the trash is emptied.
 * Items deleted together share a `batch`, and one undo restores them together.
 */
import type { WorkAttachment } from '../bibliography/model';

/** What can be deleted to the trash. */
export type TrashKind = 'work' | 'note' | 'list' | 'userClaim' | 'attachment';

export const TRASH_KINDS: readonly TrashKind[] = [
  'work',
  'note',
  'list',
  'userClaim',
  'attachment',
];

/** A removed attachment as the trash keeps it: the file's record and the work it was on. */
export interface TrashedAttachment {
  workKey: string;
  attachment: WorkAttachment;
}

export interface TrashEntry {
  /** The entry's own id ("t-…"). */
  id: string;
  kind: TrashKind;
  /** The item's id: a work's citation key, a note's, list's, claim's or attachment's id. */
  itemId: string;
  /** How the item reads in the trash ("Betts 2011 — Global Migration Governance"). */
  label: string;
  /** ISO time. */
  deletedAt: string;
  /** Entries deleted in one act share it; restoring a batch restores them all. */
  batch: string;
  /**
   * The item as it was (a Work, ReadingList, UserClaim or TrashedAttachment). Null for a note: a note stays in its
   * own file, marked `deletedAt`, so its links and backlinks keep working in the trash view.
   */
  item: unknown;
  /** Set when the work was merged away rather than deleted: restoring it undoes the merge. */
  merge?: MergeUndo;
}

/** An item that a merge changed, as it was before and right after (see MergeUndo). */
export interface MergedItemSnapshot {
  collection: 'notes' | 'lists' | 'userClaims' | 'documentLinks';
  id: string;
  before: unknown;
  after: unknown;
}

/**
 * What undoing a merge needs, kept on the trash entry of the merged-away work: the kept work as
 * it was, and every note, list, claim and paper link the merge moved. An item changed again
 * since the merge is left naming the kept work (it still resolves), never overwritten.
 */
export interface MergeUndo {
  /** The key of the work it was merged into. */
  into: string;
  /** The kept work before the merge; null when it was the bundled record, never edited. */
  keepBefore: unknown;
  /** The kept work's revision right after the merge. */
  keepRevision: number;
  moved: MergedItemSnapshot[];
}
