/**
 * The library's citations across papers, aggregated here so the window gets only what it shows:
 * how often each work is cited and by how many papers (from the cites each record keeps, no
 * parse), the papers citing one work with their claims of it (only those papers are opened), and
 * the claims of the whole library filtered by works, with which works are cited together.
 */
import { BUNDLED_DOCUMENT_ID } from '../../core/documents/ids';
import { citesOf, type DocumentCites } from '../../core/documents/cites';
import {
  claimView,
  coCitation,
  type CitedCount,
  type CitedCounts,
  type CitingPaper,
  type ClaimView,
  type LibraryClaims,
} from '../../core/paper/acrossPapers';
import type { UserDataStore } from '../../store';
import type { DocumentService } from './DocumentService';

export class LibraryCitations {
  private counts: Promise<CitedCounts> | null = null;
  private version = 0;
  /** Cites of papers whose record keeps none (added before records kept them), by id. */
  private readonly derived = new Map<string, DocumentCites>();
  /** Which works each paper's claims cite together (kept apart from the records), by id. */
  private readonly groups = new Map<string, string[][]>();

  constructor(
    private readonly store: UserDataStore,
    private readonly documents: DocumentService,
  ) {
    store.changes.subscribe((change) => {
      if (change.collection !== 'documents' && change.collection !== 'works') return;
      this.counts = null;
      this.version++;
      if (change.collection === 'documents') {
        for (const id of change.ids ?? [...this.derived.keys()]) this.derived.delete(id);
        for (const id of change.ids ?? [...this.groups.keys()]) this.groups.delete(id);
      }
    });
  }

  /** How often each work is cited, and by how many papers, across every paper not in the trash. */
  citedCounts(): Promise<CitedCounts> {
    this.counts ??= this.countAll().catch((error: unknown) => {
      this.counts = null;
      throw error;
    });
    return this.counts;
  }

  /** The cites of every paper not in the trash, the bundled one first. */
  private async allCites(): Promise<{ documentId: string; cites: DocumentCites }[]> {
    const records = new Map((await this.store.documentRecords.all()).map((r) => [r.id, r]));
    const out: { documentId: string; cites: DocumentCites }[] = [];
    for (const summary of await this.documents.list()) {
      const kept = records.get(summary.id)?.cites;
      let cites =
        summary.id === BUNDLED_DOCUMENT_ID ? null : (kept ?? this.derived.get(summary.id));
      if (!cites) {
        const view = await this.documents.openIfLive(summary.id);
        if (!view) continue;
        cites = citesOf(view);
        if (summary.id !== BUNDLED_DOCUMENT_ID) this.derived.set(summary.id, cites);
      }
      out.push({ documentId: summary.id, cites });
    }
    return out;
  }

  private async countAll(): Promise<CitedCounts> {
    const version = this.version;
    const byWork = new Map<string, CitedCount>();
    for (const { cites } of await this.allCites()) {
      for (const [key, n] of Object.entries(cites.works)) {
        const count = byWork.get(key);
        if (count) {
          count.citations += n;
          count.papers++;
        } else byWork.set(key, { citations: n, papers: 1 });
      }
    }
    return { version, byWork };
  }

  /** Which works a paper's claims cite together (its record's, if it keeps them; else kept apart). */
  private async together({ documentId, cites }: { documentId: string; cites: DocumentCites }) {
    if (cites.together) return cites.together;
    let groups = this.groups.get(documentId);
    if (!groups) this.groups.set(documentId, (groups = await this.documents.coCited(documentId)));
    return groups;
  }

  /** The papers citing `workKey`, each with how often and its claims with it. */
  async citingPapers(workKey: string): Promise<CitingPaper[]> {
    const out: CitingPaper[] = [];
    for (const { documentId, cites } of await this.allCites()) {
      if (!cites.works[workKey]) continue;
      const view = await this.documents.openIfLive(documentId);
      if (!view) continue;
      out.push({
        documentId,
        title: view.summary.title,
        citations: view.citations.filter((c) => c.workId === workKey).length,
        claims: view.claims
          .filter((k) => k.workIds.includes(workKey))
          .sort((a, b) => a.start - b.start)
          .map((k) => claimView(view, k)),
      });
    }
    return out;
  }

  /**
   * Claims of the library (or of `documentId`) citing every work of `workIds`: the first `limit`
   * of them (only the papers holding those are opened), their total, and the co-citation counts
   * of the scope (from the kept cites: no paper is opened for them).
   */
  async claims(filter: {
    documentId: string | null;
    workIds: readonly string[];
    limit: number;
  }): Promise<LibraryClaims> {
    const scope = (await this.allCites()).filter(
      (d) => !filter.documentId || d.documentId === filter.documentId,
    );
    for (const d of scope) d.cites = { ...d.cites, together: await this.together(d) };
    const wanted = filter.workIds;
    const matching = (cites: DocumentCites): number =>
      wanted.length === 0
        ? cites.claims
        : wanted.length === 1
          ? (cites.claimWorks[wanted[0]!] ?? 0)
          : (cites.together ?? []).filter((ids) => wanted.every((w) => ids.includes(w))).length;
    const { coCited, pairs } = coCitation(scope.map((d) => d.cites));
    const workCounts = new Map<string, number>();
    let total = 0;
    for (const { cites } of scope) {
      total += matching(cites);
      for (const [w, n] of Object.entries(cites.claimWorks))
        workCounts.set(w, (workCounts.get(w) ?? 0) + n);
    }
    // Only the papers holding the claims shown are opened.
    const claims: ClaimView[] = [];
    for (const { documentId, cites } of scope) {
      if (claims.length >= filter.limit) break;
      if (matching(cites) === 0) continue;
      const view = await this.documents.openIfLive(documentId);
      if (!view) continue;
      for (const claim of [...view.claims].sort((a, b) => a.start - b.start)) {
        if (claims.length >= filter.limit) break;
        if (wanted.every((w) => claim.workIds.includes(w))) claims.push(claimView(view, claim));
      }
    }
    return { total, papers: scope.length, claims, coCited, pairs, works: [...workCounts] };
  }
}
