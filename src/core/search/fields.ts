/**
 * What is searchable in each kind of item, and how much a match in each field weighs. The
 * indexer turns the fields into one weight per folded term.
 */
import type { Work } from '../bibliography/model';
import { familyName, workYear } from '../bibliography/summary';
import type { SearchableClaim, SearchableNote, SearchablePassage } from './types';

export interface FieldSpec {
  boost: number;
  /** Typical length in words, for length normalisation (fixed, so weights never depend on order). */
  avgLength: number;
}

const field = (boost: number, avgLength: number): FieldSpec => ({ boost, avgLength });

/** Key and authors weigh most, so "betts" ranks Betts's works above a note that mentions Betts. */
export const FIELDS = {
  work: {
    key: field(6, 1),
    family: field(5, 3),
    given: field(1.5, 3),
    title: field(3, 10),
    container: field(1.5, 6),
    year: field(2, 1),
    tags: field(3, 2),
    editors: field(1.2, 3),
  },
  note: { title: field(4, 6), tags: field(3, 2), body: field(1, 120) },
  claim: { text: field(2, 35), cites: field(1.5, 4) },
  passage: { text: field(1, 120), section: field(0.8, 5) },
} as const;

/** Receives a document's fields while it is indexed. */
export interface FieldSink {
  /** Adds the words of `texts` as one field weighted by `spec`. */
  field(spec: FieldSpec, ...texts: (string | null | undefined)[]): FieldSink;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A work's fields: key and aliases, authors, title, venue, year, tags, editors. */
export function describeWork(work: Work, sink: FieldSink): void {
  const f = FIELDS.work;
  const csl = work.csl;
  const authors = csl.author ?? [];
  sink
    .field(f.key, work.citationKey, ...work.aliases)
    .field(f.family, ...authors.map(familyName))
    .field(f.given, ...authors.map((n) => n.given))
    .field(f.title, csl.title, str(csl['title-short']))
    .field(f.container, str(csl['container-title']), str(csl['collection-title']))
    .field(f.year, workYear(work))
    .field(f.tags, ...work.tags)
    .field(f.editors, ...(csl.editor ?? []).map(familyName));
}

export function describeNote(note: SearchableNote, sink: FieldSink): void {
  const f = FIELDS.note;
  sink
    .field(f.title, note.title)
    .field(f.tags, ...note.tags)
    .field(f.body, note.body);
}

export function describeClaim(claim: SearchableClaim, sink: FieldSink): void {
  sink.field(FIELDS.claim.text, claim.text).field(FIELDS.claim.cites, ...claim.cites);
}

export function describePassage(passage: SearchablePassage, sink: FieldSink): void {
  sink.field(FIELDS.passage.text, passage.text).field(FIELDS.passage.section, passage.section);
}
