/**
 * Files attached to works: copied into the library folder under their content hash (beside the
 * papers' originals) or linked where they are; listed with what they are and whether the file
 * is still there; removed to the trash (undo survives a restart); resolved to a path for the
 * system viewer, for document types only. A paper of the library can be a work's attachment
 * (`attachDocument`, or read from an attachment with `linkDocument`); a paper whose record names
 * the work is listed as its attachment too.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type { Work, WorkAttachment } from '../../core/bibliography/model';
import type { DocumentRecord } from '../../core/documents/model';
import {
  type AttachmentView,
  attachmentKindLabel,
  fileExtension,
  isReadableAsPaper,
  isViewableFile,
} from '../../core/works/attachmentKinds';
import type { TrashedAttachment } from '../../core/userData/trash';
import { newId } from '../../core/userData/ids';
import { sha256Hex, type UserDataStore } from '../../store';
import { NotFoundError, ServiceError } from '../errors';
import { TrashService } from '../trash/TrashService';
import { attachmentChangeWrites } from './attachmentWrites';
import type { LibraryWorks } from './libraryWorks';

export type { AttachmentView };

const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024 * 1024;

/** The id of a library paper listed as a work's attachment without being attached to it. */
const PAPER_ID = 'paper-';

export interface AttachmentServiceDeps {
  now?: () => Date;
  newId?: () => string;
}

/** A file to attach: bytes (a dropped file; always copied) or a path (copied or linked). */
export type AttachInput =
  { fileName: string; bytes: Uint8Array } | { path: string; mode: 'copy' | 'link' };

export class AttachmentService {
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly trash: TrashService;

  constructor(
    private readonly works: LibraryWorks,
    deps: AttachmentServiceDeps = {},
  ) {
    this.now = deps.now ?? (() => new Date());
    this.newId = deps.newId ?? (() => newId('a'));
    this.trash = new TrashService(works.store, { works, now: this.now });
  }

  private get store(): UserDataStore {
    return this.works.store;
  }

  /** Attaches a file to a work; answers the attachment. */
  async attach(key: string, input: AttachInput): Promise<WorkAttachment> {
    const { work } = await this.works.require(key);
    const at = this.now().toISOString();
    let attachment: WorkAttachment;
    if ('bytes' in input) {
      const kept = await this.store.paperFiles.put(input.bytes, fileExtension(input.fileName));
      attachment = {
        id: this.newId(),
        name: basename(input.fileName),
        mode: 'copy',
        path: kept.path,
        sha256: kept.sha256,
        bytes: input.bytes.byteLength,
        addedAt: at,
      };
    } else {
      if (!isAbsolute(input.path)) {
        throw new ServiceError('invalid', `path: \`${input.path}\` is not an absolute path.`);
      }
      const info = await stat(input.path).catch(() => null);
      if (!info?.isFile()) {
        throw new NotFoundError(`path: there is no file at ${input.path}.`);
      }
      if (info.size > MAX_ATTACHMENT_BYTES) {
        throw new ServiceError('invalid', `${basename(input.path)} is larger than 2 GB.`);
      }
      const bytes = await readFile(input.path);
      const kept =
        input.mode === 'copy'
          ? await this.store.paperFiles.put(bytes, fileExtension(input.path))
          : { path: input.path, sha256: sha256Hex(bytes) };
      attachment = {
        id: this.newId(),
        name: basename(input.path),
        mode: input.mode,
        path: kept.path,
        sha256: kept.sha256,
        bytes: bytes.byteLength,
        addedAt: at,
      };
    }
    await this.change(work.citationKey, 'attach', (w) => {
      w.attachments = [...(w.attachments ?? []), attachment];
    });
    return attachment;
  }

  /**
   * Makes a library paper (document) an attachment of a work, sharing the paper's kept file.
   * A work has at most one attachment per document; answers it.
   */
  async attachDocument(key: string, documentId: string): Promise<WorkAttachment> {
    const { work } = await this.works.require(key);
    const document = await this.liveDocument(documentId);
    const existing = work.attachments?.find((a) => a.documentId === document.id && !a.removedAt);
    if (existing) return existing;
    if (!document.file) {
      throw new ServiceError('invalid', 'The bundled paper has no kept file to attach.');
    }
    const attachment: WorkAttachment = {
      id: this.newId(),
      name: document.file.name,
      mode: 'copy',
      path: document.file.path,
      sha256: document.file.sha256,
      bytes: document.file.bytes,
      addedAt: this.now().toISOString(),
      documentId: document.id,
    };
    await this.change(work.citationKey, 'attach', (w) => {
      w.attachments = [...(w.attachments ?? []), attachment];
    });
    return attachment;
  }

  /**
   * Records that attachment `id` was read into the library as paper `documentId` ("Read in
   * Scholion"), so the work's paper is that attachment; answers it.
   */
  async linkDocument(key: string, id: string, documentId: string): Promise<WorkAttachment> {
    const { work } = await this.works.require(key);
    await this.liveDocument(documentId);
    const linked: { attachment?: WorkAttachment } = {};
    await this.change(work.citationKey, 'read as paper', (w) => {
      const a = w.attachments?.find((x) => x.id === id && !x.removedAt);
      if (!a) throw new NotFoundError(`No attachment ${id} on \`${work.citationKey}\`.`);
      a.documentId = documentId;
      linked.attachment = { ...a };
    });
    return linked.attachment!;
  }

  /**
   * The work's attachments, in the order they were added. With `includeRemoved`, those in the
   * trash too (with `removedAt`).
   */
  async list(key: string, options: { includeRemoved?: boolean } = {}): Promise<WorkAttachment[]> {
    const { work } = await this.works.require(key);
    const own = (work.attachments ?? []).filter((a) => options.includeRemoved || !a.removedAt);
    if (!options.includeRemoved) return own;
    const trashed = (await this.store.trash.all())
      .filter((e) => e.kind === 'attachment')
      .map((e) => ({ entry: e, item: e.item as TrashedAttachment }))
      .filter(({ item }) => item.workKey === work.citationKey)
      .map(({ entry, item }) => ({ ...item.attachment, removedAt: entry.deletedAt }));
    return [...own, ...trashed];
  }

  /**
   * The work's attachments as the detail pane shows them: each with its kind, whether its file
   * is there, and what can be done with it; then the library's papers of this work that are not
   * attached to it. With `includeRemoved`, those in the trash too (with `removedAt`).
   */
  async views(key: string, options: { includeRemoved?: boolean } = {}): Promise<AttachmentView[]> {
    const own = await this.list(key, options);
    const papers = await this.papersOf(key);
    const byId = new Map(papers.all.map((d) => [d.id, d]));
    const views: AttachmentView[] = [];
    for (const a of own) {
      const paper = a.documentId ? byId.get(a.documentId) : undefined;
      views.push({
        ...a,
        kind: attachmentKindLabel(a.name),
        missing: !(await this.fileIsThere(a)),
        canOpen: isViewableFile(a.name),
        canRead: !paper && isReadableAsPaper(a.name),
        ...(paper ? { paperTitle: paper.title } : {}),
      });
    }
    const attached = new Set(own.flatMap((a) => (a.documentId ? [a.documentId] : [])));
    for (const d of papers.ofWork) {
      if (attached.has(d.id) || !d.file) continue;
      const a: WorkAttachment = {
        id: `${PAPER_ID}${d.id}`,
        name: d.file.name,
        mode: 'copy',
        path: d.file.path,
        sha256: d.file.sha256,
        bytes: d.file.bytes,
        addedAt: d.addedAt,
        documentId: d.id,
      };
      views.push({
        ...a,
        kind: attachmentKindLabel(a.name),
        missing: !(await this.fileIsThere(a)),
        canOpen: isViewableFile(a.name),
        canRead: false,
        paperTitle: d.title,
        fromPaper: true,
      });
    }
    return views;
  }

  /** The library document that is the work's paper, or null. */
  async documentOf(key: string): Promise<string | null> {
    const attached = (await this.list(key)).find((a) => a.documentId)?.documentId;
    return attached ?? (await this.papersOf(key)).ofWork[0]?.id ?? null;
  }

  /**
   * The work whose attachment is the document (the first in the library's order), or null.
   * Reads every stored work: for an occasional lookup, not for a list.
   */
  async workOfDocument(documentId: string): Promise<string | null> {
    for await (const w of this.store.works.scan()) {
      if (w.attachments?.some((a) => a.documentId === documentId && !a.removedAt)) {
        return w.citationKey;
      }
    }
    return null;
  }

  /** Moves an attachment to the trash (restore undoes it; a copied file is kept until then). */
  async remove(key: string, id: string): Promise<WorkAttachment & { batch: string }> {
    if (id.startsWith(PAPER_ID)) {
      throw new ServiceError(
        'invalid',
        'This file is a paper of your library: remove the paper in Papers if you no longer want it.',
      );
    }
    const { attachment, batch } = await this.trash.deleteAttachment(key, id);
    return { ...attachment, batch: batch.batch };
  }

  /** Puts a removed attachment back on its work (from the trash); answers it. */
  async restore(key: string, id: string): Promise<WorkAttachment> {
    const { work } = await this.works.require(key);
    // Attachments removed before the trash took them were only flagged on the work.
    const flagged = work.attachments?.find((a) => a.id === id && a.removedAt);
    if (flagged) {
      await this.change(work.citationKey, 'restore attachment', (w) => {
        const a = w.attachments?.find((x) => x.id === id);
        if (a) delete a.removedAt;
      });
      const { removedAt: _removedAt, ...restored } = flagged;
      return restored;
    }
    const inTrash = (await this.store.trash.all()).some(
      (e) => e.kind === 'attachment' && e.itemId === id,
    );
    if (!inTrash) {
      const there = work.attachments?.find((a) => a.id === id);
      if (there) return there;
      throw new NotFoundError(`No attachment ${id} of \`${work.citationKey}\` is in the trash.`);
    }
    await this.trash.restore({ kind: 'attachment', itemId: id });
    const back = (await this.list(key)).find((a) => a.id === id);
    if (!back) throw new NotFoundError(`No attachment ${id} on \`${work.citationKey}\`.`);
    return back;
  }

  /**
   * The absolute path the system viewer should open for an attachment. Refuses what is not a
   * document (a program, a script) and a file that is gone.
   */
  async pathToOpen(key: string, id: string): Promise<string> {
    const attachment = (await this.views(key)).find((a) => a.id === id);
    if (!attachment) throw new NotFoundError(`No attachment ${id} on \`${key}\`.`);
    if (!attachment.canOpen) {
      const ext = fileExtension(attachment.name);
      throw new ServiceError(
        'forbidden',
        `${attachment.name} is not a document type Scholion opens (.${ext || 'no extension'}); open it from its folder.`,
      );
    }
    const full = this.fullPath(attachment);
    if (!full || attachment.missing) {
      throw new NotFoundError(`${attachment.name} is no longer at ${full ?? attachment.path}.`);
    }
    return full;
  }

  /**
   * An attachment's name and bytes, to read it as a paper. Refuses a file Scholion cannot read
   * as a paper and one that is gone.
   */
  async fileOf(key: string, id: string): Promise<{ fileName: string; bytes: Uint8Array }> {
    const attachment = (await this.list(key)).find((a) => a.id === id);
    if (!attachment) throw new NotFoundError(`No attachment ${id} on \`${key}\`.`);
    if (!isReadableAsPaper(attachment.name)) {
      throw new ServiceError(
        'invalid',
        `${attachment.name} is not a paper Scholion reads (PDF, Markdown or text).`,
      );
    }
    const bytes =
      attachment.mode === 'link'
        ? await readFile(attachment.path).catch(() => null)
        : await this.store.paperFiles.read(attachment.path);
    if (!bytes) {
      throw new NotFoundError(`${attachment.name} is no longer at ${attachment.path}.`);
    }
    return { fileName: attachment.name, bytes };
  }

  private fullPath(a: WorkAttachment): string | null {
    return a.mode === 'link' ? a.path : this.store.paperFiles.locate(a.path);
  }

  private async fileIsThere(a: WorkAttachment): Promise<boolean> {
    const full = this.fullPath(a);
    if (full) return (await stat(full).catch(() => null))?.isFile() ?? false;
    return (await this.store.paperFiles.read(a.path)) !== null;
  }

  /** The library's live papers, and those whose record names this work. */
  private async papersOf(
    key: string,
  ): Promise<{ all: DocumentRecord[]; ofWork: DocumentRecord[] }> {
    const canonical = (await this.works.canonicalKey(key)) ?? key;
    const all = (await this.store.documentRecords.all()).filter((d) => d.deletedAt === null);
    return { all, ofWork: all.filter((d) => d.workKey === canonical && d.file) };
  }

  private async liveDocument(documentId: string): Promise<DocumentRecord> {
    const document = await this.store.documentRecords.get(documentId);
    if (!document || document.deletedAt) {
      throw new NotFoundError(`No paper with id ${documentId} in the library.`);
    }
    return document;
  }

  /** Changes a work's attachments in one write with its history. */
  private async change(key: string, note: string, mutate: (work: Work) => void): Promise<void> {
    await this.store.writeFiles(
      attachmentChangeWrites(this.works, key, note, this.now().toISOString(), mutate),
      [{ collection: 'works', ids: [key] }],
    );
  }
}
