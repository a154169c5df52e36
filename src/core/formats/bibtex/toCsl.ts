/**
 * Scanned .bib entries to CSL-JSON (citation-js's crossref inheritance and BibLaTeX mapping, the
 * latter as straight code in mapping.ts), one entry at a time so that one unreadable value never
 * costs the other entries.
 */
import type { BibSource, CslItem } from '../../bibliography/model';
import { inheritCrossref } from '../citationJs';
import type { ParsedEntry, ParseProblem } from '../types';
import { normaliseCslItem } from '../csl/normalise';
import { decodeField } from './decode';
import { expandPreambleCommands } from './preambleCommands';
import { clearFields, setField } from './mappedFields';
import { BIBTEX_TYPES } from './entryTypes';
import { correctMappedItem } from './cslCorrections';
import { biblatexToCsl, mapLoadedEntry } from './mapping';
import type { RawBibEntry, RawBibField } from './scan';

/** Fields that only BibLaTeX knows; one of them makes an entry BibLaTeX. */
const BIBLATEX_FIELDS = new Set([
  'date',
  'journaltitle',
  'location',
  'urldate',
  'eventdate',
  'origdate',
  'subtitle',
  'titleaddon',
  'maintitle',
  'mainsubtitle',
  'booksubtitle',
  'eprinttype',
  'eprintclass',
  'langid',
  'langidopts',
  'pagetotal',
  'related',
  'relatedtype',
  'ids',
  'xdata',
  'xref',
  'entryset',
  'shorthand',
  'sortname',
  'sorttitle',
  'indextitle',
  'origlanguage',
  'origlocation',
  'origpublisher',
  'editora',
  'editorb',
  'editorc',
  'translator',
  'afterword',
  'foreword',
  'introduction',
  'annotator',
  'commentator',
  'bookauthor',
  'execute',
]);

export interface DecodedEntry {
  type: string;
  label: string;
  properties: Record<string, unknown>;
  /** The keys of `properties` (its non-blank fields). */
  fieldNames: string[];
  /** True when the entry takes fields from another (crossref, xref). */
  inherits: boolean;
}

/** BibLaTeX when the type or any field is BibLaTeX-only, else BibTeX. */
export function bibDialect(type: string, fieldNames: Iterable<string>): BibSource['format'] {
  if (!BIBTEX_TYPES.has(type)) return 'biblatex';
  for (const name of fieldNames) if (BIBLATEX_FIELDS.has(name)) return 'biblatex';
  return 'bibtex';
}

/** Converts scanned entries to parsed entries; entries that cannot be mapped become problems. */
export function bibEntriesToCsl(raw: RawBibEntry[]): {
  entries: ParsedEntry[];
  errors: ParseProblem[];
} {
  // One pass: each entry is decoded and mapped at once, so its intermediate values die young;
  // only crossref targets are kept, and entries that inherit wait until every target is read.
  const targets = crossrefTargets(raw);
  const registry = Object.create(null) as Record<string, DecodedEntry>;
  const results = new Array<ParsedEntry | ParseProblem>(raw.length);
  const waiting: { i: number; d: DecodedEntry; warnings: string[] }[] = [];
  for (let i = 0; i < raw.length; i++) {
    const entry = raw[i]!;
    const warnings = entry.warnings.slice();
    const d = decodeEntry(entry, warnings);
    if (targets !== null && targets.has(d.label)) registry[d.label] = d;
    if (d.inherits) {
      waiting.push({ i, d, warnings });
    } else {
      results[i] = convertEntry(entry, d, registry, warnings);
    }
  }
  for (const { i, d, warnings } of waiting) {
    results[i] = convertEntry(raw[i]!, d, registry, warnings);
  }
  const entries: ParsedEntry[] = [];
  const errors: ParseProblem[] = [];
  for (const r of results) {
    if ('csl' in r) entries.push(r);
    else errors.push(r);
  }
  return { entries, errors };
}

/** A field's value with the file's @preamble commands replaced by what they print. */
function expanded(entry: RawBibEntry, value: string): string {
  return entry.commands ? expandPreambleCommands(value, entry.commands) : value;
}

/** An entry's fields decoded from LaTeX; problems that did not stop it go to `warnings`. */
export function decodeEntry(entry: RawBibEntry, warnings: string[]): DecodedEntry {
  const properties: Record<string, unknown> = {};
  const fieldNames: string[] = [];
  const languages = languagesOf(entry.fields);
  let inherits = false;
  for (const { name, value } of entry.fields) {
    if (isBlank(value)) continue;
    properties[name] = decodeField(name, expanded(entry, value), languages, warnings);
    fieldNames.push(name);
    if (name === 'crossref' || name === 'xref') inherits = true;
  }
  return { type: entry.type, label: entry.key, properties, fieldNames, inherits };
}

/** A decoded entry as a parsed entry (crossref parents looked up in `registry`), or a problem. */
export function convertEntry(
  entry: RawBibEntry,
  d: DecodedEntry,
  registry: Record<string, DecodedEntry>,
  warnings: string[],
): ParsedEntry | ParseProblem {
  try {
    const source = sourceOf(entry);
    const csl = toCslItem(d, registry, entry.type, source);
    return { key: entry.key, line: entry.line, csl, source, warnings };
  } catch (error) {
    return problem(entry, error);
  }
}

function problem(entry: RawBibEntry, error: unknown): ParseProblem {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    line: entry.line,
    key: entry.key,
    message: `line ${entry.line}: entry \`${entry.key}\`: cannot be read (${reason})`,
  };
}

/**
 * The keys entries inherit from through crossref, as citation-js's crossref function looks them
 * up (the decoded value); null when no entry has one. Only these entries are kept for lookups.
 */
function crossrefTargets(raw: readonly RawBibEntry[]): Set<unknown> | null {
  let targets: Set<unknown> | null = null;
  for (const entry of raw) {
    for (const f of entry.fields) {
      if (f.name !== 'crossref' || isBlank(f.value)) continue;
      targets ??= new Set();
      targets.add(decodeField('crossref', f.value, languagesOf(entry.fields), []));
    }
  }
  return targets;
}

const NO_LANGUAGES: string[] = [];

function languagesOf(fields: readonly RawBibField[]): string[] {
  for (const f of fields) {
    if (f.name === 'language' || f.name === 'langid') return f.value.split(/\s+and\s+/);
  }
  return NO_LANGUAGES;
}

/** True for an empty or all-blank value (String.trim's notion of blank). */
function isBlank(value: string): boolean {
  if (value === '') return true;
  const c = value.charCodeAt(0);
  return c <= 32 || c === 160 || c >= 0x1680 ? value.trim() === '' : false;
}

function sourceOf(entry: RawBibEntry): BibSource {
  const fields: Record<string, string> = {};
  let format: BibSource['format'] = BIBTEX_TYPES.has(entry.type) ? 'bibtex' : 'biblatex';
  for (const f of entry.fields) {
    fields[f.name] = f.value;
    if (BIBLATEX_FIELDS.has(f.name)) format = 'biblatex';
  }
  return { format, entryType: entry.type, fields };
}

const NAME_FIELDS = ['author', 'editor', 'translator', 'container-author', 'collection-editor'];

function toCslItem(
  d: DecodedEntry,
  registry: Record<string, DecodedEntry>,
  type: string,
  source: BibSource,
): CslItem {
  const inherited = d.inherits;
  const properties = inherited ? inheritCrossref(d.type, d.properties, registry) : d.properties;
  const item = biblatexToCsl(
    properties,
    inherited ? Object.keys(properties) : d.fieldNames,
    d.type,
    d.label,
  );
  correctMappedItem(item, type, source.fields.options, source.format, source.fields.entryset);
  return finishItem(item, d.label);
}

/**
 * Decodes and maps an entry that inherits nothing in one go: its decoded values go straight to
 * the mapping (mappedFields.ts), with no object of its fields. Gives what decodeEntry + convertEntry
 * give for such an entry.
 */
export function convertPlainEntry(
  entry: RawBibEntry,
  warnings: string[],
): ParsedEntry | ParseProblem {
  clearFields();
  const languages = languagesOf(entry.fields);
  for (const { name, value } of entry.fields) {
    if (!isBlank(value))
      setField(name, decodeField(name, expanded(entry, value), languages, warnings));
  }
  try {
    const source = sourceOf(entry);
    const item = mapLoadedEntry(entry.type, entry.key);
    correctMappedItem(
      item,
      entry.type,
      source.fields.options,
      source.format,
      source.fields.entryset,
    );
    const csl = finishItem(item, entry.key);
    return { key: entry.key, line: entry.line, csl, source, warnings };
  } catch (error) {
    return problem(entry, error);
  }
}

/** Scholion's touches on a mapped item: key and type, institutions as literals, valid CSL. */
function finishItem(item: Record<string, unknown>, label: string): CslItem {
  const type = typeof item.type === 'string' && item.type ? item.type : 'document';
  item.id = label;
  item.type = type;
  item['citation-key'] = label;
  for (const field of NAME_FIELDS) {
    const names = item[field];
    if (Array.isArray(names)) {
      for (let i = 0; i < names.length; i++) names[i] = institutionAsLiteral(names[i]);
    }
  }
  return normaliseCslItem(item);
}

/**
 * A name BibTeX was told not to split ({European Commission}) arrives as a family name alone;
 * CSL calls such a name a literal, which styles never abbreviate or invert.
 */
function institutionAsLiteral(name: unknown): unknown {
  if (typeof name !== 'object' || name === null) return name;
  const n = name as Record<string, unknown>;
  let keys = 0;
  for (const _ in n) keys += 1;
  return keys === 1 && typeof n.family === 'string' && /\s/.test(n.family)
    ? { literal: n.family }
    : name;
}
