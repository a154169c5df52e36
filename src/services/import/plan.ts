/** Import, step 1: read a file and say what would happen to each entry, writing nothing. */
import { makeCitationKey } from '../../core/bibliography/keys';
import { type ImportFormat, type ParsedEntry, type ParseProblem } from '../../core/formats';
import type { Work } from '../../core/bibliography/model';
import { DuplicateIndex, normaliseDoi, type DuplicateMatch, type MatchReason } from './duplicates';
import { parseInThread, type BibParser } from './parseInWorker';
import type { WorkStore } from './workStore';

/** One readable entry of the file and what importing it would do. */
export type PlanItem = {
  /** Position among the readable entries (what per-item decisions refer to). */
  index: number;
  entry: ParsedEntry;
  /** The key the work gets if it is added: its own key when free, else a new one. */
  key: string;
  /** Set when the entry's own key was taken by another work, so `key` is a new one. */
  keyTakenBy?: string;
} & ({ status: 'new' } | { status: 'duplicate'; duplicateOf: string; reason: MatchReason });

export interface ImportPlan {
  /** The file's name, for provenance and messages. */
  file: string | null;
  format: ImportFormat;
  items: PlanItem[];
  /** Entries that could not be read, by line. Importing them is impossible; see allowPartial. */
  errors: ParseProblem[];
}

/** Characters a .bib reader takes in a key (no spaces, commas, braces, quotes, #, %, =). */
const BIB_SAFE_KEY = /^[^\s,{}()"#%'=\\~]+$/;

/**
 * Reads `text` and plans its import into the library of `store`: each readable entry is new or a
 * duplicate of a library work (same DOI, ISBN, or title + year + first author), and gets a key
 * (its own when free and BibTeX-safe; otherwise a new familyYEAR key). Writes nothing. `parse`
 * reads the file (default: in this thread; the app passes a worker's, see parseInWorker.ts).
 */
export async function planImport(
  text: string,
  store: WorkStore,
  opts: { format?: ImportFormat; file?: string; parse?: BibParser } = {},
): Promise<ImportPlan> {
  const parsed = await (opts.parse ?? parseInThread)(text, opts.format);
  const library = await store.allWorks();
  const index = new DuplicateIndex(library);
  const owners = new Map<string, string>();
  for (const w of library) {
    owners.set(w.citationKey, w.citationKey);
    for (const alias of w.aliases) owners.set(alias, w.citationKey);
  }
  const taken = new Set(owners.keys());
  const byKey = new Map(library.map((w) => [w.citationKey, w]));
  // Entries of this file by DOI: two entries of one file with one DOI are one work.
  const inFile = new Map<string, string>();
  const items: PlanItem[] = parsed.entries.map((entry, i) => {
    const own = entry.key;
    const usable = own !== null && BIB_SAFE_KEY.test(own) && !taken.has(own);
    const key = usable ? own : makeCitationKey({ ...entry.csl, 'citation-key': undefined }, taken);
    taken.add(key);
    const sameKey = own !== null ? byKey.get(owners.get(own) ?? '') : undefined;
    const doi = normaliseDoi(entry.csl.DOI);
    const match =
      (sameKey && matchSameKey(entry, sameKey)) ??
      index.find(entry.csl, doi) ??
      fileMatch(inFile, doi, key);
    const owner = own !== null && !usable ? owners.get(own) : undefined;
    const keyTakenBy = owner !== undefined && owner !== match?.key ? owner : undefined;
    // Object literals rather than spreads: this runs once per entry of a file of thousands.
    const item: PlanItem = match
      ? { index: i, entry, key, status: 'duplicate', duplicateOf: match.key, reason: match.reason }
      : { index: i, entry, key, status: 'new' };
    if (keyTakenBy !== undefined) item.keyTakenBy = keyTakenBy;
    return item;
  });
  return {
    file: opts.file ?? null,
    format: parsed.format,
    items,
    errors: parsed.errors,
  };
}

/**
 * The library work `work` whose key the entry has, when the entry is that work: the same .bib
 * fields, or the same CSL item, or the same DOI, ISBN or title + year + first author. Checked
 * before any other match, so that importing a file twice matches each entry with itself.
 */
function matchSameKey(entry: ParsedEntry, work: Work): DuplicateMatch | null {
  const same =
    entry.source && work.source
      ? sameJson(entry.source, work.source)
      : sameJson({ ...entry.csl, id: work.citationKey }, { ...work.csl, id: work.citationKey });
  if (same) return { key: work.citationKey, reason: 'same-entry' };
  return new DuplicateIndex([work]).find(entry.csl);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** An earlier entry of the same file with the entry's DOI (normalised); else records the DOI. */
function fileMatch(
  inFile: Map<string, string>,
  doi: string | null,
  key: string,
): DuplicateMatch | null {
  if (!doi) return null;
  const first = inFile.get(doi);
  if (first !== undefined) return { key: first, reason: 'doi-in-file' };
  inFile.set(doi, key);
  return null;
}

/** A few lines a person reads before saying yes: counts, duplicates and errors. */
export function describePlan(plan: ImportPlan): string {
  const fresh = plan.items.filter((i) => i.status === 'new').length;
  const dups = plan.items.filter((i) => i.status === 'duplicate');
  const lines = [
    `${plan.items.length} readable entr${plan.items.length === 1 ? 'y' : 'ies'}: ${fresh} new, ${dups.length} already in the library; ${plan.errors.length} unreadable.`,
  ];
  for (const d of dups) {
    if (d.status !== 'duplicate') continue;
    const why = {
      'same-entry': 'the same entry, under the same key',
      'doi-in-file': 'same DOI as an earlier entry of this file',
      doi: 'same DOI',
      isbn: 'same ISBN',
      'title-year-author': 'same title, year and first author',
    }[d.reason];
    lines.push(
      `  line ${d.entry.line}: \`${d.entry.key ?? d.key}\` duplicates \`${d.duplicateOf}\` (${why})`,
    );
  }
  for (const i of plan.items) {
    if (i.keyTakenBy)
      lines.push(
        `  line ${i.entry.line}: key \`${i.entry.key}\` is taken by another work; it would be added as \`${i.key}\``,
      );
  }
  for (const i of plan.items) {
    for (const w of i.entry.warnings) {
      lines.push(`  line ${i.entry.line}: \`${i.entry.key ?? i.key}\`: ${w}`);
    }
  }
  for (const e of plan.errors) lines.push(`  ${e.message}`);
  return lines.join('\n');
}
