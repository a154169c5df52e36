/**
 * What the user asks to export (the library, a selection, a reading list, the works of a note or
 * of a claim, one work), turned into an ExportScope with a description and a file name.
 */
import type { Claim } from '../../core/claims/model';
import { claimRef } from '../../core/documents/ids';
import type { ReadingList } from '../../core/userData/lists';
import type { Note } from '../../core/userData/notes';
import type { UserClaim } from '../../core/userData/userClaims';
import { NotFoundError, ServiceError } from '../errors';
import type { ExportScope } from './ExportService';

/** The thing whose works are exported. */
export type ExportTarget =
  | { kind: 'library' }
  | { kind: 'selection'; keys: readonly string[] }
  | { kind: 'list'; listId: string }
  | { kind: 'note'; noteId: string }
  | { kind: 'claim'; claimId: string; documentId?: string | null }
  | { kind: 'document'; documentId: string }
  | { kind: 'work'; key: string };

/** Where targets are looked up (the app's services; fakes in tests). */
export interface ScopeSources {
  list(id: string): Promise<ReadingList | null>;
  note(id: string): Promise<Note | null>;
  userClaim(id: string): Promise<UserClaim | null>;
  /** A document's claim, or null when there is none. */
  paperClaim(
    documentId: string,
    id: string,
  ): Promise<Pick<Claim, 'id' | 'text' | 'workIds'> | null>;
  /** A document's title and the works it cites and lists, or null for an unknown document. */
  document(documentId: string): Promise<{ title: string; workKeys: string[] } | null>;
}

export interface ResolvedTarget {
  scope: ExportScope;
  /** What is exported, for the user: "the reading list “Partnerships”". */
  description: string;
  /** A file name without extension: "Partnerships", "library", "betts2011c". */
  fileBase: string;
}

/** "The Global Governance of Migration and the Role…" — short enough for a message. */
function shorten(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

function nothingIn(what: string, hint: string): ServiceError {
  return new ServiceError('nothing-to-export', `${what} has no works to export: ${hint}`);
}

/**
 * A reading list's works in its order, with each item's status and comment for the writers;
 * works deleted since the list was made are skipped.
 */
export function listScope(list: ReadingList): ExportScope {
  return {
    kind: 'keys',
    keys: list.items.map((i) => i.workKey),
    skipMissing: true,
    list: {
      itemNotes: new Map(
        list.items.map((i) => [i.workKey, { status: i.status, comment: i.comment }]),
      ),
    },
  };
}

/**
 * Resolves a target to the keys it exports. Throws NotFoundError for an unknown list, note or
 * claim, and ServiceError 'nothing-to-export' when the target holds no works (an empty list, a
 * note without work links). Keys of works deleted since are skipped, not fatal.
 */
export async function resolveExportTarget(
  target: ExportTarget,
  sources: ScopeSources,
): Promise<ResolvedTarget> {
  switch (target.kind) {
    case 'library':
      return { scope: { kind: 'all' }, description: 'the whole library', fileBase: 'library' };
    case 'selection': {
      const keys = [...new Set(target.keys)];
      if (keys.length === 0) throw nothingIn('The selection', 'select some works first.');
      return {
        scope: { kind: 'keys', keys },
        description: keys.length === 1 ? `\`${keys[0]}\`` : `${keys.length} selected works`,
        fileBase: keys.length === 1 ? keys[0]! : 'selection',
      };
    }
    case 'work':
      return {
        scope: { kind: 'keys', keys: [target.key] },
        description: `\`${target.key}\``,
        fileBase: target.key,
      };
    case 'list': {
      const list = await sources.list(target.listId);
      if (!list)
        throw new NotFoundError(
          `No reading list with id ${target.listId}; it may have been deleted.`,
        );
      const what = `The reading list “${list.name}”`;
      if (list.items.length === 0) throw nothingIn(what, 'add works to it first.');
      return {
        scope: listScope(list),
        description: `the reading list “${list.name}”`,
        fileBase: list.name,
      };
    }
    case 'note': {
      const note = await sources.note(target.noteId);
      if (!note || note.deletedAt)
        throw new NotFoundError(`No note with id ${target.noteId}; it may have been deleted.`);
      const title = shorten(note.title || 'Untitled note');
      const keys = [...new Set(note.links.flatMap((l) => (l.kind === 'work' ? [l.workKey] : [])))];
      if (keys.length === 0)
        throw nothingIn(`The note “${title}”`, 'link works to it, or cite them as [@key].');
      return {
        scope: { kind: 'keys', keys, skipMissing: true },
        description: `the works of the note “${title}”`,
        fileBase: title.replace(/…$/, ''),
      };
    }
    case 'document': {
      const document = await sources.document(target.documentId);
      if (!document) throw new NotFoundError(`No document with id ${target.documentId}.`);
      const title = shorten(document.title || 'Untitled paper');
      if (document.workKeys.length === 0) {
        throw nothingIn(`The paper “${title}”`, 'no citation in it is linked to a work yet.');
      }
      return {
        scope: { kind: 'keys', keys: document.workKeys, skipMissing: true },
        description: `the works cited in “${title}”`,
        fileBase: title.replace(/…$/, ''),
      };
    }
    case 'claim': {
      const ref = claimRef(target.claimId, target.documentId);
      const paperClaim =
        ref.documentId === null ? null : await sources.paperClaim(ref.documentId, ref.claimId);
      const userClaim = paperClaim ? null : await sources.userClaim(ref.claimId);
      if (!paperClaim && !userClaim)
        throw new NotFoundError(`No claim with id ${target.claimId}; it may have been deleted.`);
      const keys = paperClaim ? paperClaim.workIds : userClaim!.links.map((l) => l.workKey);
      const text = shorten(paperClaim ? paperClaim.text : userClaim!.statement);
      if (keys.length === 0) throw nothingIn(`The claim “${text}”`, 'link works to it first.');
      return {
        scope: { kind: 'keys', keys: [...new Set(keys)], skipMissing: true },
        description: `the works of the claim “${text}”`,
        fileBase: `claim ${target.claimId}`,
      };
    }
  }
}
