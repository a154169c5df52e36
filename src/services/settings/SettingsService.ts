/**
 * The user's app settings that outlive a session: where they stopped reading each document, the
 * bibliography's columns and sort, and the saved filters.
 */
import { newId } from '../../core/userData/ids';
import { StoreNewerVersionError, type SettingsFile, type StoredFile } from '../../store';
import { NotFoundError, ServiceError } from '../errors';
import {
  checkSavedFilter,
  layoutFrom,
  type BibliographyLayout,
  type SavedFilter,
  type SavedFilterQuery,
} from './bibliographySettings';

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
    await this.save((d) => void (d.readingPositions[documentId] = saved), 'your reading position');
    return saved;
  }

  /** The bibliography's columns, widths and sort as the user left them (defaults at first). */
  getBibliographyLayout(): BibliographyLayout {
    return layoutFrom(this.data.bibliography);
  }

  /** Changes part of the bibliography's layout; answers the whole layout as kept. */
  async setBibliographyLayout(change: Partial<BibliographyLayout>): Promise<BibliographyLayout> {
    const layout = layoutFrom({ ...this.getBibliographyLayout(), ...change });
    this.data = { ...this.data, bibliography: layout };
    await this.save((d) => void (d.bibliography = layout), 'the bibliography’s columns');
    return layout;
  }

  /** The saved filters, in the order they were made. */
  listSavedFilters(): SavedFilter[] {
    return this.data.savedFilters;
  }

  /** Filters deleted in this session, by id, with where they stood: an undo puts them back. */
  private readonly deletedFilters = new Map<string, { filter: SavedFilter; index: number }>();

  /**
   * Saves a filter: a new one (no `id`), a change to one (its `id`), or one brought back after
   * a deletion (the `id` it had: in its place, with its date). Answers it as kept.
   */
  async saveFilter(
    input: { id?: string; name: string; query: SavedFilterQuery },
    now: Date = new Date(),
  ): Promise<SavedFilter> {
    const filters = this.data.savedFilters;
    const { name, query } = checkSavedFilter(input, filters);
    const existing = input.id ? filters.find((f) => f.id === input.id) : undefined;
    const deleted = input.id && !existing ? this.deletedFilters.get(input.id) : undefined;
    const saved: SavedFilter = {
      id: existing?.id ?? input.id ?? newId('f'),
      name,
      query,
      createdAt: (existing ?? deleted?.filter)?.createdAt ?? now.toISOString(),
    };
    const next = existing ? filters.map((f) => (f.id === saved.id ? saved : f)) : [...filters];
    if (!existing) next.splice(deleted?.index ?? next.length, 0, saved);
    this.data = { ...this.data, savedFilters: next };
    await this.save((d) => void (d.savedFilters = next), 'the saved filter');
    return saved;
  }

  /** Deletes a saved filter; answers it (saveFilter with it brings it back). */
  async deleteSavedFilter(id: string): Promise<SavedFilter> {
    const index = this.data.savedFilters.findIndex((f) => f.id === id);
    const filter = this.data.savedFilters[index];
    if (!filter) throw new NotFoundError(`No saved filter with id \`${id}\`.`);
    this.deletedFilters.set(id, { filter, index });
    const next = this.data.savedFilters.filter((f) => f.id !== id);
    this.data = { ...this.data, savedFilters: next };
    await this.save((d) => void (d.savedFilters = next), 'the deletion of the saved filter');
    return filter;
  }

  /** Writes a change to the file; a failure is a storage error naming `what` was not saved. */
  private async save(change: (data: SettingsFile) => void, what: string): Promise<void> {
    try {
      await this.file.update(change);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new ServiceError('storage', `Scholion could not save ${what} (${reason}).`);
    }
  }
}
