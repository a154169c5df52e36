/**
 * A lowdb adapter over a Storage file: lowdb holds the data, this adapter reads (parse, migrate,
 * validate) and writes (atomic) it, and remembers which on-disk version the data came from.
 */
import type { Adapter } from 'lowdb';
import { decodeFile, encodeFile, type Envelope, type FileSpec } from './fileSpec';
import type { Storage } from './storage/types';

export class StorageAdapter<D extends Envelope> implements Adapter<D> {
  /** On-disk version of the data last read or written; null when the file does not exist. */
  version: string | null = null;
  /** Set when the last read upgraded an older file (its version), until the next write. */
  migratedFrom: number | null = null;

  constructor(
    private readonly storage: Storage,
    readonly path: string,
    readonly spec: FileSpec<D>,
  ) {}

  /** Reads the file; null when missing. Throws CorruptFileError or StoreNewerVersionError. */
  async read(): Promise<D | null> {
    // The text is not kept once decoded: holding every file's text beside its data cost ~28 MB
    // at 100,000 works (recovery reads the file again).
    const stored = await this.storage.read(this.path);
    if (!stored) {
      this.version = null;
      this.migratedFrom = null;
      return null;
    }
    const { data, migratedFrom } = decodeFile(stored.content, this.spec, this.path);
    this.version = stored.version;
    this.migratedFrom = migratedFrom;
    return data;
  }

  async write(data: D): Promise<void> {
    this.version = await this.storage.writeAtomic(this.path, encodeFile(data, this.spec));
    this.migratedFrom = null;
  }
}
