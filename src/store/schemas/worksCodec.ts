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

/**
 * The stored form of `file`'s items (the in-memory works are not changed). Written with plain
 * loops and no per-work maps: a 10,000-work import encodes every work once, on the write path.
 */
export function toStoredWorks(file: ItemsFile<Work>, schemaVersion: number): StoredWorksFile {
  const provenances = new ProvenanceTable();
  const items: Record<string, Record<string, unknown>> = {};
  for (const key in file.items) {
    if (!Object.hasOwn(file.items, key)) continue;
    const work = file.items[key] as Work & Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const name in work) {
      if (!Object.hasOwn(work, name)) continue;
      const value = work[name];
      switch (name) {
        case 'citationKey':
          break;
        case 'csl':
          out.csl = storedCsl(work.csl, key);
          break;
        case 'provenance':
          out.provenance = provenances.indexOf(value as WorkProvenance);
          break;
        case 'confidence':
          if (value !== null) out.confidence = value;
          break;
        case 'citedAs':
        case 'aliases':
        case 'tags':
          if (!Array.isArray(value) || value.length > 0) out[name] = value;
          break;
        case 'source':
          if (value !== undefined) out.source = storedSource(value as BibSource, work.csl);
          break;
        default:
          out[name] = value;
      }
    }
    items[key] = out;
  }
  return { schemaVersion, kind: file.kind, provenances: provenances.list, items };
}

/** Each distinct provenance once, by index (the works of one import share theirs). */
class ProvenanceTable {
  readonly list: WorkProvenance[] = [];
  private readonly byText = new Map<string, number>();
  private last: { value: WorkProvenance; index: number } | null = null;

  indexOf(value: WorkProvenance): number {
    // Consecutive works mostly share a provenance: compared field by field before any JSON.
    if (this.last && sameFlat(this.last.value, value)) return this.last.index;
    const text = JSON.stringify(value);
    let index = this.byText.get(text);
    if (index === undefined) {
      index = this.list.push(value) - 1;
      this.byText.set(text, index);
    }
    this.last = { value, index };
    return index;
  }
}

/** True when two objects have the same keys in the same order with identical primitive values. */
function sameFlat(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  const others = Object.keys(y);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k !== others[i] || typeof x[k] === 'object' || x[k] !== y[k]) return false;
  }
  return true;
}

function storedCsl(csl: CslItem, key: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name in csl) {
    if (!Object.hasOwn(csl, name)) continue;
    const value = csl[name];
    out[name] = (name === 'id' || name === 'citation-key') && value === key ? IS_KEY : value;
  }
  return out;
}

function storedSource(source: BibSource, csl: CslItem): Record<string, unknown> {
  // The CSL item's values in order, looked through for each source value (a few dozen string
  // comparisons, most cut short by length: cheaper than a map per work).
  const values = Object.values(csl);
  const fields: Record<string, string | number> = {};
  for (const name in source.fields) {
    if (!Object.hasOwn(source.fields, name)) continue;
    const value = source.fields[name]!;
    fields[name] = value.length >= SHORTEST_SHARED ? values.indexOf(value) : -1;
    if (fields[name] === -1) fields[name] = value;
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
