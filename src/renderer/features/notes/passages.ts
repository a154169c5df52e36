// A document's noted passages: which notes link which passage, found again in the current text.
import type { Note, TextQuoteSelector } from '../../../core/userData/notes';
import { anchorSelector } from '../../../core/documents/anchoring';

/** A noted passage, anchored in the current text. */
export interface NotedPassage {
  start: number;
  end: number;
  noteIds: string[];
}

/**
 * Every passage of document `documentId` (whose text is `text`) that live notes link, anchored;
 * passages no longer found are left out.
 */
export function notedPassages(
  notes: readonly Note[],
  text: string,
  documentId: string,
): NotedPassage[] {
  const byRange = new Map<string, NotedPassage>();
  for (const note of notes) {
    if (note.deletedAt) continue;
    for (const link of note.links) {
      if (link.kind !== 'passage' || link.documentId !== documentId) continue;
      const at = anchorSelector(text, link.selector);
      if (!at) continue;
      const key = `${at.start}:${at.end}`;
      const entry = byRange.get(key) ?? { ...at, noteIds: [] };
      if (!entry.noteIds.includes(note.id)) entry.noteIds.push(note.id);
      byRange.set(key, entry);
    }
  }
  return [...byRange.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The notes whose passages contain `offset`. */
export function notesAt(passages: readonly NotedPassage[], offset: number): string[] {
  const ids = new Set<string>();
  for (const p of passages)
    if (p.start <= offset && offset < p.end) p.noteIds.forEach((id) => ids.add(id));
  return [...ids];
}

/** Where a passage link points now (re-anchored), for a jump into the reader. */
export function passageRange(
  text: string,
  selector: TextQuoteSelector,
): { start: number; end: number } | null {
  return anchorSelector(text, selector);
}
