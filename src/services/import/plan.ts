/** Import, step 1: read a file and say what would happen to each entry, writing nothing. */
import { makeCitationKey } from '../../core/bibliography/keys';
import {
  parseBibliographyFile,
  type ImportFormat,
  type ParsedEntry,
  type ParseProblem,
} from '../../core/formats';
import { DuplicateIndex, type MatchReason } from './duplicates';
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
 * (its own when free and BibTeX-safe; otherwise a new familyYEAR key). Writes nothing.
 */
export async function planImport(
  text: string,
  store: WorkStore,
  opts: { format?: ImportFormat; file?: string } = {},
): Promise<ImportPlan> {
  const parsed = parseBibliographyFile(text, opts.format);
  const library = await store.allWorks();
  const index = new DuplicateIndex(library);
  const owners = new Map<string, string>();
  for (const w of library) {
    owners.set(w.citationKey, w.citationKey);
    for (const alias of w.aliases) owners.set(alias, w.citationKey);
  }
  const taken = new Set(owners.keys());
  const items: PlanItem[] = parsed.entries.map((entry, i) => {
    const own = entry.key;
    const usable = own !== null && BIB_SAFE_KEY.test(own) && !taken.has(own);
    const key = usable ? own : makeCitationKey({ ...entry.csl, 'citation-key': undefined }, taken);
    taken.add(key);
    const match = index.find(entry.csl);
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
  for (const e of plan.errors) lines.push(`  ${e.message}`);
  return lines.join('\n');
}
