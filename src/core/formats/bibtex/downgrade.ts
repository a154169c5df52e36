/**
 * A BibLaTeX entry as classic BibTeX: types and fields classic styles know (journal, address,
 * year, month, school), everything else kept (BibTeX ignores fields it does not use).
 */

import { BIBLATEX_TYPE_LABELS } from './cslCorrections';
import { BIBTEX_TYPES } from './entryTypes';

type Fields = [string, string][];

const TYPE_MAP: Readonly<Record<string, string>> = {
  mvbook: 'book',
  collection: 'book',
  mvcollection: 'book',
  reference: 'book',
  mvreference: 'book',
  bookinbook: 'inbook',
  suppbook: 'inbook',
  inreference: 'incollection',
  suppcollection: 'incollection',
  mvproceedings: 'proceedings',
  report: 'techreport',
  online: 'misc',
  electronic: 'misc',
  www: 'misc',
  periodical: 'misc',
  suppperiodical: 'article',
};

const blank = (value: string | undefined): boolean => value === undefined || value.trim() === '';

/**
 * Converts a BibLaTeX type and fields (LaTeX source) to their classic BibTeX equivalent. Each
 * field is written once: where BibLaTeX has two spellings (location/address, date/year,
 * journaltitle/journal) the one with a value wins, the BibTeX one when both have.
 */
export function downgradeToBibtex(type: string, fields: Fields): { type: string; fields: Fields } {
  const get = (name: string): string | undefined => fields.find(([n]) => n === name)?.[1];
  let outType = TYPE_MAP[type] ?? (BIBTEX_TYPES.has(type) ? type : 'misc');
  const out = new Map<string, string>();
  /** Sets `name` unless it already has a non-blank value. */
  const put = (name: string, value: string): void => {
    if (blank(out.get(name))) out.set(name, value);
  };
  const dropped = new Set<string>();

  if (type === 'thesis') {
    const kind = (get('type') ?? '').toLowerCase();
    outType = /^(mathesis|master)/.test(kind) ? 'mastersthesis' : 'phdthesis';
    if (/^(mathesis|phdthesis)$/.test(kind)) dropped.add('type');
  }
  if (type === 'patent') {
    // Classic BibTeX has no @patent: a @misc that says what it is and its number.
    const kind = get('type')?.trim();
    const known = kind && /^pat/.test(kind) ? BIBLATEX_TYPE_LABELS[kind] : undefined;
    const label = known ?? 'Patent';
    const number = get('number');
    if (blank(get('howpublished'))) put('howpublished', number ? `${label} ${number}` : label);
    if (known) dropped.add('type');
  }
  for (const [name, value] of fields) {
    if (dropped.has(name)) continue;
    switch (name) {
      case 'journaltitle':
        if (blank(get('journal'))) put('journal', value);
        break;
      case 'location':
        // A patent's location is its jurisdiction (country keys), not a place of publication.
        if (type === 'patent') put(name, value);
        else if (blank(get('address'))) put('address', value);
        break;
      case 'institution':
        put(outType.endsWith('thesis') && blank(get('school')) ? 'school' : name, value);
        break;
      case 'title':
      case 'booktitle': {
        const sub = get(name === 'title' ? 'subtitle' : 'booksubtitle');
        put(name, sub ? `${value}: ${sub}` : value);
        break;
      }
      case 'subtitle':
      case 'booksubtitle':
        break;
      case 'date':
        for (const [n, v] of yearMonthOf(value)) if (blank(get(n))) put(n, v);
        break;
      default:
        if (!blank(value) || !out.has(name)) put(name, value);
    }
  }
  return { type: outType, fields: [...out] };
}

/**
 * A biblatex date as classic BibTeX's year and month: `1984/1986` -> year 1984--1986,
 * `2004-10-27` -> 2004, 10 and day 27 (classic styles ignore the day; biber and pandoc read it);
 * anything else as the year, as written.
 */
function yearMonthOf(date: string): [string, string][] {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:\/(\d{4})?(?:-\d{2}){0,2}|\/\.\.)?$/.exec(
    date.trim(),
  );
  if (!m) return [['year', date]];
  const [, start, month, day, end] = m;
  if (date.includes('/')) return [['year', end === start ? start! : `${start}--${end ?? ''}`]];
  const out: [string, string][] = [['year', start!]];
  if (month) out.push(['month', String(Number(month))]);
  if (day) out.push(['day', String(Number(day))]);
  return out;
}
