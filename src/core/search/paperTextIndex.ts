/**
 * The search text of the papers the user added (their passages and claims) in an index of its
 * own, shaped for a library of 1,000 papers (a million items):
 * - items are kept by number, not by id: a paper's passages (and its claims) are indexed one after
 *   the other, so a paper is a range of numbers, and an item needs neither an id in a map nor an
 *   object of its own (a hit is its paper and its position there, see `StoredTextRef`);
 * - no merged lists of one- and two-letter prefixes (they held 60% of the papers' postings); a
 *   short prefix is expanded over the vocabulary when someone searches for it;
 * - the whole index can be written out as bytes and read back (paperIndexBytes.ts), so the papers
 *   are searchable at start without reading and indexing each one's text again.
 */
import { describeClaim, describePassage } from './fields';
import { Indexer } from './indexer';
import { InvertedIndex, KIND_INDEX } from './postings';
import type { PaperSearchText, SearchKind, StoredTextRef } from './types';

/** The kinds of item a paper has, in the order `IndexedPaper`'s ranges give them. */
export const PAPER_KINDS = ['claim', 'passage'] as const satisfies readonly SearchKind[];
export type PaperKind = (typeof PAPER_KINDS)[number];

/** A paper whose text is indexed: what version of its text, and where its items are. */
export interface IndexedPaper {
  documentId: string;
  /** The version of the search text indexed (`PaperSearchText.version`; '' when unknown). */
  version: string;
  /** The number of its first claim and of its first passage (see `PAPER_KINDS`). */
  start: [number, number];
  /** How many claims and passages it has. */
  count: [number, number];
}

const kindAt = (k: number): number => KIND_INDEX[PAPER_KINDS[k]!];

export class PaperTextIndex {
  readonly index = new InvertedIndex({ prefixLists: false });
  private readonly indexer = new Indexer(this.index);
  /**
   * Indexed papers by ordinal; each item's slot in its kind's table holds its paper's ordinal.
   * A removed paper's ordinal stays empty (null) until the index is written and read back.
   */
  papers: (IndexedPaper | null)[] = [];
  private readonly ordinals = new Map<string, number>();

  /** How many papers are indexed. */
  get size(): number {
    return this.ordinals.size;
  }

  /** The indexed paper `documentId`, or undefined. */
  get(documentId: string): IndexedPaper | undefined {
    const ordinal = this.ordinals.get(documentId);
    return ordinal === undefined ? undefined : (this.papers[ordinal] ?? undefined);
  }

  /** The ids of the indexed papers. */
  ids(): string[] {
    return [...this.ordinals.keys()];
  }

  /** Indexes a paper's passages and claims, replacing any indexed before. */
  set(text: PaperSearchText): void {
    this.remove(text.documentId);
    const ordinal = this.papers.length;
    const start: [number, number] = [this.tableSize(0), this.tableSize(1)];
    for (const claim of text.claims) {
      this.indexer.add(KIND_INDEX.claim, null, claim, describeClaim, ordinal);
    }
    for (const passage of text.passages) {
      this.indexer.add(KIND_INDEX.passage, null, passage, describePassage, ordinal);
    }
    const version = text.version ?? '';
    const count: [number, number] = [text.claims.length, text.passages.length];
    this.papers.push({ documentId: text.documentId, version, start, count });
    this.ordinals.set(text.documentId, ordinal);
  }

  /** Removes a paper's passages and claims; false when it was not indexed. */
  remove(documentId: string): boolean {
    const ordinal = this.ordinals.get(documentId);
    const paper = ordinal === undefined ? null : this.papers[ordinal];
    if (ordinal === undefined || !paper) return false;
    this.ordinals.delete(documentId);
    this.papers[ordinal] = null;
    for (let k = 0; k < PAPER_KINDS.length; k++) {
      const renumber = this.index.removeRange(
        kindAt(k),
        paper.start[k]!,
        paper.start[k]! + paper.count[k]!,
      );
      // Compacted: every other paper's items moved down, in order (a paper's first stays first).
      if (renumber) {
        for (const other of this.papers) {
          if (other) other.start[k] = other.count[k] ? renumber[other.start[k]!]! : 0;
        }
      }
    }
    return true;
  }

  /** Which paper, and which of its claims or passages, item `num` of `kind` is. */
  refOf(kind: SearchKind, num: number): StoredTextRef | undefined {
    const k = PAPER_KINDS.indexOf(kind as PaperKind);
    const ordinal = this.index.tables[KIND_INDEX[kind]]?.docs[num] as number | undefined;
    const paper = ordinal === undefined ? null : this.papers[ordinal];
    if (k < 0 || !paper) return undefined;
    return { documentId: paper.documentId, at: num - paper.start[k]! };
  }

  /**
   * Replaces the index's papers and ordinals (reading an index back): `papers` by ordinal, each
   * item's slot in the tables holding its paper's ordinal.
   */
  adoptPapers(papers: IndexedPaper[]): void {
    this.papers = papers;
    this.ordinals.clear();
    papers.forEach((p, ordinal) => this.ordinals.set(p.documentId, ordinal));
  }

  private tableSize(k: number): number {
    return this.index.tables[kindAt(k)]!.docs.length;
  }
}
