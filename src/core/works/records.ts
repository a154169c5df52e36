/** What the work-editing methods answer: shared by the services and the contract. */
import type { Work } from '../bibliography/model';
import type { FieldChange } from './history';

/** A work after a create or an edit. */
export interface WorkEditResult {
  work: Work;
  /** What changed (empty when the edit changed nothing). */
  changes: FieldChange[];
  /** Fields the work keeps that its type does not use (shown apart, never dropped). */
  outsideType: string[];
}

/** Everything the editor shows of one work. */
export interface WorkRecord {
  work: Work;
  /** The bundled bibliography has this work: its confidence and source stay visible. */
  bundled: boolean;
  /** The user's data folder holds it (false: the bundled record, never edited). */
  stored: boolean;
  revision: number;
  /** Kept .bib fields CSL cannot hold (JabRef's owner, groups, ...). */
  extraBibFields: Record<string, string>;
  outsideType: string[];
}

/** What names a work by its key. */
export interface WorkReferences {
  notes: { id: string; title: string; inTrash: boolean }[];
  lists: { id: string; name: string }[];
  userClaims: { id: string; statement: string }[];
  /** Papers whose reference list links the work, with how many entries do. */
  documents: { documentId: string; references: number }[];
}
