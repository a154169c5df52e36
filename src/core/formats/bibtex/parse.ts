/**
 * .bib text (BibTeX or BibLaTeX) to parsed entries and per-entry problems. Entries are converted
 * as the scanner reads them, so that a 10,000-entry file's intermediate values die young instead
 * of piling up for the garbage collector to copy; only crossref parents are kept for the
 * entries that inherit from them, which wait until the whole file is read.
 */
import type { ParsedEntry, ParseProblem, ParseResult } from '../types';
import { scanBib } from './scan';
import {
  bibEntriesToCsl,
  convertEntry,
  convertPlainEntry,
  decodeEntry,
  type DecodedEntry,
} from './toCsl';
import type { RawBibEntry } from './scan';

/** Parses a .bib file: every readable entry, and each unreadable one reported by line and key. */
export function parseBib(text: string): ParseResult {
  const streamed = parseStreaming(text);
  if (streamed) return streamed;
  const scan = scanBib(text);
  const { entries, errors } = bibEntriesToCsl(scan.entries);
  return result(entries, [...scan.errors, ...errors]);
}

function result(entries: ParsedEntry[], errors: ParseProblem[]): ParseResult {
  return { format: 'bibtex', entries, errors: errors.sort((a, b) => a.line - b.line) };
}

interface Waiting {
  slot: number;
  raw: RawBibEntry;
  d: DecodedEntry;
  warnings: string[];
}

/**
 * The one-pass parse; null when a child names a crossref parent that came before it in the file,
 * and the two-pass parse must run instead. BibTeX itself requires a crossref parent to come after
 * its children, so parents are learnt from the children as they are read (the decoded crossref
 * value, as the lookup uses it) and kept when they come. (A look for crossref values over the
 * whole text first, two more passes over it, missed a crossref spelled "CrossRef" or written as a
 * macro, which then took the two-pass parse; the files measured all put parents after.)
 */
function parseStreaming(text: string): ParseResult | null {
  const parents = new Set<string>();
  const seen = new Set<string>();
  const registry = Object.create(null) as Record<string, DecodedEntry>;
  const results: (ParsedEntry | ParseProblem | null)[] = [];
  const waiting: Waiting[] = [];
  const scan = scanBib(text, (raw) => {
    seen.add(raw.key);
    // The scanner keeps nothing of a streamed entry, so its warnings list is ours to extend.
    const warnings = raw.warnings;
    const isParent = parents.has(raw.key);
    if (!isParent && !inheritsFields(raw)) {
      results.push(convertPlainEntry(raw, warnings));
      return;
    }
    const d = decodeEntry(raw, warnings);
    if (isParent) registry[d.label] = d;
    const parent = d.properties.crossref;
    if (parent !== undefined) parents.add(String(parent));
    if (d.inherits) {
      waiting.push({ slot: results.length, raw, d, warnings });
      results.push(null);
    } else {
      results.push(convertEntry(raw, d, registry, warnings));
    }
  });
  for (const w of waiting) {
    const parent = w.d.properties.crossref;
    if (parent === undefined) continue;
    const key = String(parent);
    // Read before any child named it, so not kept: only the two-pass parse has it.
    if (seen.has(key) && registry[key] === undefined) return null;
  }
  for (const w of waiting) results[w.slot] = convertEntry(w.raw, w.d, registry, w.warnings);
  const entries: ParsedEntry[] = [];
  const errors: ParseProblem[] = [...scan.errors];
  for (const r of results) {
    if (r === null) continue;
    if ('csl' in r) entries.push(r);
    else errors.push(r);
  }
  return result(entries, errors);
}

/** True when the entry has a non-blank crossref or xref (as decodeEntry's `inherits`). */
function inheritsFields(raw: RawBibEntry): boolean {
  for (const f of raw.fields) {
    if ((f.name === 'crossref' || f.name === 'xref') && f.value.trim() !== '') return true;
  }
  return false;
}
