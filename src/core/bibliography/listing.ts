/**
 * What a list of works shows of each work, derived from the work alone (the paper's citation
 * counts are added by `summariseListings`): small enough to keep for 100,000 works, so the store
 * can cache it beside its works files and the works list opens without reading every work.
 */
import type { Confidence, Work } from './model';
import { workFilterText } from './filterText';
import { authorList, UNTITLED, workAuthorsShort, workLabel, workYear } from './summary';

export interface WorkListing {
  key: string;
  /** "Betts 2011c" */
  label: string;
  title: string;
  /** "Betts", "Lahav and Lavenex", "Sabel et al." */
  authorsShort: string;
  /**
   * The authors (or editors) in full, up to six, as a search hit shows them (`authorList`):
   * "Alexander Betts, Sandra Lavenex". Search reads a work's hit from here (see
   * `SearchIndex.shareWorkHits`) instead of keeping its own copy.
   */
  authorNames: string;
  year: string | null;
  type: string;
  confidence: Confidence | null;
  provenance: Work['provenance']['kind'];
  /** For imported works: the file's name, when known. */
  importedFrom: string | null;
  /** Other keys of the same work. */
  aliases: string[];
  /** The journal, book or site the work appeared in (CSL container-title), or null. */
  container: string | null;
  /** ISO time the work entered the library (null for bundled works). */
  addedAt: string | null;
  /** ISO time of the last edit of its record, or null when never edited. */
  modifiedAt: string | null;
  /** The user's tags on it. */
  tags: string[];
  /** What the bibliography filter searches, folded (`workFilterText`). */
  filterText: string;
}

/** The listing of one work. */
export function workListing(work: Work): WorkListing {
  const label = workLabel(work);
  const year = workYear(work);
  return {
    key: work.citationKey,
    label,
    title: work.csl.title ?? UNTITLED,
    authorsShort: workAuthorsShort(work),
    authorNames: authorList(work),
    year,
    type: work.csl.type,
    confidence: work.confidence?.level ?? null,
    provenance: work.provenance.kind,
    importedFrom: importedFrom(work.provenance),
    aliases: work.aliases,
    container: typeof work.csl['container-title'] === 'string' ? work.csl['container-title'] : null,
    addedAt: work.provenance.addedAt ?? null,
    modifiedAt: lastEdited(work),
    tags: work.tags,
    filterText: workFilterText(work, label, year),
  };
}

/** Where an imported work came from: its file, or the paper whose reference list it is from. */
function importedFrom(provenance: Work['provenance']): string | null {
  if (provenance.kind === 'imported') return provenance.file ?? null;
  if (provenance.kind === 'reference-list') {
    return `reference list of ${provenance.document ?? 'a paper'}`;
  }
  return null;
}

/** When a field of the record was last changed after it entered the library, or null. */
function lastEdited(work: Work): string | null {
  let last: string | null = null;
  for (const edit of Object.values(work.edited ?? {})) if (!last || edit.at > last) last = edit.at;
  return last;
}
