/**
 * What in the user's data names a work by its key: notes (links and `[@key]` in the body),
 * reading-list items, user claims, and papers' reference links. Found before a delete (to say
 * what would dangle), and moved from one key to another by a rename or a merge, in one write.
 */
import type { DocumentLinks } from '../../core/documents/links';
import type { MergedItemSnapshot } from '../../core/userData/trash';
import type { ReadingList } from '../../core/userData/lists';
import type { Note, NoteLink } from '../../core/userData/notes';
import type { UserClaim } from '../../core/userData/userClaims';
import type { WorkReferences } from '../../core/works/records';
import { renameMarkdownKey } from '../../core/works/renameInMarkdown';

export type { WorkReferences };
import type { DataCollection, FileWrite, UserDataStore } from '../../store';

const noteUses = (n: Note, key: string) =>
  n.links.some((l) => l.kind === 'work' && l.workKey === key);
const listUses = (l: ReadingList, key: string) => l.items.some((i) => i.workKey === key);
const claimUses = (c: UserClaim, key: string) => c.links.some((l) => l.workKey === key);

/** How many of a document's reference links (and citation corrections) name `key`. */
function documentUses(d: DocumentLinks, key: string): number {
  let n = 0;
  for (const r of Object.values(d.references)) {
    if (r.workKey === key || r.candidate?.workKey === key) n++;
  }
  for (const c of Object.values(d.corrections.citations)) if (c.workKey === key) n++;
  return n;
}

/** Everything that names `key`. */
export async function findWorkReferences(
  store: UserDataStore,
  key: string,
): Promise<WorkReferences> {
  const [notes, lists, claims, documents] = await Promise.all([
    store.notes.all(),
    store.lists.all(),
    store.userClaims.all(),
    store.documentLinks.all(),
  ]);
  return {
    notes: notes
      .filter((n) => noteUses(n, key))
      .map((n) => ({ id: n.id, title: n.title, inTrash: n.deletedAt !== null })),
    lists: lists.filter((l) => listUses(l, key)).map((l) => ({ id: l.id, name: l.name })),
    userClaims: claims
      .filter((c) => claimUses(c, key))
      .map((c) => ({ id: c.id, statement: c.statement })),
    documents: documents
      .map((d) => ({ documentId: d.documentId, references: documentUses(d, key) }))
      .filter((d) => d.references > 0),
  };
}

/** True when nothing names the work. */
export function unreferenced(refs: WorkReferences): boolean {
  return (
    !refs.notes.length && !refs.lists.length && !refs.userClaims.length && !refs.documents.length
  );
}

function renameNote(note: Note, from: string, to: string): void {
  note.body = renameMarkdownKey(note.body, from, to);
  const seen = new Set<string>();
  const links: NoteLink[] = [];
  for (const link of note.links) {
    const next = link.kind === 'work' && link.workKey === from ? { ...link, workKey: to } : link;
    const id = next.kind === 'work' ? `${next.source}\n${next.workKey}` : null;
    if (id !== null && seen.has(id)) continue;
    if (id !== null) seen.add(id);
    links.push(next);
  }
  note.links = links;
}

function renameInList(list: ReadingList, from: string, to: string): void {
  const hasTo = list.items.some((i) => i.workKey === to);
  list.items = list.items.flatMap((i) => {
    if (i.workKey !== from) return [i];
    return hasTo ? [] : [{ ...i, workKey: to }];
  });
}

function renameInClaim(claim: UserClaim, from: string, to: string): void {
  const hasTo = claim.links.some((l) => l.workKey === to);
  claim.links = claim.links.flatMap((l) => {
    if (l.workKey !== from) return [l];
    return hasTo ? [] : [{ ...l, workKey: to }];
  });
}

function renameInDocument(d: DocumentLinks, from: string, to: string): void {
  for (const r of Object.values(d.references)) {
    if (r.workKey === from) r.workKey = to;
    if (r.candidate?.workKey === from) r.candidate = { ...r.candidate, workKey: to };
    r.rejected = r.rejected.map((k) => (k === from ? to : k));
  }
  for (const c of Object.values(d.corrections.citations)) if (c.workKey === from) c.workKey = to;
}

/**
 * The writes that make everything in `refs` name `to` instead of `from` (a note, list or claim
 * that already names `to` keeps one link), and the changes to announce. Each write changes the
 * file's current data (read under the lock), so a concurrent edit of the same note is kept.
 * `record` hears each item changed, before and after (a merge keeps them for its undo).
 */
export function moveReferences(
  store: UserDataStore,
  refs: WorkReferences,
  from: string,
  to: string,
  at: string,
  record: (snapshot: MergedItemSnapshot) => void = () => undefined,
): { writes: FileWrite[]; changes: { collection: DataCollection; ids: string[] }[] } {
  const writes: FileWrite[] = [];
  const change = <T>(
    collection: MergedItemSnapshot['collection'],
    id: string,
    item: T,
    move: (item: T) => void,
  ) => {
    const before = structuredClone(item);
    move(item);
    record({ collection, id, before, after: structuredClone(item) });
  };
  for (const { id } of refs.notes) {
    writes.push(
      store.notes.fileWrite(id, (items) => {
        const note = Object.hasOwn(items, id) ? items[id] : undefined;
        if (!note || !noteUses(note, from)) return false;
        change('notes', id, note, (n) => {
          renameNote(n, from, to);
          n.updatedAt = at;
        });
      }),
    );
  }
  if (refs.lists.length) {
    const ids = new Set(refs.lists.map((l) => l.id));
    writes.push(
      store.lists.fileWrite(refs.lists[0]!.id, (items) => {
        for (const list of Object.values(items)) {
          if (ids.has(list.id) && listUses(list, from))
            change('lists', list.id, list, (l) => renameInList(l, from, to));
        }
      }),
    );
  }
  if (refs.userClaims.length) {
    writes.push(
      store.userClaims.fileWrite(refs.userClaims[0]!.id, (items) => {
        for (const claim of Object.values(items)) {
          if (claimUses(claim, from))
            change('userClaims', claim.id, claim, (c) => renameInClaim(c, from, to));
        }
      }),
    );
  }
  for (const { documentId } of refs.documents) {
    writes.push(
      store.documentLinks.fileWrite(documentId, (items) => {
        const d = Object.hasOwn(items, documentId) ? items[documentId] : undefined;
        if (!d) return false;
        change('documentLinks', documentId, d, (x) => renameInDocument(x, from, to));
      }),
    );
  }
  const changes: { collection: DataCollection; ids: string[] }[] = [
    { collection: 'notes', ids: refs.notes.map((n) => n.id) },
    { collection: 'lists', ids: refs.lists.map((l) => l.id) },
    { collection: 'userClaims', ids: refs.userClaims.map((c) => c.id) },
    { collection: 'documents', ids: refs.documents.map((d) => d.documentId) },
  ];
  return { writes, changes: changes.filter((c) => c.ids.length > 0) };
}
