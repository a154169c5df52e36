/**
 * A BibLaTeX entry as classic BibTeX: types and fields classic styles know (journal, address,
 * year, month, school), everything else kept (BibTeX ignores fields it does not use).
 */

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
/** Converts a BibLaTeX type and fields (LaTeX source) to their classic BibTeX equivalent. */
export function downgradeToBibtex(type: string, fields: Fields): { type: string; fields: Fields } {
  const get = (name: string): string | undefined => fields.find(([n]) => n === name)?.[1];
  let outType = TYPE_MAP[type] ?? (BIBTEX_TYPES.has(type) ? type : 'misc');
  const out: Fields = [];
  const has = (name: string): boolean => out.some(([n]) => n === name) || get(name) !== undefined;
  const dropped = new Set<string>();

  if (type === 'thesis') {
    const kind = (get('type') ?? '').toLowerCase();
    outType = /^(mathesis|master)/.test(kind) ? 'mastersthesis' : 'phdthesis';
    if (/^(mathesis|phdthesis)$/.test(kind)) dropped.add('type');
  }
  for (const [name, value] of fields) {
    if (dropped.has(name)) continue;
    switch (name) {
      case 'journaltitle':
        if (!get('journal')) out.push(['journal', value]);
        break;
      case 'location':
        if (!get('address')) out.push(['address', value]);
        break;
      case 'institution':
        out.push([outType.endsWith('thesis') && !get('school') ? 'school' : name, value]);
        break;
      case 'title':
      case 'booktitle': {
        const sub = get(name === 'title' ? 'subtitle' : 'booksubtitle');
        out.push([name, sub ? `${value}: ${sub}` : value]);
        break;
      }
      case 'subtitle':
      case 'booksubtitle':
        break;
      case 'date': {
        const m = /^(\d{4})(?:-(\d{2}))?/.exec(value.trim());
        if (m && !has('year')) out.push(['year', m[1]!]);
        if (m?.[2] && !has('month')) out.push(['month', String(Number(m[2]))]);
        if (!m) out.push(['year', value]);
        break;
      }
      default:
        out.push([name, value]);
    }
  }
  return { type: outType, fields: out };
}
