// The tagger's label set: every field label plus "other" (text no field keeps, such as "pp." or "In").
import type { FieldLabel } from './model';

/** Every label the tagger can give a token, in the model file's order. */
export const LABELS: readonly (FieldLabel | 'other')[] = [
  'other',
  'citation-number',
  'author',
  'editor',
  'translator',
  'date',
  'title',
  'container-title',
  'collection-title',
  'volume',
  'issue',
  'pages',
  'edition',
  'publisher',
  'location',
  'institution',
  'genre',
  'number',
  'doi',
  'url',
  'identifier',
  'note',
];
