/**
 * Files attached to works: copied into the library folder under their content hash (beside the
 * papers' originals) or linked where they are; listed, removed with undo (the attachment is
 * marked, its copy kept, so undo survives a restart), and resolved to a path for the system
 * viewer, for document types only. A paper of the library can be a work's attachment
 * (`attachDocument`), which is how "open this paper" finds the work's paper and back.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join } from 'node:path';
import type { Work, WorkAttachment } from '../../core/bibliography/model';
import { newId } from '../../core/userData/ids';
import { sha256Hex, type UserDataStore } from '../../store';
import { NotFoundError, ServiceError } from '../errors';
import { appendHistory } from './historyWrites';
import type { LibraryWorks } from './libraryWorks';

/** Extensions the system viewer may open: documents and images, never programs or scripts. */
const VIEWABLE = new Set([
  'pdf',
  'epub',
  'djvu',
  'html',
  'htm',
  'xhtml',
  'txt',
  'md',
  'markdown',
  'rtf',
  'odt',
  'doc',
  'docx',
  'ppt',
  'pptx',
  'odp',
  'xls',
  'xlsx',
  'ods',
  'csv',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'svg',
  'tif',
  'tiff',
  'bib',
  'ris',
  'json',
]);

const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024 * 1024;

export interface AttachmentServiceDeps {
  now?: () => Date;
  newId?: () => string;
  /** The data folder, to resolve copies' paths (default: the store's location). */
  dataDir?: string;
}

/** A file to attach: bytes (a dropped file; always copied) or a path (copied or linked). */
export type AttachInput =
  { fileName: string; bytes: Uint8Array } | { path: string; mode: 'copy' | 'link' };

const extensionOf = (name: string) => extname(name).slice(1).toLowerCase();

export class AttachmentService {
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(
    private readonly works: LibraryWorks,
    private readonly deps: AttachmentServiceDeps = {},
  ) {
    this.now = deps.now ?? (() => new Date());
    this.newId = deps.newId ?? (() => newId('a'));
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
      const kept = await this.store.paperFiles.put(input.bytes, extensionOf(input.fileName));
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
          ? await this.store.paperFiles.put(bytes, extensionOf(input.path))
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
    const document = await this.store.documentRecords.get(documentId);
    if (!document || document.deletedAt) {
      throw new NotFoundError(`No paper with id ${documentId} in the library.`);
    }
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

  /** The work's attachments (removed ones too with `includeRemoved`). */
  async list(key: string, options: { includeRemoved?: boolean } = {}): Promise<WorkAttachment[]> {
    const { work } = await this.works.require(key);
    return (work.attachments ?? []).filter((a) => options.includeRemoved || !a.removedAt);
  }

  /** The library document that is the work's paper, or null. */
  async documentOf(key: string): Promise<string | null> {
    return (await this.list(key)).find((a) => a.documentId)?.documentId ?? null;
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

  /** Removes an attachment (restorable with `restore`; a copied file is kept until then). */
  remove(key: string, id: string): Promise<WorkAttachment> {
    return this.setRemoved(key, id, this.now().toISOString());
  }

  /** Puts a removed attachment back. */
  restore(key: string, id: string): Promise<WorkAttachment> {
    return this.setRemoved(key, id, null);
  }

  /**
   * The absolute path the system viewer should open for an attachment. Refuses what is not a
   * document (a program, a script) and a linked file that is gone.
   */
  async pathToOpen(key: string, id: string): Promise<string> {
    const attachment = (await this.list(key)).find((a) => a.id === id);
    if (!attachment) throw new NotFoundError(`No attachment ${id} on \`${key}\`.`);
    const ext = extensionOf(attachment.name || attachment.path);
    if (!VIEWABLE.has(ext)) {
      throw new ServiceError(
        'forbidden',
        `${attachment.name} is not a document type Scholion opens (.${ext || 'no extension'}); open it from its folder.`,
      );
    }
    const full =
      attachment.mode === 'link'
        ? attachment.path
        : join(this.deps.dataDir ?? this.store.location, ...attachment.path.split('/'));
    if (!(await stat(full).catch(() => null))?.isFile()) {
      throw new NotFoundError(`${attachment.name} is no longer at ${full}.`);
    }
    return full;
  }

  private async setRemoved(
    key: string,
    id: string,
    removedAt: string | null,
  ): Promise<WorkAttachment> {
    const { work } = await this.works.require(key);
    let found: WorkAttachment | null = null;
    await this.change(
      work.citationKey,
      removedAt ? 'remove attachment' : 'restore attachment',
      (w) => {
        const a = w.attachments?.find((x) => x.id === id);
        if (!a) throw new NotFoundError(`No attachment ${id} on \`${work.citationKey}\`.`);
        if (removedAt) a.removedAt = removedAt;
        else delete a.removedAt;
        found = { ...a };
      },
    );
    return found!;
  }

  /** Changes a work's attachments in one write with its history. */
  private async change(key: string, note: string, mutate: (work: Work) => void): Promise<void> {
    const at = this.now().toISOString();
    let before: string[] = [];
    let after: string[] = [];
    let revision = 0;
    const names = (w: Work) => (w.attachments ?? []).filter((a) => !a.removedAt).map((a) => a.name);
    await this.store.writeFiles(
      [
        this.store.works.fileWrite(key, (items) => {
          const current = Object.hasOwn(items, key) ? items[key] : this.works.bundledWork(key);
          if (!current) throw new NotFoundError(`No work with key \`${key}\` in the library.`);
          const next = structuredClone(current);
          mutate(next);
          before = names(current);
          after = names(next);
          revision = (current.revision ?? 1) + 1;
          items[key] = { ...next, revision };
        }),
        appendHistory(this.store, key, () => ({
          revision,
          at,
          actor: 'user',
          action: 'edit',
          changes: [{ field: 'attachments', before, after }],
          note,
        })),
      ],
      [{ collection: 'works', ids: [key] }],
    );
  }
}
