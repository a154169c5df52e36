/**
 * Checks and normalises the fields of a work a user typed or pasted, one problem per bad field,
 * each a one-line message naming the field ("DOI: `10.1/x y` is not a DOI ..."). Values may be
 * typed text (the CLI, a text box) or CSL-JSON already (the editor's name list and date parts).
 */
import type { CslDate, CslName } from '../bibliography/model';
import { closeMatches } from '../userData/closeMatches';
import { WORK_FIELDS, cslFieldForBibField, workField } from './fields';
import { isbnProblem, normaliseDoi, splitIsbns } from './identifiers';
import { parseTypedDate, parseTypedNames } from './typedValues';
import { WORK_TYPES, resolveWorkType } from './types';

/** One field the user must fix. */
export interface WorkFieldProblem {
  field: string;
  /** One line, starting with the field's name. */
  message: string;
}

/** A field's value: typed text, CSL-JSON, or null to remove it. */
export type WorkFieldInput = unknown;

const NAME_KEYS = new Set([
  'family',
  'given',
  'literal',
  'non-dropping-particle',
  'dropping-particle',
  'suffix',
]);

function checkNames(field: string, value: unknown): CslName[] | WorkFieldProblem {
  if (typeof value === 'string') return parseTypedNames(value);
  const bad = (why: string): WorkFieldProblem => ({ field, message: `${field}: ${why}` });
  if (!Array.isArray(value)) return bad('expected a list of names');
  const out: CslName[] = [];
  for (const [i, raw] of value.entries()) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return bad(`name ${i + 1} is not a name`);
    const name: CslName = {};
    for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
      if (!NAME_KEYS.has(k)) return bad(`name ${i + 1} has an unknown part \`${k}\``);
      if (typeof v !== 'string') return bad(`name ${i + 1}: \`${k}\` must be text`);
      const text = v.trim();
      if (text) (name as Record<string, string>)[k] = text;
    }
    if (!name.family && !name.literal && !name.given)
      return bad(`name ${i + 1} is empty (give a family name or an institution's name)`);
    out.push(name);
  }
  return out;
}

function checkDate(field: string, value: unknown): CslDate | WorkFieldProblem {
  const bad: WorkFieldProblem = {
    field,
    message: `${field}: \`${String(typeof value === 'object' ? JSON.stringify(value) : value)}\` is not a date (write 2011, 2011-05, 2011-05-03, n.d. or in press)`,
  };
  if (typeof value === 'number') value = String(value);
  if (typeof value === 'string') return parseTypedDate(value) ?? bad;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad;
  const date = value as CslDate;
  const parts = date['date-parts'];
  if (parts !== undefined) {
    const ok =
      Array.isArray(parts) &&
      parts.length >= 1 &&
      parts.length <= 2 &&
      parts.every(
        (p) =>
          Array.isArray(p) &&
          p.length >= 1 &&
          p.length <= 3 &&
          p.every((n) => (typeof n === 'number' && Number.isInteger(n)) || /^\d+$/.test(String(n))),
      );
    if (!ok) return bad;
    return { 'date-parts': parts.map((p) => p.map((n) => Number(n))) };
  }
  if (typeof date.literal === 'string' && date.literal.trim())
    return { literal: date.literal.trim() };
  if (typeof date.raw === 'string') return parseTypedDate(date.raw) ?? { literal: date.raw };
  return bad;
}

function checkIdentifier(field: string, value: unknown): string | WorkFieldProblem {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string') return { field, message: `${field}: expected text` };
  const clean = text.trim();
  if (field === 'DOI') {
    const doi = normaliseDoi(clean);
    return (
      doi ?? {
        field,
        message: `DOI: \`${clean}\` is not a DOI (a DOI looks like 10.1093/acprof:oso/9780199600458.001.0001)`,
      }
    );
  }
  if (field === 'ISBN') {
    for (const isbn of splitIsbns(clean)) {
      const why = isbnProblem(isbn);
      if (why) return { field, message: `ISBN: \`${isbn}\` is not a valid ISBN: ${why}` };
    }
    return clean;
  }
  if (field === 'URL' && !/^(?:https?|ftp):\/\/\S+$/i.test(clean)) {
    return { field, message: `URL: \`${clean}\` is not a web address (it starts with https://)` };
  }
  return clean;
}

/** The CSL variable a field name given by a user stands for (CSL name or BibTeX alias). */
export function canonicalFieldName(name: string): string | undefined {
  if (workField(name)) return name;
  const upper = name.toUpperCase();
  if (workField(upper)) return upper; // "doi" -> "DOI"
  return cslFieldForBibField(name);
}

/** One field checked: its normalised CSL value, or the problem. */
export function checkField(
  name: string,
  value: WorkFieldInput,
): { field: string; value: unknown } | WorkFieldProblem {
  const field = canonicalFieldName(name);
  if (!field) {
    const close = closeMatches(
      name,
      WORK_FIELDS.map((x) => x.csl),
    );
    const hint = close.length ? ` (did you mean ${close.map((c) => `\`${c}\``).join(', ')}?)` : '';
    return { field: name, message: `${name}: unknown field${hint}` };
  }
  const kind = workField(field)!.kind;
  let out: unknown;
  if (kind === 'names') out = checkNames(field, value);
  else if (kind === 'date') out = checkDate(field, value);
  else if (kind === 'identifier') out = checkIdentifier(field, value);
  else if (typeof value === 'string' || typeof value === 'number') out = String(value).trim();
  else out = { field, message: `${field}: expected text` };
  if (typeof out === 'object' && out !== null && 'message' in out) return out as WorkFieldProblem;
  return { field, value: out };
}

const isProblem = (v: unknown): v is WorkFieldProblem =>
  typeof v === 'object' && v !== null && 'message' in v && 'field' in v;

/**
 * Checks many fields. Null (or an empty string / list) removes a field: it is answered under
 * `removed`. Field names may be CSL variables or BibTeX names ("journal", "year").
 */
export function checkFields(fields: Readonly<Record<string, WorkFieldInput>>): {
  set: Record<string, unknown>;
  removed: string[];
  problems: WorkFieldProblem[];
} {
  const set: Record<string, unknown> = {};
  const removed: string[] = [];
  const problems: WorkFieldProblem[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const empty =
      value === null ||
      value === undefined ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0);
    if (empty) {
      const field = canonicalFieldName(name);
      if (field) removed.push(field);
      else problems.push({ field: name, message: `${name}: unknown field` });
      continue;
    }
    const checked = checkField(name, value);
    if (isProblem(checked)) problems.push(checked);
    else set[checked.field] = checked.value;
  }
  return { set, removed, problems };
}

/** The CSL type for a type a user gave, or the problem. */
export function checkType(input: string): string | WorkFieldProblem {
  const type = resolveWorkType(input);
  if (type) return type;
  const close = closeMatches(
    input,
    WORK_TYPES.map((x) => x.csl),
  );
  const hint = close.length ? `did you mean ${close.map((c) => `\`${c}\``).join(', ')}? ` : '';
  return {
    field: 'type',
    message: `type: unknown type \`${input}\` (${hint}types: ${WORK_TYPES.map((x) => x.csl).join(', ')})`,
  };
}
