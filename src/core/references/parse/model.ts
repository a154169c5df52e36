/** Shapes of the reference-string parser: the labelled segments it finds and what it returns. */
import type { CslItem } from '../../bibliography/model';

/** What one span of a reference string is (the tagger's label set, minus "other"). */
export type FieldLabel =
  | 'citation-number'
  | 'author'
  | 'editor'
  | 'translator'
  | 'date'
  | 'title'
  | 'container-title'
  | 'collection-title'
  | 'volume'
  | 'issue'
  | 'pages'
  | 'edition'
  | 'publisher'
  | 'location'
  | 'institution'
  | 'genre'
  | 'number'
  | 'doi'
  | 'url'
  | 'identifier'
  | 'note';

/** A contiguous span of the raw string with one label. */
export interface Segment {
  label: FieldLabel;
  /** The span's text exactly as in the raw string. */
  text: string;
  start: number;
  end: number;
}

/** One parsed reference-list entry. */
export interface ParsedReference {
  /** The entry exactly as given. */
  raw: string;
  /** The entry as a CSL-JSON item (`id` is empty: the caller assigns ids). */
  csl: CslItem;
  /** How sure the parser is of the whole parse, 0..1. */
  confidence: number;
}
