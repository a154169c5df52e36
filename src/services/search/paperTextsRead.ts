/**
 * The search text of the papers whose passages and claims a search showed lately: the papers'
 * index keeps only where each item is (`StoredTextRef`), so a hit's text is read from the text
 * store, and the last few papers read are kept for the next keystrokes.
 */
import type { PaperSearchText, SearchKind, StoredTextRef } from '../../core/search';
import type { PaperTextStore } from './searchSources';

/** Papers whose search text is kept read (a search's hits come from a few papers). */
const TEXTS_KEPT = 16;

/** Whether what the index keeps of an item is a reference to its text. */
export const isStoredRef = (item: unknown): item is StoredTextRef =>
  typeof (item as StoredTextRef | undefined)?.at === 'number';

export class PaperTextsRead {
  /** Search texts read, least recently used first. */
  private readonly read = new Map<string, PaperSearchText>();

  constructor(private readonly texts: PaperTextStore | undefined) {}

  /** The item a hit shows: an indexed item, or a stored reference's passage or claim, if read. */
  shown(kind: SearchKind, item: unknown): unknown {
    if (!isStoredRef(item)) return item;
    const text = this.read.get(item.documentId);
    // The text read is the one indexed: a paper that changes is indexed again (and read again).
    return (kind === 'passage' ? text?.passages : text?.claims)?.[item.at] ?? null;
  }

  /** Reads (or keeps, as most recently used) the search text of paper `documentId`. */
  async load(documentId: string): Promise<void> {
    const known = this.read.get(documentId);
    this.read.delete(documentId);
    const text = known ?? (await this.texts?.searchText(documentId));
    if (!text) return;
    this.read.set(documentId, text);
    while (this.read.size > TEXTS_KEPT) this.read.delete(this.read.keys().next().value!);
  }

  /** Forgets a paper's text (it changed or went). */
  forget(documentId: string): void {
    this.read.delete(documentId);
  }
}
