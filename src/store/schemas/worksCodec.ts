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
 * Version 3 leaves out, besides:
 * - the provenance when it is the file's first (index 0, the one most works share);
 * - a .bib field that a rule spells exactly from the CSL item (bibFieldRules.ts: pages, year,
 *   date, author, editor, keywords), written as the rule's negative number;
 * - the source's envelope: `bib: [entryType, fields]` (and 'biblatex' third when it is that)
 *   instead of `source: { format, entryType, fields }`.
 * Decoding gives back exactly the work that was encoded (tested, including field order).
 */
import type { BibSource, CslItem, Work, WorkProvenance } from '../../core/bibliography/model';
import { ruleCodeFor, valueOfRule } from './bibFieldRules';
import type { ItemsFile } from './itemsFile';

/** A works file as written to disk (version 2 or 3). */
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
/** The first version that writes the forms of version 3 (see the header). */
const LEANER = 3;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The stored form of `file`'s items (the in-memory works are not changed). Written with plain
 * loops and no per-work maps: a 10,000-work import encodes every work once, on the write path.
 */
export function toStoredWorks(file: ItemsFile<Work>, schemaVersion: number): StoredWorksFile {
  const leaner = schemaVersion >= LEANER;
  const provenances = new ProvenanceTable();
  const items: Record<string, Record<string, unknown>> = {};
  for (const key in file.items) {
    if (!Object.hasOwn(file.items, key)) continue;
    items[key] = storedWork(
      file.items[key]!,
      key,
      provenanceIndex(file.items[key]!, provenances),
      leaner,
    );
  }
  return { schemaVersion, kind: file.kind, provenances: provenances.list, items };
}

/**
 * Writes `JSON.stringify(toStoredWorks(file, schemaVersion))` to `write`, in pieces: each work's
 * stored form is made and stringified in turn, and no stored file is built (on the write path of
 * a 10,000-work import, the stored records of a whole shard and the walk over them cost time and
 * garbage for nothing).
 */
export function writeStoredWorks(
  file: ItemsFile<Work>,
  schemaVersion: number,
  write: (text: string) => void,
): void {
  const leaner = schemaVersion >= LEANER;
  const provenances = new ProvenanceTable();
  // The provenances come first in the file: their indices are found in a first pass.
  const indices: number[] = [];
  for (const key in file.items) {
    if (!Object.hasOwn(file.items, key)) continue;
    indices.push(provenanceIndex(file.items[key]!, provenances));
  }
  const head = { schemaVersion, kind: file.kind, provenances: provenances.list };
  const text = JSON.stringify(head);
  write(`${text.slice(0, -1)},"items":{`);
  let i = 0;
  for (const key in file.items) {
    if (!Object.hasOwn(file.items, key)) continue;
    const stored = storedWork(file.items[key]!, key, indices[i]!, leaner);
    write(`${i++ === 0 ? '' : ','}${JSON.stringify(key)}:`);
    write(JSON.stringify(stored));
  }
  write('}}');
}

/** The index of the work's provenance in `table` (-1 for a work without one: none is written). */
function provenanceIndex(work: Work, table: ProvenanceTable): number {
  return Object.hasOwn(work, 'provenance') ? table.indexOf(work.provenance) : -1;
}

/** One work's stored form; `provenance` is the index of its provenance in the file's table. */
function storedWork(
  work: Work,
  key: string,
  provenance: number,
  leaner: boolean,
): Record<string, unknown> {
  const fields = work as Work & Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const name in fields) {
    if (!Object.hasOwn(fields, name)) continue;
    const value = fields[name];
    switch (name) {
      case 'citationKey':
        break;
      case 'csl':
        out.csl = storedCsl(work.csl, key);
        break;
      case 'provenance':
        if (provenance !== 0 || !leaner) out.provenance = provenance;
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
        if (value === undefined) break;
        if (leaner && isPlainSource(value)) out.bib = compactSource(value, work.csl);
        else out.source = storedSource(value as BibSource, work.csl, leaner);
        break;
      default:
        out[name] = value;
    }
  }
  return out;
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
  // A copy by spread (V8 copies the item's layout whole), then the key's two fields replaced
  // in place, so they keep their position.
  const out: Record<string, unknown> = { ...csl };
  if (out.id === key) out.id = IS_KEY;
  if (out['citation-key'] === key) out['citation-key'] = IS_KEY;
  return out;
}

function storedSource(source: BibSource, csl: CslItem, leaner: boolean): Record<string, unknown> {
  return { ...source, fields: storedFields(source.fields, csl, leaner) };
}

/** True for a source of exactly the three fields of BibSource, in their order (written compact). */
function isPlainSource(value: unknown): value is BibSource {
  let i = 0;
  for (const name in value as object) {
    if (name !== SOURCE_KEYS[i++]) return false;
  }
  const { format, entryType } = value as BibSource;
  return i === 3 && typeof entryType === 'string' && (format === 'bibtex' || format === 'biblatex');
}

const SOURCE_KEYS = ['format', 'entryType', 'fields'];

function compactSource(source: BibSource, csl: CslItem): unknown[] {
  const fields = storedFields(source.fields, csl, true);
  return source.format === 'bibtex'
    ? [source.entryType, fields]
    : [source.entryType, fields, source.format];
}

function storedFields(
  sourceFields: Record<string, string>,
  csl: CslItem,
  leaner: boolean,
): Record<string, string | number> {
  // The CSL item's values in order, looked through for each source value (a few dozen string
  // comparisons, most cut short by length: cheaper than a map per work).
  const values = Object.values(csl);
  // A copy by spread, each value then replaced in place where it is stored as a reference.
  const fields: Record<string, string | number> = { ...sourceFields };
  for (const name in fields) {
    const value = sourceFields[name]!;
    let stored: string | number = value.length >= SHORTEST_SHARED ? values.indexOf(value) : -1;
    if (stored === -1) stored = (leaner ? ruleCodeFor(name, value, csl) : null) ?? value;
    if (stored !== value) fields[name] = stored;
  }
  return fields;
}

/**
 * The in-memory works file of a stored file (the version 3 form, or the version 2 form it
 * extends), checking what every reader relies on. Throws an Error naming the first problem.
 * Works the parsed `raw` in place.
 */
export function fromStoredWorks(raw: unknown): ItemsFile<Work> {
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
    const p = stored.provenance ?? 0;
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
      if (name === 'bib') work.source = compactSourceOf(value, csl, key);
      else if (name === 'source') work.source = sourceOf(value, csl, key);
      else (work as unknown as Record<string, unknown>)[name] = value;
    }
    items[key] = work;
  }
  return { schemaVersion: Number(raw.schemaVersion), kind: String(raw.kind), items };
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
  fieldsOf(value.fields, csl, `items.${key}.source`);
  return value as unknown as BibSource;
}

function compactSourceOf(value: unknown, csl: CslItem, key: string): BibSource {
  if (!Array.isArray(value) || typeof value[0] !== 'string' || !isObject(value[1])) {
    throw new Error(`items.${key}.bib: expected [entry type, .bib fields]`);
  }
  const format = value[2] ?? 'bibtex';
  if (format !== 'bibtex' && format !== 'biblatex') {
    throw new Error(`items.${key}.bib: unknown .bib format ${JSON.stringify(format)}`);
  }
  const fields = fieldsOf(value[1], csl, `items.${key}.bib`);
  return { format, entryType: value[0], fields };
}

/** The stored fields with every reference to the CSL item replaced by its text, in place. */
function fieldsOf(
  fields: Record<string, unknown>,
  csl: CslItem,
  where: string,
): Record<string, string> {
  let names: string[] | null = null;
  for (const name in fields) {
    const field = fields[name];
    if (typeof field !== 'number') continue;
    let text: unknown;
    if (field >= 0) {
      names ??= Object.keys(csl);
      text = csl[names[field] ?? ''];
    } else text = valueOfRule(field, csl);
    if (typeof text !== 'string') {
      throw new Error(`${where}.fields.${name}: refers to no CSL text field`);
    }
    fields[name] = text;
  }
  return fields as Record<string, string>;
}
