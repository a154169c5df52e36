/** The user's app settings that outlive a session: where they stopped reading each document. */
import { StoreNewerVersionError, type SettingsFile, type StoredFile } from '../../store';
import { ServiceError } from '../errors';

/** Where the user stopped reading: a block, how far into it (0..1), and the text offset there. */
export interface StoredReadingPosition {
  blockId: string;
  fraction: number;
  offset: number;
  /** ISO time it was saved. */
  savedAt: string;
}

export class SettingsService {
  private constructor(
    private readonly file: StoredFile<SettingsFile>,
    private data: SettingsFile,
    /** Why the settings cannot be saved (a newer Scholion's file), or null. */
    readonly notice: string | null,
  ) {}

  /**
   * Loads the settings from the data folder's store (a damaged file is restored from its backup
   * and reported by the store). A file written by a newer Scholion is neither read nor ever
   * overwritten: the app opens with defaults and `notice` says why (settings are a convenience:
   * they must never stop the app from opening).
   */
  static async open(file: StoredFile<SettingsFile>): Promise<SettingsService> {
    try {
      return new SettingsService(file, await file.read(), null);
    } catch (error) {
      if (!(error instanceof StoreNewerVersionError)) throw error;
      return new SettingsService(file, file.spec.empty(), error.message);
    }
  }

  /** Where the user stopped reading a document, or null if never saved. */
  getReadingPosition(documentId: string): StoredReadingPosition | null {
    return Object.hasOwn(this.data.readingPositions, documentId)
      ? (this.data.readingPositions[documentId] ?? null)
      : null;
  }

  /** Saves a document's reading position; resolves once it is on disk. */
  async setReadingPosition(
    documentId: string,
    position: { blockId: string; fraction: number; offset: number },
    now: Date = new Date(),
  ): Promise<StoredReadingPosition> {
    const { blockId, fraction, offset } = position;
    const saved = { blockId, fraction, offset, savedAt: now.toISOString() };
    this.data = {
      ...this.data,
      readingPositions: { ...this.data.readingPositions, [documentId]: saved },
    };
    try {
      await this.file.update((d) => void (d.readingPositions[documentId] = saved));
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new ServiceError(
        'storage',
        `Scholion could not save your reading position (${reason}).`,
      );
    }
    return saved;
  }
}
