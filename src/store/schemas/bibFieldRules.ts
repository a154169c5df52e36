/**
 * .bib fields that a works file (version 3) does not store because they read exactly as a rule
 * spells them from the work's CSL item: `pages` from `page`, `year` and `date` from `issued`,
 * `author` and `editor` from the names, `keywords` from `keyword`. Each rule is checked when the
 * work is written (the field is stored as it is when the rule does not give it back exactly), so
 * nothing is lost; in the file the field is a negative number naming its rule.
 */
import type { CslItem } from '../../core/bibliography/model';

/** A rule: the .bib field's value as spelled from the CSL item, or null when it cannot be. */
type Rule = (csl: CslItem) => string | null;

const isPlainName = (n: unknown): n is { family: string; given?: string } => {
  if (typeof n !== 'object' || n === null) return false;
  const { family, given } = n as { family?: unknown; given?: unknown };
  if (typeof family !== 'string' || (given !== undefined && typeof given !== 'string')) {
    return false;
  }
  // Only these two keys (a particle, a suffix or a literal is spelt otherwise).
  let keys = 0;
  for (const k in n) {
    if (k !== 'family' && k !== 'given') return false;
    keys++;
  }
  return keys > 0;
};

/** "Family, Given and Family" from CSL names that have only a family and a given name. */
function nameList(names: unknown): string | null {
  if (!Array.isArray(names) || names.length === 0) return null;
  const out: string[] = [];
  for (const n of names) {
    if (!isPlainName(n)) return null;
    out.push(n.given === undefined ? n.family : `${n.family}, ${n.given}`);
  }
  return out.join(' and ');
}

function dateParts(csl: CslItem): number[] | null {
  const parts = (csl.issued as { 'date-parts'?: unknown } | undefined)?.['date-parts'];
  if (!Array.isArray(parts) || parts.length !== 1 || !Array.isArray(parts[0])) return null;
  const first = parts[0] as unknown[];
  for (const p of first) if (typeof p !== 'number' || !Number.isInteger(p)) return null;
  return first as number[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A rule: `spell` gives the .bib field's value from the CSL item (null when it cannot); `spells`,
 * where given, answers `spell(csl) === value` by reading along `value` instead of spelling it
 * (every work of an import is checked as it is written; tested to agree with `spell`).
 */
interface FieldRule {
  field: string;
  spell: Rule;
  spells?: (value: string, csl: CslItem) => boolean;
}

/** Index -1 - i in a stored file names RULES[i]: the order is part of the file format. */
const RULES: readonly FieldRule[] = [
  {
    field: 'pages',
    spell: (csl) => (typeof csl.page === 'string' ? csl.page.replace('-', '--') : null),
    spells: (value, csl) => typeof csl.page === 'string' && isPagesOf(value, csl.page),
  },
  {
    field: 'year',
    spell: (csl) => {
      const parts = dateParts(csl);
      return parts?.length ? String(parts[0]) : null;
    },
  },
  {
    field: 'date',
    spell: (csl) => {
      const parts = dateParts(csl);
      if (!parts || parts.length === 0 || parts.length > 3) return null;
      return [String(parts[0]), ...parts.slice(1).map(pad)].join('-');
    },
  },
  {
    field: 'author',
    spell: (csl) => nameList(csl.author),
    spells: (value, csl) => spellsNames(value, csl.author),
  },
  {
    field: 'editor',
    spell: (csl) => nameList(csl.editor),
    spells: (value, csl) => spellsNames(value, csl.editor),
  },
  {
    field: 'keywords',
    spell: (csl) => (typeof csl.keyword === 'string' ? csl.keyword.replace(/,/g, ', ') : null),
    spells: (value, csl) => typeof csl.keyword === 'string' && isKeywordsOf(value, csl.keyword),
  },
];

const RULE_OF = new Map(RULES.map((rule, i) => [rule.field, { rule, code: -1 - i }]));

/** The code that stands for `value` of the .bib field `field`, or null when no rule gives it. */
export function ruleCodeFor(field: string, value: string, csl: CslItem): number | null {
  // A file's .bib field may hold what no parser gives (a number): no rule spells that.
  if (typeof value !== 'string') return null;
  const found = RULE_OF.get(field);
  if (!found) return null;
  const { spell, spells } = found.rule;
  return (spells ? spells(value, csl) : spell(csl) === value) ? found.code : null;
}

/** `page.replace('-', '--') === value`: the first hyphen doubled. */
function isPagesOf(value: string, page: string): boolean {
  const dash = page.indexOf('-');
  if (dash < 0) return value === page;
  if (value.length !== page.length + 1 || !value.startsWith('--', dash)) return false;
  for (let i = 0; i < dash; i++) if (value.charCodeAt(i) !== page.charCodeAt(i)) return false;
  for (let i = dash + 1; i < page.length; i++) {
    if (value.charCodeAt(i + 1) !== page.charCodeAt(i)) return false;
  }
  return true;
}

/** `keyword.replace(/,/g, ', ') === value`: a space after every comma. */
function isKeywordsOf(value: string, keyword: string): boolean {
  let at = 0;
  for (let i = 0; i < keyword.length; i++) {
    const c = keyword.charCodeAt(i);
    if (value.charCodeAt(at++) !== c) return false;
    if (c === 44 && value.charCodeAt(at++) !== 32) return false;
  }
  return at === value.length;
}

/** `nameList(names) === value`, read along `value` instead of spelt. */
function spellsNames(value: string, names: unknown): boolean {
  if (!Array.isArray(names) || names.length === 0) return false;
  let at = 0;
  for (let i = 0; i < names.length; i++) {
    const n: unknown = names[i];
    if (!isPlainName(n)) return false;
    if (i > 0) {
      if (!value.startsWith(' and ', at)) return false;
      at += 5;
    }
    if (!value.startsWith(n.family, at)) return false;
    at += n.family.length;
    if (n.given !== undefined) {
      if (!value.startsWith(', ', at) || !value.startsWith(n.given, at + 2)) return false;
      at += 2 + n.given.length;
    }
  }
  return at === value.length;
}

/** The value a rule code stands for, or null when the code names no rule or the CSL lacks it. */
export function valueOfRule(code: number, csl: CslItem): string | null {
  const entry = RULES[-1 - code];
  return entry ? entry.spell(csl) : null;
}
