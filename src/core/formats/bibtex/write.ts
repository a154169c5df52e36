/**
 * Writes works as a .bib file: keys exactly as stored, entries sorted by key with crossref
 * targets after the entries that use them (as BibTeX requires), fields in a fixed order, so that
 * exporting twice gives identical bytes. Works imported from .bib are written from their source.
 */
import type { Work } from '../../bibliography/model';
import { downgradeToBibtex } from './downgrade';
import { VERBATIM, cslToBibEntry, monthMacro, type BibDialect, type BibEntryOut } from './fromCsl';
import { escapeLatex, toAsciiLatex } from './latex';
import type { ExportOptions, ListItemNote } from '../export';

/**
 * Writes `works` as BibTeX (ASCII, LaTeX accents) or BibLaTeX (UTF-8): sorted by key, or in the
 * given order with `keepOrder`; `itemNotes` adds a reading list's status and comment.
 */
export function writeBib(
  works: readonly Work[],
  dialect: BibDialect,
  opts: ExportOptions = {},
): string {
  const entries = orderForBibtex(
    works.map((w) =>
      withItemNote(withAliases(toEntry(w, dialect), w, dialect), opts.itemNotes, dialect),
    ),
    opts.keepOrder ?? false,
  );
  const header =
    dialect === 'biblatex'
      ? '% Encoding: UTF-8 (BibLaTeX, for biber)\n'
      : '% BibTeX (ASCII; accents as LaTeX commands)\n';
  return header + entries.map(formatEntry).join('');
}

/**
 * A BibLaTeX entry names the other keys of its work in `ids` (biber resolves a citation of any
 * of them), so a manuscript that cites a key merged away still finds the work. BibTeX has no
 * such field.
 */
function withAliases(entry: BibEntryOut, work: Work, dialect: BibDialect): BibEntryOut {
  if (dialect !== 'biblatex' || work.aliases.length === 0) return entry;
  if (entry.fields.some(([name]) => name === 'ids')) return entry;
  return { ...entry, fields: [...entry.fields, ['ids', work.aliases.join(',')]] };
}

function toEntry(work: Work, dialect: BibDialect): BibEntryOut {
  const { source } = work;
  if (!source) return cslToBibEntry(work.csl, work.citationKey, dialect);
  const fields = Object.entries(source.fields);
  if (dialect === 'biblatex') return { type: source.entryType, key: work.citationKey, fields };
  const down =
    source.format === 'bibtex'
      ? { type: source.entryType, fields }
      : downgradeToBibtex(source.entryType, fields);
  return {
    type: down.type,
    key: work.citationKey,
    // Verbatim fields (url, file, doi, eprint) are read byte for byte: `{\"a}` would break them.
    fields: down.fields.map(([name, value]) => [
      name,
      VERBATIM.has(name) ? value : toAsciiLatex(value),
    ]),
  };
}

/**
 * Sorted by key, except that an entry others crossref comes after all of them (BibTeX only
 * inherits from entries further down the file): entries sort by their depth in crossref chains.
 */
function orderForBibtex(entries: BibEntryOut[], keepOrder: boolean): BibEntryOut[] {
  const keys = new Set(entries.map((e) => e.key));
  const parentOf = new Map<string, string>();
  for (const e of entries) {
    const target = e.fields.find(([name]) => name === 'crossref')?.[1].trim();
    if (target !== undefined && keys.has(target) && target !== e.key) parentOf.set(e.key, target);
  }
  const level = new Map<string, number>();
  // Bounded so that a crossref cycle cannot loop forever.
  for (let round = 0, changed = true; changed && round <= entries.length; round++) {
    changed = false;
    for (const [child, parent] of parentOf) {
      const want = (level.get(child) ?? 0) + 1;
      if ((level.get(parent) ?? 0) < want) {
        level.set(parent, want);
        changed = true;
      }
    }
  }
  return [...entries].sort(
    (a, b) =>
      (level.get(a.key) ?? 0) - (level.get(b.key) ?? 0) ||
      (keepOrder ? 0 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/**
 * The entry with a reading list's status and comment in JabRef's `readstatus` and `comment`
 * fields (which bibtex and biber ignore), unless the entry already has such a field.
 */
function withItemNote(
  entry: BibEntryOut,
  notes: ReadonlyMap<string, ListItemNote> | undefined,
  dialect: BibDialect,
): BibEntryOut {
  const note = notes?.get(entry.key);
  if (!note) return entry;
  const fields = [...entry.fields];
  const add = (name: string, text: string): void => {
    if (text && !fields.some(([n]) => n === name)) {
      fields.push([name, escapeLatex(text, dialect === 'bibtex')]);
    }
  };
  add('readstatus', note.status);
  add('comment', note.comment);
  return { ...entry, fields };
}

function formatEntry(entry: BibEntryOut): string {
  let out = `\n@${entry.type}{${entry.key},\n`;
  if (entry.fields.length === 0) return `${out}\n}\n`;
  for (const [name, value] of entry.fields)
    out += `  ${name} = ${formatFieldValue(name, value)},\n`;
  return `${out}}\n`;
}

function formatFieldValue(name: string, value: string): string {
  if (name === 'month') {
    const macro = monthMacro(value.trim()) ?? (/^[a-z]{3}$/.test(value) ? value : null);
    if (macro) return macro;
  }
  return `{${balanceBraces(value)}}`;
}

/** A value must have balanced braces to be written in braces; escape any stray one. */
function balanceBraces(value: string): string {
  if (value.indexOf('{') === -1 && value.indexOf('}') === -1) return value;
  let depth = 0;
  let ok = true;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') i += 1;
    else if (c === '{') depth += 1;
    else if (c === '}' && --depth < 0) ok = false;
  }
  if (ok && depth === 0) return value;
  return value.replace(/(^|[^\\])([{}])/g, '$1\\$2');
}
