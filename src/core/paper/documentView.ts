/** What the documents service answers: a document as the papers list shows it, and opened. */
import type { Work } from '../bibliography/model';
import {
  CHARACTERS_PER_PAGE,
  type DocumentRecord,
  type DocumentSourceKind,
} from '../documents/model';
import { citationKeys, type MatchCandidate, type ReferenceLinkHow } from '../documents/links';
import type { AnalysedPaper } from './analysePaper';
import type { LinkedReference } from './readPaper';
import type { PageStart } from '../pdf/paperSource';

/** One row of the papers list (and what `paper add --json` prints, with more fields). */
export interface DocumentSummary {
  id: string;
  title: string;
  authors: string[];
  year: string | null;
  kind: DocumentSourceKind;
  pages: number;
  citations: number;
  references: number;
  worksLinked: number;
  warnings: string[];
  /** The name of the file it was added from (null for the bundled paper). */
  fileName: string | null;
  addedAt: string;
  updatedAt: string;
  /** Set while it is in the trash. */
  deletedAt: string | null;
  /** The library work this paper is (its stored link), or null. */
  workKey: string | null;
}

/** A reference-list entry with its work, how it was linked, and a match awaiting the user. */
export interface DocumentReference extends LinkedReference {
  /** The entry's key, which survives re-parsing (corrections and links name it). */
  key: string;
  how: ReferenceLinkHow | null;
  candidate: MatchCandidate | null;
}

/** A document opened: the analysed paper (as the reader shows it) with its reference list. */
export interface DocumentView extends AnalysedPaper {
  summary: DocumentSummary;
  /** The reference list, in order; empty for the bundled paper (its bibliography is bundled). */
  references: DocumentReference[];
  referenceSectionId: string | null;
  /** Citation id -> the id of the reference-list entry it cites (null: none found). */
  citationReferences: Record<string, string | null>;
  /** Citation id -> its key, which survives re-parsing (corrections name citations by it). */
  citationKeys: Record<string, string>;
  /**
   * For a PDF-born paper, where each printed page starts in `document.text` (ascending): every
   * block, citation and passage has its page from this. Absent for other papers.
   */
  pageStarts?: PageStart[];
}

/** The summary of a stored record. */
export function summaryOf(record: DocumentRecord): DocumentSummary {
  return {
    id: record.id,
    title: record.title,
    authors: record.authors,
    year: record.year,
    kind: record.kind,
    ...record.stats,
    fileName: record.file?.name ?? null,
    addedAt: record.addedAt,
    updatedAt: record.updatedAt,
    deletedAt: record.deletedAt,
    workKey: record.workKey ?? null,
  };
}

/**
 * The bundled paper as a document of the library: its bibliography (`works`) is its reference
 * list, so it has no list entries of its own. `addedAt` is when the library was created;
 * `workKey` the bundled work that is this paper, if any.
 */
export function bundledDocumentView(
  paper: AnalysedPaper,
  works: readonly Work[],
  addedAt: string,
  workKey: string | null = null,
): DocumentView {
  const { meta, text } = paper.document;
  const cited = new Set(paper.citations.flatMap((c) => (c.workId ? [c.workId] : [])));
  const keys = citationKeys(paper.citations);
  return {
    ...paper,
    summary: {
      id: paper.documentId,
      title: meta.title,
      authors: meta.authors.map((a) => a.name),
      year: meta.conference?.startDate?.slice(0, 4) ?? null,
      kind: 'bundled',
      pages: Math.max(1, Math.ceil(text.length / CHARACTERS_PER_PAGE)),
      citations: paper.citations.length,
      references: works.length,
      worksLinked: cited.size,
      warnings: meta.excerpt ? ['This is an excerpt: the source stops mid-text.'] : [],
      fileName: null,
      addedAt,
      updatedAt: addedAt,
      deletedAt: null,
      workKey,
    },
    references: [],
    referenceSectionId: null,
    citationReferences: {},
    citationKeys: Object.fromEntries(paper.citations.map((c, i) => [c.id, keys[i]!])),
  };
}
