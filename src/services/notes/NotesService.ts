/**
 * Notes: Markdown with tags and links to works, claims and passages. Create, edit (with
 * debounced autosave), trash and restore (undo), list with filters, backlinks. Each change is a
 * read-modify-write of the note's shard under the store's lock, so CLI runs and the app can
 * write at the same time without losing each other's changes.
 */
import { claimKey, claimRef } from '../../core/documents/ids';
import type { Note, NoteLink } from '../../core/userData/notes';
import { newId } from '../../core/userData/ids';
import { ownItem, type UserDataStore } from '../../store';
import { NotFoundError, ServiceError } from '../errors';
import { requireWorks, type WorkCatalog } from '../workKeys';
import {
  byUpdatedDesc,
  linksPassage,
  foldAhead,
  noteTest,
  type NoteFilter,
  type PassageRange,
} from './noteFilters';
import { linkTargets, notePage, passagesOfDocument, type NotePageQuery } from './notePages';
import type { NoteLinkTarget, NotePage, NotePassages } from '../../core/userData/noteSummaries';
import {
  buildBodyLinks,
  buildExplicitLinks,
  explicitLinks,
  linkTarget,
  workKeysToLookUp,
  type NoteLinkInput,
  type ResolvedTargets,
} from './noteLinks';

/**
 * Texts of the claims notes may link (any document's and the user's), by claim key
 * (`claimKey`: "doc#k12", or a user claim's id); claims not found are left out.
 */
export interface ClaimCatalog {
  lookup(keys: readonly string[]): Promise<Map<string, string>>;
}

export interface NotesServiceDeps {
  works: WorkCatalog;
  /** Without it, claim links are accepted as given and reported 'unchecked'. */
  claims?: ClaimCatalog;
  now?: () => Date;
  newId?: () => string;
}

export interface NewNote {
  title?: string;
  body?: string;
  tags?: string[];
  links?: NoteLinkInput[];
}

/** Fields to change; `links` replaces the explicit links (body links follow the body). */
export interface NotePatch {
  title?: string;
  body?: string;
  tags?: string[];
  links?: NoteLinkInput[];
}

export interface ResolvedNoteLink {
  link: NoteLink;
  /** 'dangling': the target no longer exists (the placeholder is shown); 'unchecked': no catalog. */
  status: 'ok' | 'dangling' | 'unchecked';
  /** The current label of the target, or the placeholder when it is gone. */
  label: string;
}

const MAX_TITLE = 500;

/** Inputs with ids trimmed, so " betts2011c" and "betts2011c" are the same link. */
function normaliseInputs(
  inputs: readonly NoteLinkInput[] | undefined,
): NoteLinkInput[] | undefined {
  return inputs?.map((i) => {
    if (i.kind === 'work') return { ...i, workKey: i.workKey.trim() };
    if (i.kind === 'claim') {
      const ref = claimRef(i.claimId.trim(), i.documentId?.trim() ?? i.documentId);
      return { ...i, ...ref };
    }
    return { ...i, documentId: i.documentId.trim() };
  });
}
const MAX_BODY = 2_000_000;

/** Trimmed, '#'-less, de-duplicated (case-insensitively) tags. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ');
    if (!tag || seen.has(tag.toLowerCase())) continue;
    if (tag.length > 100)
      throw new ServiceError(
        'invalid',
        `The tag "${tag.slice(0, 20)}…" is too long (100 characters at most).`,
      );
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

function checkText(title: string, body: string): void {
  if (title.length > MAX_TITLE)
    throw new ServiceError('invalid', `A note title has at most ${MAX_TITLE} characters.`);
  if (body.length > MAX_BODY)
    throw new ServiceError(
      'invalid',
      'The note is too long (2 million characters at most); split it into several notes.',
    );
}

export class NotesService {
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(
    private readonly store: UserDataStore,
    private readonly deps: NotesServiceDeps,
  ) {
    this.now = deps.now ?? (() => new Date());
    this.newId = deps.newId ?? (() => newId('n'));
  }

  /** Creates a note. Throws UnknownWorkKeyError for a work link to an unknown key. */
  async create(input: NewNote): Promise<Note> {
    const links = normaliseInputs(input.links);
    const title = (input.title ?? '').trim();
    const body = input.body ?? '';
    checkText(title, body);
    const tags = normaliseTags(input.tags ?? []);
    const targets = await this.resolveTargets(body, links, []);
    const at = this.now().toISOString();
    const id = this.newId();
    const explicit = buildExplicitLinks(links ?? [], targets, []);
    const note: Note = {
      id,
      title,
      body,
      tags,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      links: [...explicit, ...buildBodyLinks(body, targets, explicit, [])],
    };
    await this.store.notes.update(id, (items) => {
      if (ownItem(items, id)) throw new ServiceError('conflict', `A note with id ${id} exists.`);
      items[id] = note;
    });
    return structuredClone(note);
  }

  /**
   * Changes a note. With `autosave`, the change is visible at once and written after a pause in
   * typing (the store's debounce); call `flush` or close the store to write it now.
   */
  async update(id: string, change: NotePatch, options: { autosave?: boolean } = {}): Promise<Note> {
    const patch = { ...change, links: normaliseInputs(change.links) };
    const current = await this.require(id);
    const body = patch.body ?? current.body;
    checkText(patch.title?.trim() ?? current.title, body);
    const tags = patch.tags ? normaliseTags(patch.tags) : undefined;
    const targets = await this.resolveTargets(body, patch.links, current.links);
    const at = this.now().toISOString();
    return this.store.notes.update(
      id,
      (items) => {
        const fresh = ownItem(items, id);
        if (!fresh) throw new NotFoundError(`No note with id ${id}.`);
        const nextBody = patch.body ?? fresh.body;
        const explicit = patch.links
          ? buildExplicitLinks(patch.links, targets, fresh.links)
          : explicitLinks(fresh);
        const next: Note = {
          ...fresh,
          title: patch.title?.trim() ?? fresh.title,
          body: nextBody,
          tags: tags ?? fresh.tags,
          updatedAt: at,
          links: [...explicit, ...buildBodyLinks(nextBody, targets, explicit, fresh.links)],
        };
        items[id] = next;
        return structuredClone(next);
      },
      { debounce: options.autosave === true },
    );
  }

  /** Adds links to a note (keeping its others). */
  async addLinks(id: string, links: NoteLinkInput[]): Promise<Note> {
    const current = await this.require(id);
    const kept: NoteLinkInput[] = explicitLinks(current).map((l) =>
      l.kind === 'work' ? { kind: 'work', workKey: l.workKey, locator: l.locator } : l,
    );
    return this.update(id, { links: [...kept, ...links] });
  }

  /** Removes the explicit links to the given targets (as `linkTarget` strings or link objects). */
  async removeLinks(id: string, targets: NoteLinkInput[]): Promise<Note> {
    const current = await this.require(id);
    const drop = new Set(targets.map(linkTarget));
    const kept = explicitLinks(current).filter((l) => !drop.has(linkTarget(l)));
    return this.update(id, { links: kept });
  }

  /** Moves a note to the trash; `restore` undoes it. */
  delete(id: string): Promise<Note> {
    return this.setDeleted(id, this.now().toISOString());
  }

  /** Takes a note out of the trash. */
  restore(id: string): Promise<Note> {
    return this.setDeleted(id, null);
  }

  /** Deletes a note for good. */
  async purge(id: string): Promise<void> {
    await this.store.notes.update(id, (items) => {
      if (!ownItem(items, id)) throw new NotFoundError(`No note with id ${id}.`);
      delete items[id];
    });
  }

  /** The note (also when in the trash), or null. */
  async get(id: string): Promise<Note | null> {
    const note = await this.store.notes.get(id);
    return note ? structuredClone(note) : null;
  }

  /** Notes passing `filter`, newest first. */
  async list(filter: NoteFilter = {}): Promise<Note[]> {
    return (await this.matching(filter)).map((n) => structuredClone(n));
  }

  /** The store's notes matching `filter`, newest first: read them, do not change them. */
  private async matching(filter: NoteFilter = {}): Promise<readonly Note[]> {
    return (await this.store.notes.all()).filter(noteTest(filter)).sort(byUpdatedDesc);
  }

  /**
   * A page of the notes passing `query`, in its order (last edited first by default), as
   * summaries without whole bodies, with how many match: what a long list shows.
   */
  async page(query: NotePageQuery = {}): Promise<NotePage> {
    const notes = await this.store.notes.all();
    // A list shown without a search: its notes' text is folded in the background for the first
    // word the user types (notes edited later are folded when searched).
    if (!query.text?.trim() && !this.folding) {
      this.folding = foldAhead(notes).finally(() => (this.folding = null));
    }
    return notePage(notes, query);
  }

  /** Set while the notes' text is being folded ahead of a search (see `page`). */
  private folding: Promise<void> | null = null;

  /** The passages live notes link in one document (for the reader's highlights). */
  async passagesIn(documentId: string): Promise<NotePassages[]> {
    return passagesOfDocument(await this.store.notes.all(), documentId);
  }

  /** The works or claims live notes link, by label (a filter's options). */
  async linkTargets(kind: 'work' | 'claim'): Promise<NoteLinkTarget[]> {
    return linkTargets(await this.store.notes.all(), kind);
  }

  /** Notes linking a work. */
  notesForWork(workKey: string): Promise<Note[]> {
    return this.list({ workKey });
  }

  /** Notes linking a claim (see `claimRef` for `documentId`). */
  notesForClaim(claimId: string, documentId?: string | null): Promise<Note[]> {
    return this.list({ claimId, documentId });
  }

  /** Notes linking a passage that overlaps `range`. */
  async notesForPassage(range: PassageRange): Promise<Note[]> {
    return (await this.matching())
      .filter((n) => linksPassage(n, range))
      .map((n) => structuredClone(n));
  }

  /** Tags in use on live notes (case-insensitively, spelled as on the newest note) and their counts, most used first. */
  async tags(): Promise<{ tag: string; count: number }[]> {
    const counts = new Map<string, { tag: string; count: number }>();
    // Read in place: copying every note (as `list` does) to count their tags took seconds at
    // 10,000 notes.
    for (const n of await this.matching()) {
      for (const t of n.tags) {
        const e = counts.get(t.toLowerCase()) ?? { tag: t, count: 0 };
        e.count++;
        counts.set(t.toLowerCase(), e);
      }
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }

  /** Each link of the note with whether its target still exists; dangling ones show the placeholder. */
  async resolveLinks(noteOrId: Note | string): Promise<ResolvedNoteLink[]> {
    const note = typeof noteOrId === 'string' ? await this.require(noteOrId) : noteOrId;
    const workKeys = note.links.flatMap((l) => (l.kind === 'work' ? [l.workKey] : []));
    const claimKeys = note.links.flatMap((l) => (l.kind === 'claim' ? [claimKey(l)] : []));
    const works = await this.deps.works.lookup(workKeys);
    const claims =
      this.deps.claims && claimKeys.length ? await this.deps.claims.lookup(claimKeys) : null;
    return note.links.map((link): ResolvedNoteLink => {
      if (link.kind === 'work') {
        const ref = works.get(link.workKey);
        return ref
          ? { link, status: 'ok', label: ref.label }
          : { link, status: 'dangling', label: link.placeholder };
      }
      if (link.kind === 'claim' && claims) {
        const text = claims.get(claimKey(link));
        return text !== undefined
          ? { link, status: 'ok', label: link.placeholder }
          : { link, status: 'dangling', label: link.placeholder };
      }
      return { link, status: 'unchecked', label: link.placeholder };
    });
  }

  /** Writes autosaved changes now. */
  flush(): Promise<void> {
    return this.store.flush();
  }

  private async require(id: string): Promise<Note> {
    const note = await this.store.notes.get(id);
    if (!note) throw new NotFoundError(`No note with id ${id}.`);
    return note;
  }

  private async setDeleted(id: string, deletedAt: string | null): Promise<Note> {
    return this.store.notes.update(id, (items) => {
      const note = ownItem(items, id);
      if (!note) throw new NotFoundError(`No note with id ${id}.`);
      note.deletedAt = deletedAt;
      return structuredClone(note);
    });
  }

  /**
   * Looks up the works and claims a change refers to. An explicit work link to an unknown key
   * is an error, unless the note already links it (a work deleted since keeps its placeholder).
   */
  private async resolveTargets(
    body: string,
    inputs: readonly NoteLinkInput[] | undefined,
    previous: readonly NoteLink[],
  ): Promise<ResolvedTargets> {
    // Keys the note already links keep their link and placeholder: typing in a note with many
    // citations then costs no lookups, and a save touches no works shard.
    const linkedKeys = new Set(previous.flatMap((l) => (l.kind === 'work' ? [l.workKey] : [])));
    const works = await this.deps.works.lookup(
      workKeysToLookUp(body, inputs).filter((k) => !linkedKeys.has(k)),
    );
    const linked = new Set(previous.map(linkTarget));
    const isNew = (i: NoteLinkInput) => !linked.has(linkTarget(i));
    const mustExist = (inputs ?? []).flatMap((i) =>
      i.kind === 'work' && !works.has(i.workKey) && isNew(i) ? [i.workKey] : [],
    );
    if (mustExist.length) await requireWorks(this.deps.works, mustExist);
    const keyOf = (i: NoteLinkInput & { kind: 'claim' }) =>
      claimKey(claimRef(i.claimId, i.documentId));
    const claimKeys = (inputs ?? []).flatMap((i) => (i.kind === 'claim' ? [keyOf(i)] : []));
    if (!this.deps.claims || !claimKeys.length) return { works, claims: null };
    const claims = await this.deps.claims.lookup(claimKeys);
    const unknown = (inputs ?? []).find(
      (i) => i.kind === 'claim' && !claims.has(keyOf(i)) && isNew(i),
    );
    if (unknown?.kind === 'claim') {
      const ref = claimRef(unknown.claimId, unknown.documentId);
      const where = ref.documentId ? ` in document ${ref.documentId}` : '';
      throw new NotFoundError(`No claim with id ${ref.claimId}${where}.`);
    }
    return { works, claims };
  }
}
