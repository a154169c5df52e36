/** Bibliography rows: each work with how often and where the paper cites it. */
import type { Work } from '../bibliography/model';
import { workListing, type WorkListing } from '../bibliography';
import type { AnalysedPaper } from './analysePaper';

/** One row of the bibliography. */
export interface WorkSummary {
  key: string;
  /** "Betts 2011c" */
  label: string;
  title: string;
  /** "Betts", "Lahav & Lavenex", "Sabel et al." */
  authorsShort: string;
  year: string | null;
  type: string;
  /** Citations of it across the library's papers (the bundled paper's alone, until counted). */
  timesCited: number;
  /** How many of the library's papers cite it. */
  papersCiting: number;
  /** Its citations in the bundled paper. */
  citationIds: string[];
  claimIds: string[];
  confidence: 'verified' | 'likely' | 'guess' | null;
  /** Where the record came from: the bundled bibliography, an imported file, or typed by the user. */
  provenance: 'bundled' | 'imported' | 'user' | 'reference-list';
  /**
   * For imported works: the file's name, when known; for works from a paper's reference list,
   * "reference list of <paper>".
   */
  importedFrom: string | null;
  /** The journal, book or site it appeared in, or null. */
  container: string | null;
  /** ISO time it entered the library (null for bundled works). */
  addedAt: string | null;
  /** ISO time of its record's last edit, or null. */
  modifiedAt: string | null;
  /** The user's tags on it. */
  tags: string[];
}

export interface WorkDetail extends WorkSummary {
  work: Work;
}

/** Summarises every work against the paper's resolved citations, in bibliography order. */
export function summariseWorks(works: readonly Work[], paper: AnalysedPaper): WorkSummary[] {
  return summariseListings(works.map(workListing), paper);
}

/**
 * The empty list of a row that has none: one frozen array shared by all, not one per row (most of
 * 100,000 works are cited nowhere: two empty arrays each cost ~6 MB).
 */
const NONE = Object.freeze([]) as unknown as string[];

/** Like `summariseWorks`, from the works' listings (what the store caches for the works list). */
export function summariseListings(
  listings: readonly WorkListing[],
  paper: AnalysedPaper,
): WorkSummary[] {
  const summaries = listingSummaries(paper);
  return listings.map((listing) => summaries.of(listing));
}

/** Summaries of listings against one paper, each made when asked (see `listingSummaries`). */
export interface ListingSummaries {
  /** The summary of one listing. */
  of(listing: WorkListing): WorkSummary;
  /** How often the paper cites the work of `key`. */
  citations(key: string): number;
}

/**
 * Reads the paper's resolved citations once, then summarises any listing against them: a table
 * of 100,000 works makes the summaries of the rows it is asked for, not one per work (~16 MB).
 */
export function listingSummaries(paper: AnalysedPaper): ListingSummaries {
  const citationIds = new Map<string, string[]>();
  const claimIds = new Map<string, string[]>();
  for (const c of paper.citations) {
    if (!c.workId) continue;
    citationIds.set(c.workId, [...(citationIds.get(c.workId) ?? []), c.id]);
    if (c.claimId) {
      const list = claimIds.get(c.workId) ?? [];
      if (!list.includes(c.claimId)) list.push(c.claimId);
      claimIds.set(c.workId, list);
    }
  }
  return {
    citations: (key) => citationIds.get(key)?.length ?? 0,
    of: (listing) => {
      const ids = citationIds.get(listing.key) ?? NONE;
      return {
        key: listing.key,
        label: listing.label,
        title: listing.title,
        authorsShort: listing.authorsShort,
        year: listing.year,
        type: listing.type,
        timesCited: ids.length,
        papersCiting: ids.length > 0 ? 1 : 0,
        citationIds: ids,
        claimIds: claimIds.get(listing.key) ?? NONE,
        confidence: listing.confidence,
        provenance: listing.provenance,
        importedFrom: listing.importedFrom,
        container: listing.container,
        addedAt: listing.addedAt,
        modifiedAt: listing.modifiedAt,
        // Listings cached before tags were kept have none.
        tags: listing.tags ?? NONE,
      };
    },
  };
}
