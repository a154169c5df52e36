/** Validates a CSL-JSON array (already parsed from JSON) into Works, with errors a user can act on. */
import type { z } from 'zod';
import type { CslItem, Work, WorkProvenance } from './model';
import { CITATION_KEY_PATTERN, CSL_TYPES, cslItemSchema, type CslItemRecord } from './schema';
import { cslYear } from './summary';
import { labelKeyOf } from './labels';

/** Thrown when a bibliography cannot be loaded; `issues` lists every problem, one per line. */
export class BibliographyError extends Error {
  readonly issues: readonly string[];
  constructor(issues: string[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`The bibliography has ${count}:\n${issues.map((i) => `- ${i}`).join('\n')}`);
    this.name = 'BibliographyError';
    this.issues = issues;
  }
}

export interface LoadOptions {
  /** Reject records without an issued year (default true; the bundled bibliography has them all). */
  requireYear?: boolean;
}

/** Our fields in `custom`; they become Work fields and are removed from the stored CSL. */
const LIFTED_CUSTOM = ['confidence', 'source', 'remark', 'citedAs', 'aliases'];

/**
 * Validates `items` (a parsed CSL-JSON array) and returns one Work per record, in order.
 * Every record needs a CSL type, a title, a valid unique citation key (`citation-key`, else `id`)
 * and, unless `requireYear` is false, an issued year. Throws BibliographyError listing all problems.
 */
export function loadBibliography(
  items: unknown,
  provenance: WorkProvenance,
  options: LoadOptions = {},
): Work[] {
  if (!Array.isArray(items)) {
    throw new BibliographyError([
      `the bibliography must be a JSON array of CSL-JSON records, not ${describe(items)}`,
    ]);
  }
  const issues: string[] = [];
  const works: Work[] = [];
  items.forEach((raw: unknown, index) => {
    const where = `record ${index + 1}${recordName(raw)}`;
    const parsed = cslItemSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        issues.push(`${where}: ${describeIssue(issue, raw)}`);
      return;
    }
    const problems = checkRecord(parsed.data, options);
    if (problems.length > 0) {
      for (const problem of problems) issues.push(`${where}: ${problem}`);
      return;
    }
    works.push(toWork(parsed.data, provenance));
  });
  issues.push(...crossRecordIssues(works));
  if (issues.length > 0) throw new BibliographyError(issues);
  return works;
}

function checkRecord(record: CslItemRecord, options: LoadOptions): string[] {
  const problems: string[] = [];
  const key = record['citation-key'] ?? String(record.id);
  if (!CITATION_KEY_PATTERN.test(key)) {
    problems.push(
      `citation key \`${key}\` is not valid: use lower-case ASCII letters and digits, starting with a letter (e.g. smith2010a)`,
    );
  }
  if (record['citation-key'] !== undefined && String(record.id) !== record['citation-key']) {
    problems.push(
      `id \`${String(record.id)}\` and citation-key \`${record['citation-key']}\` differ; make them the same`,
    );
  }
  if ((options.requireYear ?? true) && cslYear(record as CslItem) === null) {
    problems.push(
      record.issued
        ? 'issued has no year; give it as {"date-parts": [[2011]]}'
        : 'missing issued year; add "issued": {"date-parts": [[YEAR]]}',
    );
  }
  for (const label of record.custom?.citedAs ?? []) {
    if (labelKeyOf(label) === null) {
      problems.push(`custom.citedAs label "${label}" has no year; write it as e.g. "Betts 2011c"`);
    }
  }
  return problems;
}

function toWork(record: CslItemRecord, provenance: WorkProvenance): Work {
  const citationKey = record['citation-key'] ?? String(record.id);
  const { custom, ...rest } = structuredClone(record);
  const csl: CslItem = { ...rest, id: citationKey, 'citation-key': citationKey };
  const otherCustom = Object.fromEntries(
    Object.entries(custom ?? {}).filter(([k]) => !LIFTED_CUSTOM.includes(k)),
  );
  if (Object.keys(otherCustom).length > 0) csl.custom = otherCustom;
  return {
    citationKey,
    csl,
    provenance: { ...provenance },
    confidence:
      custom?.confidence && custom.source
        ? { level: custom.confidence, source: custom.source, remark: custom.remark ?? null }
        : null,
    citedAs: [...(custom?.citedAs ?? [])],
    aliases: [...(custom?.aliases ?? [])],
    tags: [],
  };
}

/** Keys and aliases must be unique, and a cited label may belong to one work only. */
function crossRecordIssues(works: Work[]): string[] {
  const issues: string[] = [];
  const owner = new Map<string, string>();
  const claim = (key: string, by: string, as: string): void => {
    const previous = owner.get(key);
    if (previous === undefined) owner.set(key, by);
    else issues.push(`\`${by}\`: ${as} \`${key}\` is already used by \`${previous}\``);
  };
  for (const w of works) claim(w.citationKey, w.citationKey, 'citation key');
  for (const w of works) for (const alias of w.aliases) claim(alias, w.citationKey, 'alias');
  const labels = new Map<string, string>();
  for (const w of works) {
    for (const label of w.citedAs) {
      const key = labelKeyOf(label) ?? label;
      const previous = labels.get(key);
      if (previous !== undefined && previous !== w.citationKey) {
        issues.push(
          `\`${w.citationKey}\`: cited label "${label}" is also given for \`${previous}\``,
        );
      } else labels.set(key, w.citationKey);
    }
  }
  return issues;
}

function recordName(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return '';
  const r = raw as Record<string, unknown>;
  const key = r['citation-key'] ?? r.id;
  return typeof key === 'string' || typeof key === 'number' ? ` (\`${String(key)}\`)` : '';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const step of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((step, i) =>
      typeof step === 'number' ? `[${step}]` : `${i > 0 ? '.' : ''}${String(step)}`,
    )
    .join('');
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const field = fieldName(issue.path);
  const value = valueAt(raw, issue.path);
  if (issue.path.length === 0 && issue.code === 'invalid_type') {
    return `must be a CSL-JSON object, not ${describe(raw)}`;
  }
  if (value === undefined && issue.code !== 'custom') return `missing ${field}`;
  if (field === 'type' && issue.code === 'invalid_value') {
    const close = typeof value === 'string' ? similarTypes(value) : [];
    const hint = close.length > 0 ? close.join(', ') : 'book, chapter, article-journal, report';
    return `unknown type ${JSON.stringify(value)}; use a CSL type such as ${hint}`;
  }
  if (issue.code === 'too_small' && typeof value === 'string') return `${field} is empty`;
  if (issue.code === 'invalid_type')
    return `${field} must be ${issue.expected}, not ${describe(value)}`;
  if (issue.code === 'invalid_format' && field.startsWith('custom.aliases')) {
    return `${field} \`${String(value)}\` is not a valid citation key (lower-case letters and digits)`;
  }
  if (issue.code === 'invalid_value') {
    return `${field} is ${JSON.stringify(value)}; expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${field} ${issue.message}`;
}

/** CSL types within two edits of `typed`, or sharing its first four letters. */
function similarTypes(typed: string): string[] {
  const prefix = typed.slice(0, 4);
  return CSL_TYPES.filter(
    (t) => editDistance(t, typed) <= 2 || (prefix.length === 4 && t.startsWith(prefix)),
  );
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
