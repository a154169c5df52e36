/**
 * Keeps a work's stored .bib entry (`Work.source`) true to its record after a hand edit: the
 * fields the record holds are written anew from it, while the fields CSL cannot hold (JabRef's
 * `owner`, `groups`, `file`, custom fields) are kept as they were, or as the user set them.
 */
import type { BibSource, CslItem } from '../../bibliography/model';
import { cslToBibEntry } from './fromCsl';

/** The names of the .bib fields the record itself gives (those a CSL edit rewrites). */
function mappedFieldNames(csl: CslItem, key: string): Set<string> {
  return new Set(cslToBibEntry(csl, key, 'biblatex').fields.map(([name]) => name));
}

/**
 * The fields of `source` that its record does not give: what a .bib export could not rebuild
 * from the CSL record, and what the editor lists as "extra BibTeX fields".
 */
export function extraBibFields(
  source: BibSource,
  csl: CslItem,
  key: string,
): Record<string, string> {
  const mapped = mappedFieldNames(csl, key);
  // A source's own names for mapped fields (journal for journaltitle, year for date) count too.
  const aliases = new Set(['journal', 'year', 'month', 'address', 'school', 'institution']);
  return Object.fromEntries(
    Object.entries(source.fields).filter(([name]) => !mapped.has(name) && !aliases.has(name)),
  );
}

/**
 * The .bib entry for an edited record: written from `after` (BibLaTeX, which export downgrades
 * for BibTeX), plus the extra fields of `before`'s source with `extraChanges` applied (a value
 * sets a field, null removes it). Undefined when the work had no source and no extras are set.
 */
export function rebuildBibSource(
  before: { csl: CslItem; source?: BibSource },
  after: CslItem,
  key: string,
  extraChanges: Readonly<Record<string, string | null>> = {},
): BibSource | undefined {
  const extras = before.source ? extraBibFields(before.source, before.csl, key) : {};
  for (const [name, value] of Object.entries(extraChanges)) {
    if (value === null) delete extras[name.toLowerCase()];
    else extras[name.toLowerCase()] = value;
  }
  if (!before.source && Object.keys(extras).length === 0) return undefined;
  const entry = cslToBibEntry(after, key, 'biblatex');
  const fields: Record<string, string> = {};
  for (const [name, value] of entry.fields) fields[name] = value;
  for (const [name, value] of Object.entries(extras)) if (!(name in fields)) fields[name] = value;
  return { format: 'biblatex', entryType: entry.type, fields };
}
