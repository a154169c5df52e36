/**
 * The papers' passages and claims in the search index. The bundled paper (and, without a text
 * store, every paper) is kept whole in the main index, its item ids remembered so a re-parse or a
 * removal replaces them; with a text store an added paper goes to the papers' index, which keeps
 * only where each item is and is kept between runs by its own keeper (paperIndexKeeper.ts).
 */
import { BUNDLED_DOCUMENT_ID } from '../../core/documents/ids';
import { searchTextOf, type PaperSearchText, type SearchIndex } from '../../core/search';
import type { PaperIndexKeeper } from './paperIndexKeeper';
import { backgroundTurn } from '../background/requestsFirst';
import type { IndexablePaper, PaperTextStore } from './searchSources';

/** The passage and claim ids a paper kept whole put in the index. */
export interface PaperItemIds {
  passages: string[];
  claims: string[];
}

const isAddedPaperText = (paper: IndexablePaper | PaperSearchText): paper is PaperSearchText =>
  'passages' in paper && paper.documentId !== BUNDLED_DOCUMENT_ID;

/** A paper's search text, from an opened paper or as kept. */
const paperTextOf = (paper: IndexablePaper | PaperSearchText): PaperSearchText =>
  'passages' in paper ? paper : searchTextOf(paper);

export class PaperItems {
  /** Items of each paper kept whole in the main index, by paper id. */
  private readonly whole = new Map<string, PaperItemIds>();

  constructor(
    private readonly index: SearchIndex,
    private readonly texts: PaperTextStore | undefined,
    private readonly keeper: PaperIndexKeeper | null,
  ) {}

  /** The papers kept whole, as kept with the index. */
  kept(): [string, PaperItemIds][] {
    return [...this.whole];
  }

  /** Takes back the papers kept whole, as kept with an index read back. */
  adopt(kept: readonly [string, PaperItemIds][]): void {
    this.whole.clear();
    for (const [id, items] of kept) this.whole.set(id, items);
  }

  /** The ids of the papers whose text is searchable. */
  ids(): string[] {
    return [...this.whole.keys(), ...this.index.papers.ids()];
  }

  /**
   * Indexes a paper's passages and claims, replacing its earlier ones. With a text store an added
   * paper's items go to the papers' index (the bundled paper's text is in memory anyway, so its
   * items are kept whole).
   */
  put(paper: IndexablePaper | PaperSearchText): void {
    const index = this.index;
    if (this.texts !== undefined && isAddedPaperText(paper)) {
      this.dropWhole(paper.documentId);
      this.changePapers(() => index.setPaperText(paper));
      return;
    }
    const { documentId, passages, claims } = paperTextOf(paper);
    this.dropWhole(documentId);
    if (index.papers.get(documentId)) {
      this.changePapers(() => index.removePaperText(documentId));
    }
    for (const p of passages) index.upsertPassage(p);
    for (const c of claims) index.upsertClaim(c);
    this.whole.set(documentId, {
      passages: passages.map((p) => p.id),
      claims: claims.map((c) => c.id),
    });
  }

  /** Takes a paper's passages and claims out of the results. */
  drop(documentId: string): void {
    this.dropWhole(documentId);
    const index = this.index;
    if (index.papers.get(documentId)) {
      this.changePapers(() => index.removePaperText(documentId));
    }
  }

  /**
   * Indexes the added papers at start: the papers' index is read back and brought up to date
   * (with a keeper), or each paper of `documents` is read (those `fresh` accepts: not changed
   * meanwhile). After a kept index was read back, papers kept whole are in it already.
   */
  async fill(
    documents: AsyncIterable<IndexablePaper | PaperSearchText>,
    restored: boolean,
    fresh: (documentId: string) => boolean,
    failed: (error: unknown) => void,
  ): Promise<void> {
    // A paper is a few hundred passages: the event loop gets a turn after each.
    if (this.keeper) {
      await this.keeper.restore(backgroundTurn).catch(failed);
      return;
    }
    if (restored && this.texts === undefined) return;
    for await (const paper of documents) {
      if (fresh(paper.documentId)) this.put(paper);
      await backgroundTurn();
    }
    this.index.papers.index.pack();
  }

  /** Changes the added papers' index (after it is written out, if it is being). */
  private changePapers(make: () => void): void {
    if (this.keeper) this.keeper.change(make);
    else make();
  }

  private dropWhole(documentId: string): void {
    const items = this.whole.get(documentId);
    if (!items) return;
    const index = this.index;
    for (const id of items.passages) index.remove('passage', id);
    for (const id of items.claims) index.remove('claim', id);
    this.whole.delete(documentId);
  }
}
