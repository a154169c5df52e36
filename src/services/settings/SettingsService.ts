/**
 * The user's app settings that outlive a session: for now, where they stopped reading each
 * document. Version history: v1 kept one reading position (the bundled paper's, the only
 * document then); v2 keeps one per document id.
 */
import { z } from 'zod';
import { BUNDLED_DOCUMENT_ID } from '../../core/documents/ids';
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

const SCHEMA_VERSION = 2 as const;

const positionSchema = z.object({
  blockId: z.string().min(1),
  fraction: z.number().min(0).max(1),
  offset: z.number().int().min(0),
  savedAt: z.string(),
});

const settingsFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** By document id. */
  readingPositions: z.record(z.string(), positionSchema),
});

const settingsV1Schema = z.object({
  schemaVersion: z.literal(1),
  readingPosition: positionSchema.nullable(),
});

type SettingsFile = z.infer<typeof settingsFileSchema>;

/** v1 → v2: the one reading position was the bundled paper's. */
export function settingsV1toV2(v1: z.infer<typeof settingsV1Schema>): SettingsFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    readingPositions: v1.readingPosition ? { [BUNDLED_DOCUMENT_ID]: v1.readingPosition } : {},
  };
}

/** The settings in a file's content: current, migrated from v1, or null when unreadable. */
function readSettings(raw: unknown): SettingsFile | null {
  const current = settingsFileSchema.safeParse(raw);
  if (current.success) return current.data;
  const v1 = settingsV1Schema.safeParse(raw);
  return v1.success ? settingsV1toV2(v1.data) : null;
}

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
    const data = readSettings(raw) ?? { schemaVersion: SCHEMA_VERSION, readingPositions: {} };
    return new SettingsService(storage, data);
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
