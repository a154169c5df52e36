// The contract calls behind the documents hooks, in one place: what the Papers view lists and
// how one document is loaded.
// TODO(docs): until listDocuments/getDocument land, the one bundled paper stands for the library.
import type { PaperView, ScholionApi } from '../../shared/contract';

/** One paper of the library as the Papers view lists it. */
export interface DocumentEntry {
  id: string;
  title: string;
  authors: string[];
  year: string | null;
  kind: 'bundled' | 'pdf' | 'markdown' | 'text';
  /** Citations found in its text. */
  citations: number;
  /** Entries of its reference list. */
  references: number;
  /** Distinct works its citations resolve to. */
  worksLinked: number;
  warnings: string[];
}

const BUNDLED_ID = 'lavenex-panizzon-2013';

/** Every document of the library. */
export async function documentEntries(api: ScholionApi): Promise<DocumentEntry[]> {
  const paper = await api.getPaper({});
  const meta = paper.document.meta;
  return [
    {
      id: BUNDLED_ID,
      title: meta.title,
      authors: meta.authors.map((a) => a.name),
      year: meta.conference?.startDate?.slice(0, 4) ?? null,
      kind: 'bundled',
      citations: paper.citations.length,
      references: 0,
      worksLinked: new Set(paper.citations.flatMap((c) => (c.workId ? [c.workId] : []))).size,
      warnings: [],
    },
  ];
}

/** One document with its citations and claims. */
export async function loadDocument(api: ScholionApi, documentId: string): Promise<PaperView> {
  void documentId;
  return api.getPaper({});
}

/** What adding a paper did, for the notice after it. */
export interface AddedPaper {
  entry: DocumentEntry;
}

/** Reads `file` and adds it to the library as a paper. */
export async function addPaperFile(api: ScholionApi, file: File): Promise<AddedPaper> {
  void api;
  void file;
  throw new Error('Adding papers is not available in this build.');
}

/** Moves paper `documentId` to the trash (restorable). */
export async function removePaper(api: ScholionApi, documentId: string): Promise<void> {
  void api;
  void documentId;
  throw new Error('Removing papers is not available in this build.');
}

/** Brings a removed paper back. */
export async function restorePaper(api: ScholionApi, documentId: string): Promise<void> {
  void api;
  void documentId;
  throw new Error('Restoring papers is not available in this build.');
}
