/**
 * The stored form of works files, version 2: a work as it is held in memory (the Work type every
 * other layer sees) minus what can be derived back. Version 1 stored each work whole, ~1.6 KB
 * of JSON per imported work, four times its .bib text, mostly repeated: the citation key three
 * times, the file and time of the import on every work, empty defaults, and each .bib field
 * that reads the same in the CSL item (title, abstract, DOI, journal) twice. Version 2 leaves
 * out:
 * - `citationKey` (the item's key in the file), and the CSL `id` / `citation-key` when they are
 *   the key (written as 0, so the item keeps its field order);
 * - `confidence: null` and empty `citedAs`, `aliases`, `tags`;
 * - the provenance, written once per file in `provenances` and referred to by its index;
 * - a .bib source field whose value is the very string of a CSL field: written as the index of
 *   that field in the CSL item (a source value is otherwise always a string).
 * Decoding gives back exactly the work that was encoded (tested, including field order).
 */
import type { BibSource, CslItem, Work, WorkProvenance } from '../../core/bibliography/model';
import type { ItemsFile } from './itemsFile';

/** A works file as written to disk (version 2). */
export interface StoredWorksFile {
  schemaVersion: number;
  kind: string;
  /** The provenances of the file's works, each once. */
  provenances: WorkProvenance[];
  items: Record<string, Record<string, unknown>>;
}

const DEFAULT_LISTS = ['citedAs', 'aliases', 'tags'] as const;
/** A CSL `id` / `citation-key` that is the work's citation key. */
const IS_KEY = 0;
/** Source values shorter than this are written as they are (an index saves nothing). */
const SHORTEST_SHARED = 4;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The stored form of `file`'s items (the in-memory works are not changed). */
export function toStoredWorks(file: ItemsFile<Work>, schemaVersion: number): StoredWorksFile {
  const provenances: WorkProvenance[] = [];
  const provenanceIndex = new Map<string, number>();
  const items: Record<string, Record<string, unknown>> = {};
  for (const [key, work] of Object.entries(file.items)) {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(work)) {
      if (name === 'citationKey') continue;
      if (name === 'csl') out.csl = storedCsl(work.csl, key);
      else if (name === 'provenance') {
        const text = JSON.stringify(value);
        let index = provenanceIndex.get(text);
        if (index === undefined) {
          index = provenances.push(value as WorkProvenance) - 1;
          provenanceIndex.set(text, index);
        }
        out.provenance = index;
      } else if (name === 'confidence') {
        if (value !== null) out.confidence = value;
      } else if ((DEFAULT_LISTS as readonly string[]).includes(name)) {
        if (!Array.isArray(value) || value.length > 0) out[name] = value;
      } else if (name === 'source' && value !== undefined) {
        out.source = storedSource(value as BibSource, work.csl);
      } else out[name] = value;
    }
    items[key] = out;
  }
  return { schemaVersion, kind: file.kind, provenances, items };
}

function storedCsl(csl: CslItem, key: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(csl)) {
    out[name] = (name === 'id' || name === 'citation-key') && value === key ? IS_KEY : value;
  }
  return out;
}

function storedSource(source: BibSource, csl: CslItem): Record<string, unknown> {
  const index = new Map<string, number>();
  Object.entries(csl).forEach(([, value], i) => {
    if (typeof value === 'string' && value.length >= SHORTEST_SHARED && !index.has(value)) {
      index.set(value, i);
    }
  });
  const fields: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(source.fields)) {
    fields[name] = index.get(value) ?? value;
  }
  return { ...source, fields };
}

/**
 * The in-memory works file of a stored (version 2) file, checking what every reader relies on.
 * Throws an Error naming the first problem. Works the parsed `raw` in place.
 */
export function fromStoredWorks(raw: unknown, schemaVersion: number): ItemsFile<Work> {
  if (!isObject(raw) || !isObject(raw.items) || !Array.isArray(raw.provenances)) {
    throw new Error('file: expected items and provenances');
  }
  const provenances = raw.provenances as unknown[];
  const items: Record<string, Work> = {};
  for (const [key, stored] of Object.entries(raw.items)) {
    if (!isObject(stored) || !isObject(stored.csl) || typeof stored.csl.type !== 'string') {
      throw new Error(`items.${key}.csl: expected a CSL-JSON item with a type`);
    }
    const csl = stored.csl as CslItem;
    if ((csl.id as unknown) === IS_KEY) csl.id = key;
    if (csl['citation-key'] === IS_KEY) csl['citation-key'] = key;
    const p = stored.provenance;
    const provenance = typeof p === 'number' ? provenances[p] : p;
    if (!isObject(provenance)) throw new Error(`items.${key}.provenance: missing`);
    const work: Work = {
      citationKey: key,
      csl,
      provenance: { ...(provenance as unknown as WorkProvenance) },
      confidence: (stored.confidence as Work['confidence'] | undefined) ?? null,
      citedAs: listOf(stored, 'citedAs', key),
      aliases: listOf(stored, 'aliases', key),
      tags: listOf(stored, 'tags', key),
    };
    for (const [name, value] of Object.entries(stored)) {
      if (name === 'csl' || name === 'provenance' || name === 'confidence') continue;
      if ((DEFAULT_LISTS as readonly string[]).includes(name)) continue;
      (work as unknown as Record<string, unknown>)[name] =
        name === 'source' ? sourceOf(value, csl, key) : value;
    }
    items[key] = work;
  }
  return { schemaVersion, kind: String(raw.kind), items };
}

function listOf(stored: Record<string, unknown>, name: string, key: string): string[] {
  const value = stored[name];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`items.${key}.${name}: expected a list`);
  return value as string[];
}

function sourceOf(value: unknown, csl: CslItem, key: string): BibSource {
  if (!isObject(value) || !isObject(value.fields)) {
    throw new Error(`items.${key}.source: expected .bib fields`);
  }
  const fields = value.fields;
  let names: string[] | null = null;
  for (const [name, field] of Object.entries(fields)) {
    if (typeof field !== 'number') continue;
    names ??= Object.keys(csl);
    const shared = csl[names[field] ?? ''];
    if (typeof shared !== 'string') {
      throw new Error(`items.${key}.source.fields.${name}: refers to no CSL text field`);
    }
    fields[name] = shared;
  }
  return value as unknown as BibSource;
}
