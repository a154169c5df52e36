import type { DocumentCites } from './cites';

/**
 * A document of the library as the documents collection keeps it: what it is, where its
 * original file is kept, and what its last parse found (so the papers list needs no parse).
 */

/** Where a document came from. */
export type DocumentSourceKind = 'bundled' | 'pdf' | 'markdown' | 'text';

/** The user's file, copied into the library folder under its content hash (never moved). */
export interface DocumentFile {
  /** SHA-256 of the file's bytes, hex: the same file added twice has the same hash. */
  sha256: string;
  /** The copy's path inside the library folder, e.g. "papers/3fa1….md". */
  path: string;
  /** The file's name when it was added ("Betts 2011.md"), for the user; never opened. */
  name: string;
  bytes: number;
  /** The text encoding it was read in ("utf-8", "utf-16le", "windows-1252"; "pdf" for a PDF). */
  encoding: string;
  /**
   * A PDF's layout as read from its text layer, kept beside it ("papers/<sha256>.json") so that
   * opening the paper needs no PDF read; re-parsing reads the PDF again.
   */
  textLayer?: string;
}

/** What the last parse of a document found. */
export interface DocumentStats {
  /** Pages: a PDF's own; for text, the length in standard pages of 3,000 characters. */
  pages: number;
  /** In-text citations found. */
  citations: number;
  /** Entries of its reference list. */
  references: number;
  /** Distinct library works its citations and references link to. */
  worksLinked: number;
  /** What the parse could not do well, one line each, for the user. */
  warnings: string[];
}

export interface DocumentRecord {
  id: string;
  title: string;
  /** Authors as written on the title page ("Sandra Lavenex"). */
  authors: string[];
  year: string | null;
  kind: DocumentSourceKind;
  /** The kept original; null for the bundled paper (it ships with the app). */
  file: DocumentFile | null;
  /** The parser version that produced `stats`; a newer parser re-parses on open. */
  parserVersion: number;
  /** ISO times. */
  addedAt: string;
  updatedAt: string;
  /** Set while the document is in the trash (restorable); null otherwise. */
  deletedAt: string | null;
  stats: DocumentStats;
  /** What its last parse cites (absent in records written before it was kept). */
  cites?: DocumentCites;
  /**
   * The library work this paper is (a reference list or the bibliography names it), so "open this
   * paper" follows a stored link; null or absent when no work is.
   */
  workKey?: string | null;
}

/**
 * Bump when parsing changes what a document's model or stats hold: records parsed by an older
 * version are re-parsed (their stats refreshed) when next opened.
 */
export const DOCUMENT_PARSER_VERSION = 1;

/** Characters in a standard page, for the page count of a text document. */
export const CHARACTERS_PER_PAGE = 3000;
