// Where the reader was in each document, kept by the app's settings service
// (getReadingPosition/setReadingPosition).
import type { ScholionApi } from '../../shared/contract';

/**
 * A place in the paper: the block at the top of the view, how far into it (0..1), and the text
 * offset of that point (which still finds the place if block ids change).
 */
export interface ReadingSpot {
  blockId: string;
  fraction: number;
  offset: number;
}

/** The saved position, or null when none was saved or it cannot be read (never fatal). */
export async function loadReadingPosition(
  api: ScholionApi,
  documentId: string,
): Promise<ReadingSpot | null> {
  try {
    const saved = await api.getReadingPosition({ documentId });
    return saved
      ? { blockId: saved.blockId, fraction: saved.fraction, offset: saved.offset }
      : null;
  } catch {
    return null;
  }
}

/** Saves the position; a failure only loses the bookmark, so it is not shown as an error. */
export async function saveReadingPosition(
  api: ScholionApi,
  documentId: string,
  spot: ReadingSpot,
): Promise<void> {
  try {
    await api.setReadingPosition({
      documentId,
      blockId: spot.blockId,
      fraction: Math.min(1, Math.max(0, spot.fraction)),
      offset: Math.max(0, Math.round(spot.offset)),
    });
  } catch {
    // The next start opens where the last successful save left it.
  }
}
