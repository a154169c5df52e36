/** CSL-JSON import (each item checked on its own, reported by line) and stable export. */
import type { CslItem, Work } from '../../bibliography/model';
import type { ParsedEntry, ParseProblem, ParseResult } from '../types';

const NAME_FIELDS =
  /^(author|editor|translator|container-author|collection-editor|composer|director|illustrator|interviewer|original-author|recipient|reviewed-author|editorial-director)$/;
const DATE_FIELDS = /^(issued|accessed|event-date|original-date|submitted|available-date)$/;

/** Parses CSL-JSON (an array of items, or one item): every valid item, and a problem per bad one. */
export function parseCslJson(text: string): ParseResult {
  const clean = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    const line = pos ? lineAt(clean, Number(pos[1])) : 1;
    return {
      format: 'csl-json',
      entries: [],
      errors: [
        { line, key: null, message: `line ${line}: the file is not valid JSON (${message})` },
      ],
    };
  }
  const items = Array.isArray(data) ? data : [data];
  const starts = Array.isArray(data) ? elementStarts(clean) : [clean.search(/\S/)];
  const entries: ParsedEntry[] = [];
  const errors: ParseProblem[] = [];
  items.forEach((raw: unknown, i) => {
    const line = lineAt(clean, starts[i] ?? 0);
    const keyOf = (r: Record<string, unknown>): string | null => {
      const k = r['citation-key'] ?? r.id;
      return typeof k === 'string' || typeof k === 'number' ? String(k) : null;
    };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      errors.push({ line, key: null, message: `line ${line}: item ${i + 1} is not a JSON object` });
      return;
    }
    const record = raw as Record<string, unknown>;
    const key = keyOf(record);
    const problem = checkItem(record);
    if (problem) {
      const who = key ? `item \`${key}\`` : `item ${i + 1}`;
      errors.push({ line, key, message: `line ${line}: ${who}: ${problem}` });
      return;
    }
    const csl = structuredClone(record) as CslItem;
    csl.id = key ?? '';
    if (key) csl['citation-key'] = key;
    if (!csl.type) csl.type = 'document';
    entries.push({ key, line, csl, warnings: [] });
  });
  return { format: 'csl-json', entries, errors };
}

function checkItem(r: Record<string, unknown>): string | null {
  if (r.type !== undefined && typeof r.type !== 'string') return '"type" must be a string';
  for (const [field, value] of Object.entries(r)) {
    if (NAME_FIELDS.test(field)) {
      if (!Array.isArray(value) || value.some((n) => typeof n !== 'object' || n === null)) {
        return `"${field}" must be a list of names like [{"family": "Smith", "given": "Ann"}]`;
      }
    } else if (DATE_FIELDS.test(field)) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return `"${field}" must be a date like {"date-parts": [[2011, 5]]}`;
      }
    }
  }
  if (r.title !== undefined && typeof r.title !== 'string') return '"title" must be a string';
  return null;
}

/** Offsets where the elements of the top-level JSON array start. */
function elementStarts(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (depth === 1 && expectValue && c !== ']') {
      starts.push(i);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth += 1;
      if (depth === 1) expectValue = true;
    } else if (c === ']' || c === '}') depth -= 1;
    else if (c === ',' && depth === 1) expectValue = true;
  }
  return starts;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** Writes works as CSL-JSON: `id` and `citation-key` are the key; fields in a fixed order. */
export function writeCslJson(works: readonly Work[]): string {
  const items = works.map((w) => {
    const { id: _id, type, 'citation-key': _key, ...rest } = w.csl;
    const out: Record<string, unknown> = { id: w.citationKey, 'citation-key': w.citationKey, type };
    for (const field of Object.keys(rest).sort()) out[field] = rest[field];
    return out;
  });
  return `${JSON.stringify(items, null, 2)}\n`;
}
