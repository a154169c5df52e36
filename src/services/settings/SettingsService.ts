/** The user's app settings that outlive a session: for now, where they stopped reading. */
import { z } from 'zod';
import { ServiceError } from '../errors';

/** Where the user stopped reading: a block, how far into it (0..1), and the text offset there. */
export interface StoredReadingPosition {
  blockId: string;
  fraction: number;
  offset: number;
  /** ISO time it was saved. */
  savedAt: string;
}

/** One JSON document on disk (or in memory for tests); `read` answers undefined when absent. */
export interface JsonStorage {
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
}

const SCHEMA_VERSION = 1 as const;

const settingsFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  readingPosition: z
    .object({
      blockId: z.string().min(1),
      fraction: z.number().min(0).max(1),
      offset: z.number().int().min(0),
      savedAt: z.string(),
    })
    .nullable(),
});

type SettingsFile = z.infer<typeof settingsFileSchema>;

export class SettingsService {
  /** Serialises writes so that two quick saves land in order. */
  private pending: Promise<void> = Promise.resolve();

  private constructor(
    private readonly storage: JsonStorage,
    private data: SettingsFile,
  ) {}

  /**
   * Loads the settings; a missing or unreadable file starts from defaults (settings are a
   * convenience: losing a reading position must never stop the app from opening).
   */
  static async open(storage: JsonStorage): Promise<SettingsService> {
    let raw: unknown;
    try {
      raw = await storage.read();
    } catch {
      raw = undefined;
    }
    const parsed = settingsFileSchema.safeParse(raw);
    const data = parsed.success
      ? parsed.data
      : { schemaVersion: SCHEMA_VERSION, readingPosition: null };
    return new SettingsService(storage, data);
  }

  /** Where the user stopped reading, or null if never saved. */
  getReadingPosition(): StoredReadingPosition | null {
    return this.data.readingPosition;
  }

  /** Saves the reading position; resolves once it is on disk. */
  async setReadingPosition(
    position: { blockId: string; fraction: number; offset: number },
    now: Date = new Date(),
  ): Promise<StoredReadingPosition> {
    const { blockId, fraction, offset } = position;
    const saved = { blockId, fraction, offset, savedAt: now.toISOString() };
    this.data = { ...this.data, readingPosition: saved };
    const snapshot = this.data;
    const write = this.pending.then(async () => {
      try {
        await this.storage.write(snapshot);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        throw new ServiceError(
          'storage',
          `Scholion could not save your reading position (${reason}).`,
        );
      }
    });
    this.pending = write.catch(() => undefined);
    await write;
    return saved;
  }
}
