/**
 * Which stored works, notes and user claims the search index holds, file by file: a digest of each
 * item as indexed, and the version of the file the items are known to be as of (null once a
 * change touched the file since: unverified). Kept with the index, it tells at the next start
 * which files to read again and which of their items to index again (see keptIndex.ts).
 */
import { createHash } from 'node:crypto';
import { float64Section, type Sections } from '../../core/search';
import type { SourceFiles, SourceKind } from './keptIndex';
import { SOURCE_KINDS } from './keptIndex';

/** A digest of an item as stored (48 bits of its JSON's SHA-1: a number, exactly). */
export function itemDigest(item: unknown): number {
  return createHash('sha1').update(JSON.stringify(item)).digest().readUIntLE(0, 6);
}

/** One file's entry. */
export interface LedgerFile {
  kind: SourceKind;
  /** The file's version its items are known to be as of; null: unverified. */
  version: string | null;
  /** Digest of each item indexed from it, by id. */
  items: Map<string, number>;
  /** Bumped by every change to an item of the file (a read that raced one is not trusted). */
  touches: number;
}

/** The ledger as kept: a header (JSON) and the digests (one section). */
export interface KeptLedger {
  files: { path: string; kind: SourceKind; version: string | null; ids: string[] }[];
}

export class FileLedger {
  private readonly files = new Map<string, LedgerFile>();

  constructor(private readonly sources: SourceFiles) {}

  /** The entry of `path` (created empty and unverified). */
  file(kind: SourceKind, path: string): LedgerFile {
    let file = this.files.get(path);
    if (!file) this.files.set(path, (file = { kind, version: null, items: new Map(), touches: 0 }));
    return file;
  }

  /** Every file entry, by path. */
  entries(): IterableIterator<[string, LedgerFile]> {
    return this.files.entries();
  }

  /**
   * Records a change of item `id`: now indexed from a stored item with `digest`, or from none
   * (removed, or a bundled work uncovered). Its file is unverified until checked again.
   */
  changed(kind: SourceKind, id: string, digest: number | null): void {
    const file = this.file(kind, this.sources.pathOf(kind, id));
    if (digest === null) file.items.delete(id);
    else file.items.set(id, digest);
    file.version = null;
    file.touches++;
  }

  /** The ledger as kept with the index (see `KeptLedger`). */
  toKept(): { header: KeptLedger; digests: Float64Array } {
    const files: KeptLedger['files'] = [];
    const digests: number[] = [];
    for (const [path, file] of this.files) {
      files.push({ path, kind: file.kind, version: file.version, ids: [...file.items.keys()] });
      for (const d of file.items.values()) digests.push(d);
    }
    return { header: { files }, digests: Float64Array.from(digests) };
  }

  /** Takes back a ledger kept with the index; throws when it is not one (a damaged file). */
  adopt(kept: Sections): void {
    const header = kept.header as Partial<KeptLedger> | null;
    const digests = float64Section(kept.sections[0]);
    if (!Array.isArray(header?.files)) throw new Error('Damaged search index ledger.');
    const files = new Map<string, LedgerFile>();
    let at = 0;
    for (const { path, kind, version, ids } of header.files) {
      if (!SOURCE_KINDS.includes(kind) || !Array.isArray(ids) || typeof path !== 'string')
        throw new Error('Damaged search index ledger (file).');
      const items = new Map<string, number>();
      for (const id of ids) items.set(id, digests[at++]!);
      files.set(path, {
        kind,
        version: typeof version === 'string' ? version : null,
        items,
        touches: 0,
      });
    }
    if (at !== digests.length) throw new Error('Damaged search index ledger (digests).');
    this.files.clear();
    for (const [path, file] of files) this.files.set(path, file);
  }
}
