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
  let keys = 0;
  for (const k in n) {
    if (k !== 'family' && k !== 'given') return false;
    keys++;
  }
  const { family, given } = n as { family?: unknown; given?: unknown };
  return typeof family === 'string' && (given === undefined || typeof given === 'string')
    ? keys > 0
    : false;
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
  return first.every((p) => typeof p === 'number' && Number.isInteger(p))
    ? (first as number[])
    : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Index -1 - i in a stored file names RULES[i]: the order is part of the file format. */
const RULES: readonly [field: string, rule: Rule][] = [
  ['pages', (csl) => (typeof csl.page === 'string' ? csl.page.replace('-', '--') : null)],
  [
    'year',
    (csl) => {
      const parts = dateParts(csl);
      return parts?.length ? String(parts[0]) : null;
    },
  ],
  [
    'date',
    (csl) => {
      const parts = dateParts(csl);
      if (!parts || parts.length === 0 || parts.length > 3) return null;
      return [String(parts[0]), ...parts.slice(1).map(pad)].join('-');
    },
  ],
  ['author', (csl) => nameList(csl.author)],
  ['editor', (csl) => nameList(csl.editor)],
  ['keywords', (csl) => (typeof csl.keyword === 'string' ? csl.keyword.replace(/,/g, ', ') : null)],
];

const RULE_OF = new Map(RULES.map(([field, rule], i) => [field, { rule, code: -1 - i }]));

/** The code that stands for `value` of the .bib field `field`, or null when no rule gives it. */
export function ruleCodeFor(field: string, value: string, csl: CslItem): number | null {
  const found = RULE_OF.get(field);
  return found && found.rule(csl) === value ? found.code : null;
}

/** The value a rule code stands for, or null when the code names no rule or the CSL lacks it. */
export function valueOfRule(code: number, csl: CslItem): string | null {
  const entry = RULES[-1 - code];
  return entry ? entry[1](csl) : null;
}
