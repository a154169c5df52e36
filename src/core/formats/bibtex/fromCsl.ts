/**
 * A CSL-JSON item to .bib fields through citation-js's mapping, with Scholion's own value writing:
 * corporate authors braced, acronyms and names in titles case-protected, special characters
 * escaped, and (for classic BibTeX) non-ASCII as LaTeX accents.
 */
import type { CslItem, CslName } from '../../bibliography/model';
import { BIB_LABEL, BIB_TYPE, bibFieldTypes, biblatexMapping, bibtexMapping } from '../citationJs';
import { escapeLatex, richTextToLatex } from './latex';
import { protectTitleCase, isSentenceCase } from './titleCase';

export type BibDialect = 'bibtex' | 'biblatex';

/** An entry ready to write: type, and fields as LaTeX in output order. */
export interface BibEntryOut {
  type: string;
  key: string;
  fields: [string, string][];
}

/** The field order Scholion writes for works that did not come from a .bib file. */
const FIELD_ORDER = [
  'author',
  'editor',
  'translator',
  'bookauthor',
  'title',
  'subtitle',
  'titleaddon',
  'booktitle',
  'maintitle',
  'journal',
  'journaltitle',
  'eventtitle',
  'edition',
  'volume',
  'number',
  'series',
  'chapter',
  'pages',
  'pagetotal',
  'type',
  'entrysubtype',
  'institution',
  'school',
  'organization',
  'publisher',
  'address',
  'location',
  'venue',
  'year',
  'month',
  'date',
  'eventdate',
  'origdate',
  'doi',
  'isbn',
  'issn',
  'url',
  'urldate',
  'language',
  'langid',
  'abstract',
  'keywords',
  'note',
  'addendum',
];
const RANK = new Map(FIELD_ORDER.map((f, i) => [f, i]));

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Fields written unescaped (biber and url.sty read them verbatim). */
export const VERBATIM: ReadonlySet<string> = new Set([
  'url',
  'doi',
  'eprint',
  'file',
  'verba',
  'verbb',
  'verbc',
]);

/** Converts one CSL item to a .bib entry of the dialect; `key` is written as given. */
export function cslToBibEntry(csl: CslItem, key: string, dialect: BibDialect): BibEntryOut {
  const mapping = dialect === 'biblatex' ? biblatexMapping : bibtexMapping;
  const mapped = mapping.convertToSource(csl as Record<string, unknown>);
  let type = String(mapped[BIB_TYPE] ?? 'misc');
  // citation-js maps every CSL chapter to @inbook (a part of one author's book); a chapter in an
  // edited volume is an @incollection in both dialects.
  if (csl.type === 'chapter' && type === 'inbook' && csl['container-title']) type = 'incollection';
  // An edited volume (editors, no author) is a BibLaTeX @collection; @book needs an author.
  if (dialect === 'biblatex' && type === 'book' && !csl.author?.length && csl.editor?.length) {
    type = 'collection';
  }
  const ascii = dialect === 'bibtex';
  const fields: [string, string][] = [];
  // Classic BibTeX has no url field, so citation-js also puts the URL in howpublished; only
  // @misc prints that, so elsewhere it would be a noisy duplicate.
  fillRequiredFields(type, mapped, csl);
  const urlOnly = mapped.url !== undefined && mapped.howpublished === mapped.url;
  for (const [name, value] of Object.entries(mapped)) {
    if (name === BIB_TYPE || name === BIB_LABEL || value === undefined || value === null) continue;
    if (name === 'howpublished' && urlOnly) {
      if (type === 'misc') fields.push([name, `\\url{${formatValue('url', value, ascii)}}`]);
      continue;
    }
    const latex = formatValue(name, value, ascii);
    if (latex !== '') fields.push([name, latex]);
  }
  fields.sort(
    ([a], [b]) => (RANK.get(a) ?? 999) - (RANK.get(b) ?? 999) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return { type, key, fields };
}

/**
 * Fields BibTeX and biber require that citation-js leaves empty though CSL has the fact: a
 * report's issuing body is its CSL publisher; a conference paper without proceedings is known by
 * its event.
 */
function fillRequiredFields(type: string, mapped: Record<string, unknown>, csl: CslItem): void {
  if ((type === 'techreport' || type === 'report') && mapped.institution === undefined) {
    // A report's issuing body: its publisher, else the corporate author that wrote it.
    const body = csl.publisher ?? csl.author?.find((n) => n.literal)?.literal;
    if (body) mapped.institution = body;
    delete mapped.publisher;
  }
  // BibLaTeX's @report needs a type; the CSL genre says it best, else plain "report".
  if (type === 'report' && mapped.type === undefined) mapped.type = 'report';
  if (type === 'inproceedings' && mapped.booktitle === undefined) {
    const event = csl['event-title'] ?? csl.event;
    if (typeof event === 'string' && event) mapped.booktitle = event;
  }
}

function formatValue(name: string, value: unknown, ascii: boolean): string {
  if (name === 'month') return monthMacro(value) ?? escapeLatex(String(value), ascii);
  if (VERBATIM.has(name)) return String(value).replace(/[{}]/g, '');
  const fieldType = bibFieldTypes[name];
  const valueType = fieldType?.[1];
  if (valueType === 'name') return formatNames(value as CslName[], ascii);
  const title = valueType === 'title' || name === 'title' || name === 'booktitle';
  if (!Array.isArray(value)) return valueText(value, ascii, title);
  const parts: string[] = [];
  for (const v of value) parts.push(valueText(v, ascii, title));
  return parts.join(fieldType?.[0] === 'separated' ? ', ' : ' and ');
}

function valueText(v: unknown, ascii: boolean, title: boolean): string {
  const s = String(v);
  if (!title) return richTextToLatex(s, ascii);
  return richTextToLatex(s, ascii, isSentenceCase(s) ? protectSentenceCase : protectTitle);
}

const protectSentenceCase = (run: string, atStart: boolean): string =>
  protectTitleCase(run, atStart, true);
const protectTitle = (run: string, atStart: boolean): string =>
  protectTitleCase(run, atStart, false);

function formatNames(names: readonly CslName[], ascii: boolean): string {
  let out = '';
  for (let i = 0; i < names.length; i++) {
    if (i > 0) out += ' and ';
    out += formatName(names[i]!, ascii);
  }
  return out;
}

/** A month number as BibTeX's predefined macro name (the writer puts it bare); else null. */
export function monthMacro(value: unknown): string | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 12 ? MONTHS[n - 1]! : null;
}

/**
 * A person as "von Last, Jr, First"; an institution (literal, or family alone) in braces so that
 * BibTeX never reads "European Commission" as a person called Commission.
 */
export function formatName(name: CslName, ascii: boolean): string {
  if (name.literal !== undefined) return `{${namePart(name.literal, ascii)}}`;
  const family = namePart(name.family, ascii);
  const given = namePart(name.given, ascii);
  if (!given && !name.suffix && !name['non-dropping-particle']) return `{${family}}`;
  const particle = namePart(name['non-dropping-particle'], ascii);
  const last = `${particle ? `${particle} ` : ''}${guardName(family)}`;
  const suffix = namePart(name.suffix, ascii);
  const dropping = namePart(name['dropping-particle'], ascii);
  const guarded = guardName(given);
  const first = dropping && guarded ? `${dropping} ${guarded}` : dropping || guarded;
  let out = last;
  if (suffix) out = out ? `${out}, ${suffix}` : suffix;
  if (first) out = out ? `${out}, ${first}` : first;
  return out;
}

function namePart(s: string | undefined, ascii: boolean): string {
  return s ? richTextToLatex(s, ascii) : '';
}

/** A name part holding a comma or the word "and" is braced, or BibTeX would split it there. */
function guardName(s: string): string {
  return /,|\band\b/.test(s) ? `{${s}}` : s;
}
