/**
 * Scanned .bib entries to CSL-JSON through citation-js's own BibLaTeX mapping (crossref included),
 * one entry at a time so that one unreadable value never costs the other entries.
 */
import type { BibSource, CslItem } from '../../bibliography/model';
import { BIB_LABEL, BIB_TYPE, biblatexMapping, inheritCrossref } from '../citationJs';
import type { ParsedEntry, ParseProblem } from '../types';
import { normaliseCslItem } from '../csl/normalise';
import { decodeField } from './decode';
import type { RawBibEntry } from './scan';

/** Entry types of classic BibTeX; any other type makes an entry BibLaTeX. */
const BIBTEX_TYPES = new Set([
  'article',
  'book',
  'booklet',
  'conference',
  'inbook',
  'incollection',
  'inproceedings',
  'manual',
  'mastersthesis',
  'misc',
  'phdthesis',
  'proceedings',
  'techreport',
  'unpublished',
]);

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

interface DecodedEntry {
  type: string;
  label: string;
  properties: Record<string, unknown>;
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
  const decoded: DecodedEntry[] = [];
  const registry: Record<string, DecodedEntry> = Object.create(null) as Record<
    string,
    DecodedEntry
  >;
  const warnings: string[][] = [];
  for (const entry of raw) {
    const w = [...entry.warnings];
    const properties: Record<string, unknown> = {};
    const language = entry.fields.find((f) => f.name === 'language' || f.name === 'langid');
    const languages = language ? language.value.split(/\s+and\s+/) : [];
    for (const { name, value } of entry.fields) {
      if (value.trim() === '') continue;
      const result = decodeField(name, value, languages);
      if (result.warning) w.push(result.warning);
      properties[name] = result.value;
    }
    const d = { type: entry.type, label: entry.key, properties };
    decoded.push(d);
    registry[entry.key] = d;
    warnings.push(w);
  }

  const entries: ParsedEntry[] = [];
  const errors: ParseProblem[] = [];
  raw.forEach((entry, i) => {
    const d = decoded[i]!;
    try {
      const csl = toCslItem(d, registry);
      entries.push({
        key: entry.key,
        line: entry.line,
        csl,
        source: sourceOf(entry),
        warnings: warnings[i]!,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      errors.push({
        line: entry.line,
        key: entry.key,
        message: `line ${entry.line}: entry \`${entry.key}\`: cannot be read (${reason})`,
      });
    }
  });
  return { entries, errors };
}

function sourceOf(entry: RawBibEntry): BibSource {
  const fields: Record<string, string> = {};
  for (const f of entry.fields) fields[f.name] = f.value;
  return { format: bibDialect(entry.type, Object.keys(fields)), entryType: entry.type, fields };
}

function toCslItem(d: DecodedEntry, registry: Record<string, DecodedEntry>): CslItem {
  const inherited = d.properties.crossref !== undefined || d.properties.xref !== undefined;
  const properties = inherited ? inheritCrossref(d.type, d.properties, registry) : d.properties;
  // `properties` is this entry's own object (crossref inheritance returns a fresh one), so the
  // mapping's type and label keys go straight in; they override any a parent passed down.
  properties[BIB_TYPE] = d.type;
  properties[BIB_LABEL] = d.label;
  const item = biblatexMapping.convertToTarget(properties);
  const type = typeof item.type === 'string' && item.type ? item.type : 'document';
  item.id = d.label;
  item.type = type;
  item['citation-key'] = d.label;
  for (const field of ['author', 'editor', 'translator', 'container-author', 'collection-editor']) {
    const names = item[field];
    if (Array.isArray(names)) item[field] = names.map(institutionAsLiteral);
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
  const keys = Object.keys(n);
  return keys.length === 1 && typeof n.family === 'string' && /\s/.test(n.family)
    ? { literal: n.family }
    : name;
}
