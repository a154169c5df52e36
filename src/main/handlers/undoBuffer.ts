/** The last few things deleted in this app run, by id, so that "Undo" can put them back. */
import { NotFoundError } from '../../services/errors';

const KEEP = 50;

/** Remembers deleted items (newest last) and hands each back once. */
export class UndoBuffer<T> {
  private readonly items = new Map<string, T>();

  /** Keeps `item` under `id`, forgetting the oldest beyond the last 50. */
  keep(id: string, item: T): void {
    this.items.delete(id);
    this.items.set(id, item);
    while (this.items.size > KEEP) this.items.delete(this.items.keys().next().value as string);
  }

  /** The item deleted under `id`, removed from the buffer; throws a not-found error when gone. */
  take(id: string, what: string): T {
    const item = this.items.get(id);
    if (item === undefined) {
      throw new NotFoundError(
        `The ${what} can no longer be restored: only deletions made since Scholion started can be undone.`,
      );
    }
    this.items.delete(id);
    return item;
  }

  /** Puts an item back after a failed restore, so the user may try again. */
  putBack(id: string, item: T): void {
    this.items.set(id, item);
  }
}
