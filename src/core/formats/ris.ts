/** RIS import (one record at a time, with line numbers) and export, through citation-js. */
import type { CslItem, Work } from '../bibliography/model';
import { cslToRisRecords, risRecordToCsl, splitRisRecords } from './citationJs';
import { normaliseCslItem } from './csl/normalise';
import type { ParsedEntry, ParseProblem, ParseResult } from './types';

const TAG_LINE = /^([A-Z][A-Z0-9])  ?- ?(.*)$/;

interface RisChunk {
  line: number;
  lines: string[];
  closed: boolean;
}

/** Parses RIS text: every readable record, and each unreadable one reported by line. */
export function parseRis(text: string): ParseResult {
  const entries: ParsedEntry[] = [];
  const errors: ParseProblem[] = [];
  for (const chunk of splitChunks(text, errors)) {
    const id = chunk.lines
      .map((l) => TAG_LINE.exec(l))
      .find((m) => m?.[1] === 'ID')?.[2]
      ?.trim();
    const key = id ? id : null;
    const who = key ? `record \`${key}\`` : 'record';
    try {
      const [record] = splitRisRecords(chunk.lines.join('\n') + (chunk.closed ? '' : '\nER  - '));
      if (!record) throw new Error('it has no tags');
      const csl = normaliseCslItem(risRecordToCsl(record));
      if (key) {
        csl.id = key;
        csl['citation-key'] = key;
      } else delete csl['citation-key'];
      entries.push({
        key,
        line: chunk.line,
        csl,
        warnings: chunk.closed
          ? []
          : ['the record has no "ER  -" line; it was read up to the next record'],
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      errors.push({
        line: chunk.line,
        key,
        message: `line ${chunk.line}: ${who}: cannot be read (${reason})`,
      });
    }
  }
  return { format: 'ris', entries, errors };
}

function splitChunks(text: string, errors: ParseProblem[]): RisChunk[] {
  const chunks: RisChunk[] = [];
  let current: RisChunk | null = null;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    const m = TAG_LINE.exec(line);
    if (m?.[1] === 'TY') {
      if (current) chunks.push(current);
      current = { line: i + 1, lines: [line], closed: false };
    } else if (m?.[1] === 'ER') {
      if (current) {
        current.lines.push('ER  - ');
        current.closed = true;
        chunks.push(current);
        current = null;
      }
    } else if (current) {
      current.lines.push(line);
    } else if (m) {
      errors.push({
        line: i + 1,
        key: null,
        message: `line ${i + 1}: tag ${m[1]} is outside any record (a record starts with "TY  - ")`,
      });
    }
  });
  if (current) chunks.push(current);
  return chunks;
}

/** Writes works as RIS: one record per work, tags in citation-js's order, `ID` the citation key. */
export function writeRis(works: readonly Work[]): string {
  const items = works.map((w): CslItem => ({ ...w.csl, id: w.citationKey }));
  const records = cslToRisRecords(items as Record<string, unknown>[], { format: 'object' });
  return records
    .map((record, i) => {
      const tags: string[] = [`TY  - ${String(record.TY)}`];
      for (const [tag, value] of Object.entries(record)) {
        if (tag === 'TY' || tag === 'ID') continue;
        for (const v of Array.isArray(value) ? value : [value]) {
          tags.push(`${tag}  - ${String(v).replace(/\s*\r?\n\s*/g, ' ')}`);
        }
      }
      tags.splice(1, 0, `ID  - ${works[i]!.citationKey}`);
      tags.push('ER  - ');
      return tags.join('\n');
    })
    .join('\n\n')
    .concat(records.length ? '\n' : '');
}
