/**
 * One small file of the data folder that is neither a collection nor sharded (the app's settings,
 * the keep-in-sync bindings): read and changed through the DocumentStore's write path, so it has
 * the same guarantees as the user's notes (lock, atomic write, backups, recovery log, versions).
 */
import type { DocumentStore } from './documentStore';
import type { Envelope, FileSpec } from './fileSpec';

export class StoredFile<D extends Envelope> {
  constructor(
    private readonly store: DocumentStore,
    readonly path: string,
    readonly spec: FileSpec<D>,
  ) {}

  /**
   * The file's data (a copy: change it through `update`). A damaged file is restored from its
   * backup and reported; throws StoreNewerVersionError for a file of a newer Scholion.
   */
  async read(): Promise<D> {
    return structuredClone(await this.store.read(this.path, this.spec));
  }

  /** Applies `mutate` and saves the file at once; nothing changes if `mutate` throws. */
  update<R>(mutate: (data: D) => R): Promise<R> {
    return this.store.update(this.path, this.spec, mutate);
  }
}
