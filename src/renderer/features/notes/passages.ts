// A document's noted passages: which notes link which passage, found again in the current text.
import type { TextQuoteSelector } from '../../../core/userData/notes';
import type { NotePassages } from '../../../core/userData/noteSummaries';
import { anchorSelector } from '../../../core/documents/anchoring';

/** A noted passage, anchored in the current text. */
export interface NotedPassage {
  start: number;
  end: number;
  noteIds: string[];
}

/**
 * The passages notes link in a document (as notePassages answers for it), anchored in its
 * current `text`; passages no longer found are left out.
 */
export function notedPassages(notes: readonly NotePassages[], text: string): NotedPassage[] {
  const byRange = new Map<string, NotedPassage>();
  for (const note of notes) {
    for (const selector of note.selectors) {
      const at = anchorSelector(text, selector);
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
